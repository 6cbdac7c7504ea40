/**
 * National facts (or a regional view of them) as plain, ordered data: every map as entries sorted by key,
 * every list in its own order (which is the order of causes), so that two versions reached by different
 * roads (a fresh load, a run of incremental changes) can be compared with one toEqual.
 */
import type { NationalFacts } from '../national-facts.js';

function entries<V>(map: ReadonlyMap<string, V>): [string, V][] {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function canonicalFacts(facts: NationalFacts): Record<string, unknown> {
  return {
    networks: entries(facts.networks),
    relationsByNetwork: entries(facts.relationsByNetwork),
    presencesByNetwork: entries(facts.presencesByNetwork),
    locationsByPerson: entries(facts.locationsByPerson),
    affiliationsByPerson: entries(facts.affiliationsByPerson),
    occupanciesByMunicipality: entries(facts.occupanciesByMunicipality),
    occupancyStandings: facts.occupancyStandings,
    protectedPersonRegion: entries(facts.protectedPersonRegion),
    conflictsByPerson: entries(facts.conflictsByPerson),
    protectedAffiliationsByNetwork: entries(facts.protectedAffiliationsByNetwork),
    personRegions: entries(facts.personRegions),
    areaPersons: facts.areaPersons ? [...facts.areaPersons].sort() : undefined,
  };
}
