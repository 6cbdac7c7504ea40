import { describe, expect, it } from '@jest/globals';
import { requestLanguage, type RegistryRequest } from './request-context.js';

function request(acceptLanguage: string | undefined, headersSent = false): { req: RegistryRequest; varied: string[] } {
  const varied: string[] = [];
  const res = { headersSent, vary: (field: string) => varied.push(field) };
  const req = { headers: acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage }, res } as unknown as RegistryRequest;
  return { req, varied };
}

describe('requestLanguage', () => {
  it('reads Accept-Language once, keeps the answer on the request and marks the response as varying by it', () => {
    const { req, varied } = request('sv-SE,sv;q=0.9,en;q=0.5');
    expect(requestLanguage(req)).toBe('sv');
    req.headers['accept-language'] = 'en';
    expect(requestLanguage(req)).toBe('sv');
    expect(req.language).toBe('sv');
    expect(varied).toEqual(['Accept-Language']);
  });

  it('is English without the header, and still says the answer varies', () => {
    const { req, varied } = request(undefined);
    expect(requestLanguage(req)).toBe('en');
    expect(varied).toEqual(['Accept-Language']);
  });

  it('leaves a response whose headers are gone alone', () => {
    const { req, varied } = request('sv', true);
    expect(requestLanguage(req)).toBe('sv');
    expect(varied).toEqual([]);
  });
});
