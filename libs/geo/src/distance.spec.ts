import { describe, expect, it } from '@jest/globals';
import { haversineKm } from './distance.js';
import { distanceKm, municipalities } from './index.js';

describe('distanceKm', () => {
  it('measures Malmö to Stockholm at about 513 km', () => {
    expect(Math.abs(distanceKm('1280', '0180') - 513)).toBeLessThanOrEqual(5);
  });

  it('measures neighbours as near and the ends of the country as far', () => {
    expect(distanceKm('0180', '0184')).toBeLessThan(15); // Stockholm–Solna
    expect(distanceKm('1280', '2584')).toBeGreaterThan(1200); // Malmö–Kiruna
  });

  it('is zero to itself, positive to any other and exactly symmetric', () => {
    const wrong: string[] = [];
    for (const a of municipalities) {
      for (const b of municipalities) {
        const km = distanceKm(a.code, b.code);
        const fits = a.code === b.code ? km === 0 : km > 0 && km === distanceKm(b.code, a.code);
        if (!fits) wrong.push(`${a.code}-${b.code}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with the haversine formula on the centroids', () => {
    const [a, b] = [municipalities[0], municipalities[289]];
    expect(distanceKm(a.code, b.code)).toBe(haversineKm(a.latitude, a.longitude, b.latitude, b.longitude));
  });

  it('rejects an unknown code without repeating it', () => {
    expect(() => distanceKm('1280', '9999')).toThrow(RangeError);
    expect(() => distanceKm('9999', '1280')).toThrow(/^Unknown municipality code$/);
  });
});

describe('haversineKm', () => {
  it('measures a quarter meridian from the equator to the pole', () => {
    expect(haversineKm(0, 0, 90, 0)).toBeCloseTo((Math.PI / 2) * 6371.0088, 9);
  });
});
