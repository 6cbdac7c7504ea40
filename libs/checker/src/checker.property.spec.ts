/**
 * The checker against a deliberately naive reading of the contract: plain loops over the raw arrays, dates
 * compared as ISO strings, no indexes and no shared code beyond the types. On random small worlds both must
 * raise the same codes for every destination.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { rankDestinations } from './ranking.js';
import { buildNationalFacts } from './national-facts.js';
import { fakeGeography } from './testing/fake-world.js';
import { type RandomWorld, worldArb } from './testing/random-world.js';
import type { Geography } from './geography.js';
import type { FlagCode, Severity } from './vocabulary.js';

/** The contract read literally, one destination at a time. */
function naiveFlags(world: RandomWorld, geography: Geography, destination: string): Map<FlagCode, Severity> {
  const { household, national, period, today, radius } = world;
  const flags = new Map<FlagCode, Severity>();
  const inPeriod = (from: string, to: string | null): boolean => from <= period.endDate && (to === null || to >= period.startDate);
  const distance = (a: string, b: string): number => (a === b ? 0 : geography.distanceKm(a, b));
  const isNearby = (code: string): boolean =>
    code !== destination && (geography.areNeighbours(destination, code) || distance(destination, code) <= radius);
  const memberIds = household.members.map((member) => member.personId);
  const isMember = (personId: string): boolean => memberIds.includes(personId);

  const ownNetworks: string[] = [];
  for (const member of household.members) {
    const all = [...member.affiliations, ...national.affiliations.filter((a) => a.personId === member.personId)];
    for (const affiliation of all) {
      if (affiliation.validFrom <= period.endDate) ownNetworks.push(affiliation.networkId);
    }
  }
  const isRival = (networkId: string): boolean => {
    if (household.threatAssessment?.threatNetworkIds.includes(networkId)) return true;
    for (const own of ownNetworks) {
      for (const relation of national.relations) {
        if (relation.kind !== 'RIVAL' || !inPeriod(relation.validFrom, relation.validTo)) continue;
        if ((relation.a === own && relation.b === networkId) || (relation.b === own && relation.a === networkId)) return true;
      }
    }
    return false;
  };
  const reachesFar = (networkId: string): boolean => national.networks.find((network) => network.id === networkId)?.reach !== 'LOCAL';

  const threatPeople: string[] = [...(household.threatAssessment?.threatActorIds ?? [])];
  for (const member of household.members) {
    for (const conflict of member.conflicts) threatPeople.push(conflict.otherPersonId);
    for (const conflict of national.personalConflicts ?? []) {
      if (conflict.personId === member.personId) threatPeople.push(conflict.otherPersonId);
      if (conflict.otherPersonId === member.personId) threatPeople.push(conflict.personId);
    }
  }
  const isThreatPerson = (personId: string): boolean => threatPeople.includes(personId) && !isMember(personId);
  // Every conflict seen from a member's side, with its terms.
  const memberConflicts = household.members.flatMap((member) => [
    ...member.conflicts,
    ...(national.personalConflicts ?? []).flatMap((c) =>
      c.personId === member.personId
        ? [{ ...c, otherPersonId: c.otherPersonId }]
        : c.otherPersonId === member.personId
          ? [{ ...c, otherPersonId: c.personId }]
          : [],
    ),
  ]);
  // Scopes nest: how far a person must be kept away is the widest of their conflicts' scopes.
  const SCOPES = ['SAME_MUNICIPALITY', 'NEARBY', 'SAME_COUNTY', 'SAME_POLICE_REGION', 'NATIONWIDE'];
  const scopeOf = (personId: string): number =>
    Math.max(0, ...memberConflicts.filter((c) => c.otherPersonId === personId).map((c) => SCOPES.indexOf(c.scope ?? 'SAME_MUNICIPALITY')));
  const keptApart = (code: string, personId: string): boolean => {
    const scope = scopeOf(personId);
    return (
      code === destination ||
      (scope >= 1 && isNearby(code)) ||
      (scope >= 2 && code.slice(0, 2) === destination.slice(0, 2)) ||
      (scope >= 3 && geography.regionOf(code) === geography.regionOf(destination)) ||
      scope >= 4
    );
  };

  const othersOccupying = national.occupancies.filter((o) => o.caseId !== household.caseId && inPeriod(o.startDate, o.endDate));
  const isRivalPerson = (personId: string): boolean =>
    national.affiliations.some((a) => a.personId === personId && a.validFrom <= period.endDate && isRival(a.networkId));
  const presentAt = (networkId: string, code: string): boolean =>
    national.presences.some((p) => p.networkId === networkId && p.municipalityCode === code && inPeriod(p.validFrom, p.validTo));

  const ta = household.threatAssessment;
  const pa = household.placementAssessment;
  if (household.members.some((member) => member.surveillanceHold)) flags.set('SURVEILLANCE_HOLD', 'BLOCK');
  if (pa && pa.unsuitable.some((u) => u.municipalityCode === destination)) flags.set('ASSESSMENT_UNSUITABLE', 'BLOCK');
  if (pa && pa.suitableCodes.length > 0 && !pa.suitableCodes.includes(destination)) flags.set('OUTSIDE_SUITABLE_LIST', 'WARN');
  // Every member's actual area in the period is a home too; a POSSIBLE (unconfirmed) one only warns.
  const areas = household.members.flatMap((member) => (member.actualAreas ?? []).filter((a) => inPeriod(a.validFrom, a.validTo)));
  const areasHere = areas.filter((a) => a.municipalityCode === destination);
  if (destination === household.homeMunicipalityCode || areasHere.length > 0) {
    const blocks = destination === household.homeMunicipalityCode || areasHere.some((a) => a.confidence !== 'POSSIBLE');
    flags.set('HOME_MUNICIPALITY', ta?.relocationRequired && blocks ? 'BLOCK' : 'WARN');
  }
  if (pa && pa.minDistanceFromHomeKm !== null) {
    const min = pa.minDistanceFromHomeKm;
    const homeTooClose = distance(household.homeMunicipalityCode, destination) < min;
    const areasTooClose = areas.filter((a) => distance(a.municipalityCode, destination) < min);
    if (homeTooClose || areasTooClose.some((a) => a.confidence !== 'POSSIBLE')) flags.set('TOO_CLOSE_TO_HOME', 'BLOCK');
    else if (areasTooClose.length > 0) flags.set('TOO_CLOSE_TO_HOME', 'WARN');
  }
  for (const p of national.presences) {
    if (!inPeriod(p.validFrom, p.validTo) || !isRival(p.networkId)) continue;
    if (p.municipalityCode === destination) flags.set('RIVAL_NETWORK_PRESENCE', 'BLOCK');
    if (isNearby(p.municipalityCode) && reachesFar(p.networkId) && !presentAt(p.networkId, destination)) {
      flags.set('RIVAL_NETWORK_NEARBY', 'WARN');
    }
  }
  for (const l of national.knownLocations) {
    if (l.municipalityCode === destination && inPeriod(l.validFrom, l.validTo) && isThreatPerson(l.personId)) {
      flags.set('THREAT_ACTOR_PRESENCE', 'BLOCK');
    }
  }
  for (const p of national.presences) {
    if (p.municipalityCode === destination && inPeriod(p.validFrom, p.validTo) && ownNetworks.includes(p.networkId)) {
      flags.set('OWN_NETWORK_PRESENCE', 'WARN');
    }
  }
  for (const o of othersOccupying) {
    for (const personId of o.personIds) {
      if (isMember(personId)) continue;
      const here = o.municipalityCode === destination;
      if (here) flags.set('CO_PLACEMENT', 'WARN');
      if (isThreatPerson(personId) && keptApart(o.municipalityCode, personId)) flags.set('PERSONAL_CONFLICT', 'BLOCK');
      if (here && isRivalPerson(personId)) flags.set('RIVAL_PLACEMENT', 'BLOCK');
      const alsoHere = othersOccupying.some((q) => q.municipalityCode === destination && q.personIds.includes(personId));
      if (isNearby(o.municipalityCode) && isRivalPerson(personId) && !alsoHere) flags.set('RIVAL_PLACEMENT_NEARBY', 'WARN');
    }
  }
  if (!ta || ta.reviewDue < today || !pa || pa.reviewDue < today) flags.set('STALE_ASSESSMENT', 'WARN');
  if (memberConflicts.some((c) => !isMember(c.otherPersonId) && c.reviewDue && c.reviewDue < today))
    flags.set('CONFLICT_REVIEW_DUE', 'WARN');
  const e = household.eligibility;
  if (!(e.meetsDefinition && e.motivated && e.consentToInformationExchange && e.signedConditions && !e.evidencePerson)) {
    flags.set('ELIGIBILITY_INCOMPLETE', 'BLOCK');
  }
  return flags;
}

describe('the checker agrees with a naive reading of the contract', () => {
  it('raises the same codes, with the same severities, for every destination of random small worlds', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const geography = fakeGeography({ codes: world.codes, neighbours: world.neighbours, distances: world.distances });
        const ranked = rankDestinations(world.household, buildNationalFacts(world.national), geography, world.period, {
          today: world.today,
          nearbyRadiusKm: world.radius,
        });
        expect(ranked.map((check) => check.municipalityCode).sort()).toEqual([...world.codes].sort());
        for (const check of ranked) {
          const expected = naiveFlags(world, geography, check.municipalityCode);
          const actual = new Map(check.flags.map((flag) => [flag.code, flag.severity]));
          expect([...actual].sort()).toEqual([...expected].sort());
          expect(check.cleared).toBe(![...expected.values()].includes('BLOCK'));
        }
      }),
      { numRuns: 400 },
    );
  });
});
