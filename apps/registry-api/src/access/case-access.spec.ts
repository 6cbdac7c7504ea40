import { describe, expect, it } from '@jest/globals';
import type { Principal } from '@registry/auth';
import { caseAccess, needsTeamFacts, type CaseAccessFacts } from './case-access.js';

const syd: Principal = { sub: 'officer-syd', roles: ['POLICE_REGIONAL'], policeRegion: 'SYD' };
const sthlm: Principal = { sub: 'officer-sthlm', roles: ['POLICE_REGIONAL'], policeRegion: 'STOCKHOLM' };
const national: Principal = { sub: 'nat', roles: ['POLICE_NATIONAL'] };
const municipality: Principal = { sub: 'kommun', roles: ['MUNICIPALITY'], municipalityCode: '1283' };
const auditor: Principal = { sub: 'aud', roles: ['AUDITOR'] };

const facts = (onTeam: boolean, breakGlass: boolean): CaseAccessFacts => ({ region: 'SYD', onTeam, breakGlass });

describe('caseAccess', () => {
  it('gives a team member of the region the details', () => {
    expect(caseAccess(syd, facts(true, false), 'team')).toBe('DETAILS');
  });

  it('gives another officer of the region a summary only, unless break-glass is active', () => {
    expect(caseAccess(syd, facts(false, false), 'team')).toBe('SUMMARY');
    expect(caseAccess(syd, facts(false, true), 'team')).toBe('DETAILS');
  });

  it('gives every officer of the region the details with CASE_ACCESS=region', () => {
    expect(caseAccess(syd, facts(false, false), 'region')).toBe('DETAILS');
  });

  it('never lets another region in, whatever the team or break-glass say', () => {
    for (const mode of ['team', 'region'] as const) {
      expect(caseAccess(sthlm, facts(true, true), mode)).toBe('NONE');
      expect(caseAccess(municipality, facts(true, true), mode)).toBe('NONE');
      expect(caseAccess(auditor, facts(true, true), mode)).toBe('NONE');
    }
  });

  it('keeps national coordination at full access in both modes', () => {
    expect(caseAccess(national, facts(false, false), 'team')).toBe('DETAILS');
    expect(caseAccess(national, facts(false, false), 'region')).toBe('DETAILS');
  });

  it('asks for team facts only where they can change the answer', () => {
    expect(needsTeamFacts(syd, 'SYD', 'team')).toBe(true);
    expect(needsTeamFacts(syd, 'SYD', 'region')).toBe(false);
    expect(needsTeamFacts(sthlm, 'SYD', 'team')).toBe(false);
    expect(needsTeamFacts(national, 'SYD', 'team')).toBe(false);
  });
});
