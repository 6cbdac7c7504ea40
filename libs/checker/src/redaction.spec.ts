import { describe, expect, it } from '@jest/globals';
import { redactCheck, redactFlags } from './redaction.js';
import type { Flag } from './rule.js';
import { DEST, NEXT, RIVAL_NET, affiliation, checkWorld, flagOf, makeHousehold, occupancy, presence } from './testing/fake-world.js';

// The household being placed is in SYD; the other households are in NORD and SYD.
const result = checkWorld({
  national: {
    presences: [presence(RIVAL_NET, NEXT)],
    affiliations: [
      affiliation('person-north-near', RIVAL_NET),
      affiliation('person-south-near', RIVAL_NET),
      affiliation('person-north-here', RIVAL_NET),
    ],
    occupancies: [
      occupancy({
        id: 'placement-north-near',
        caseId: 'case-north-near',
        region: 'NORD',
        personIds: ['person-north-near'],
        municipalityCode: NEXT,
      }),
      occupancy({
        id: 'placement-south-near',
        caseId: 'case-south-near',
        region: 'SYD',
        personIds: ['person-south-near'],
        municipalityCode: NEXT,
      }),
      occupancy({ id: 'placement-north-here', caseId: 'case-north-here', region: 'NORD', personIds: ['person-north-here'] }),
    ],
  },
});

function byCode<T extends { code: string }>(flags: readonly T[], code: string): T | undefined {
  return flags.find((flag) => flag.code === code);
}

describe('redactFlags', () => {
  it('gives national coordination every cause and message unchanged', () => {
    expect(redactFlags(result.flags, { national: true })).toEqual(result.flags);
  });

  it("gives a regional unit its own region's causes in full and another region's as kind only", () => {
    const flags = redactFlags(result.flags, { national: false, region: 'SYD' });
    const nearby = byCode(flags, 'RIVAL_PLACEMENT_NEARBY');
    expect(nearby?.causes).toEqual([
      flagOf(result, 'RIVAL_PLACEMENT_NEARBY')?.causes.find((cause) => cause.subjectRegion === 'SYD'),
      { kind: 'OCCUPANCY', nearby: true, protectedPerson: true, otherRegion: true, area: true },
    ]);
    expect(nearby?.message).toBe(
      '1 protected person affiliated with a rival network is placed or cleared to move nearby during the period, and more of another region in an area nearby (the exact place is not shown).',
    );
    expect(byCode(flags, 'RIVAL_PLACEMENT')?.message).toBe(
      'One or more protected persons of another region affiliated with a rival network are placed or cleared to move in the area around here during the period (the exact place is not shown).',
    );
    expect(byCode(flags, 'RIVAL_PLACEMENT')?.severity).toBe('BLOCK');
  });

  it('leaves causes about networks alone: they concern no protected person', () => {
    const flags = redactFlags(result.flags, { national: false, region: 'SYD' });
    expect(byCode(flags, 'RIVAL_NETWORK_NEARBY')).toEqual(flagOf(result, 'RIVAL_NETWORK_NEARBY'));
  });

  it("never lets another region's identity, case or place reach a regional viewer", () => {
    const text = JSON.stringify(redactCheck(result, { national: false, region: 'SYD' }));
    for (const secret of ['person-north', 'case-north', 'placement-north']) expect(text).not.toContain(secret);
    // NEXT appears only as the network presence's place and the SYD placement's, never the NORD one's.
    const places = redactFlags(result.flags, { national: false, region: 'SYD' })
      .flatMap((flag) => flag.causes)
      .filter((cause) => cause.otherRegion)
      .map((cause) => cause.municipalityCode);
    expect(places.every((place) => place === undefined)).toBe(true);
  });

  it('hides every protected person from a viewer with no region, the household itself included', () => {
    const stale = checkWorld({ household: makeHousehold({ threatAssessment: null }) });
    const flags = redactFlags([...result.flags, ...stale.flags], { national: false });
    const protectedCauses = flags.flatMap((flag) => flag.causes).filter((cause) => cause.protectedPerson);
    // One cut-down cause per flag, however many persons stood behind it: the count is not told.
    expect(protectedCauses.map((cause) => cause.kind).sort()).toEqual(['ASSESSMENT_MISSING', 'OCCUPANCY', 'OCCUPANCY', 'OCCUPANCY']);
    expect(protectedCauses.every((cause) => cause.otherRegion === true && cause.caseId === undefined)).toBe(true);
    expect(byCode(flags, 'STALE_ASSESSMENT')?.message).toBe('An assessment is missing or past its review date.');
  });

  it("words every message in the viewer's language, the cut-down ones included", () => {
    const viewer = { national: false, region: 'SYD' } as const;
    const english = redactFlags(result.flags, viewer);
    const swedish = redactFlags(result.flags, viewer, 'sv');
    expect(redactFlags(result.flags, viewer, 'en')).toEqual(english);
    // The same flags and causes; only the words differ.
    expect(swedish.map(({ code, severity, causes }) => ({ code, severity, causes }))).toEqual(
      english.map(({ code, severity, causes }) => ({ code, severity, causes })),
    );
    expect(byCode(swedish, 'RIVAL_PLACEMENT_NEARBY')?.message).toBe(
      '1 skyddad person med koppling till ett rivaliserande nätverk är placerad eller har klartecken att flytta till närområdet under perioden, och fler från en annan region i ett närliggande område (den exakta platsen visas inte).',
    );
    expect(byCode(swedish, 'RIVAL_PLACEMENT')?.message).toBe(
      'En eller flera skyddade personer från en annan region med koppling till ett rivaliserande nätverk är placerade eller har klartecken att flytta till området runt här under perioden (den exakta platsen visas inte).',
    );
    expect(byCode(swedish, 'RIVAL_NETWORK_NEARBY')?.message).toBe(
      '1 nätverk i konflikt med hushållet, med regional eller större räckvidd, finns i 1 närliggande kommun (högsta tillförlitlighet: bekräftad).',
    );
  });

  it('words national coordination’s flags in Swedish without cutting anything', () => {
    const flags = redactCheck(result, { national: true }, 'sv').flags;
    expect(flags.map((flag) => flag.causes)).toEqual(result.flags.map((flag) => flag.causes));
    expect(byCode(flags, 'RIVAL_PLACEMENT')?.message).toBe(
      '1 skyddad person med koppling till ett rivaliserande nätverk är placerad eller har klartecken att flytta hit under perioden.',
    );
  });

  it('does not change the flags it was given', () => {
    const before = JSON.parse(JSON.stringify(result.flags)) as Flag[];
    redactFlags(result.flags, { national: false, region: 'NORD' });
    redactFlags(result.flags, { national: true }, 'sv');
    expect(result.flags).toEqual(before);
    expect(DEST).toBe(result.municipalityCode);
  });
});
