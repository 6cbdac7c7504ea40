/**
 * Incremental facts across two service instances on one database: a long random run of writes (networks,
 * presences, relations, affiliations, conflicts and the link requests behind them, known locations, holds,
 * actual areas, cases, assessments, proposals, overrides, withdrawals, placements, their ends) made through the services
 * on either instance, and conflicts' terms, reviews and closings, closed known locations and holds. Each
 * instance catches up from the change log (never reloading the country), and at
 * every checkpoint its facts equal a full reload's: every index, national and in each region's view, and
 * the rankings of households over all 290 municipalities.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, areaView, KEEP_APART_SCOPES, rankDestinations, type NationalFacts } from '@registry/checker';
import type { Principal } from '@registry/auth';
import { privacyAreaOf, type PoliceRegion } from '@registry/geo';
import { ActualAreasService } from '../../apps/registry-api/src/actual-areas/actual-areas.service.js';
import { CaseRepository } from '../../apps/registry-api/src/cases/case.repository.js';
import { CasesService } from '../../apps/registry-api/src/cases/cases.service.js';
import { LinkRequestsService } from '../../apps/registry-api/src/cases/link-requests.service.js';
import { FactsLoader } from '../../apps/registry-api/src/checking/facts.loader.js';
import { swedishGeography } from '../../apps/registry-api/src/checking/geography.provider.js';
import { todayInSweden } from '../../apps/registry-api/src/common/calendar.js';
import { RegistryError } from '../../apps/registry-api/src/common/errors.js';
import { UnitOfWork } from '../../apps/registry-api/src/database/unit-of-work.js';
import { FactsChanges } from '../../apps/registry-api/src/facts/facts-changes.js';
import { NetworksService } from '../../apps/registry-api/src/networks/networks.service.js';
import { PersonalConflictsService } from '../../apps/registry-api/src/persons/personal-conflicts.service.js';
import { PersonsService } from '../../apps/registry-api/src/persons/persons.service.js';
import { ProposalsService } from '../../apps/registry-api/src/placements/proposals.service.js';
import { canonicalFacts } from '../../libs/checker/src/testing/canonical-facts.js';
import { seededRandom } from '../../libs/checker/src/testing/synthetic-country.js';
import { createAuditTestWorld, type AuditTestApp, type AuditTestWorld } from './audit-support.js';

const TODAY = todayInSweden();
const REGIONS: PoliceRegion[] = ['SYD', 'STOCKHOLM', 'NORD'];
const CODES = ['1280', '1283', '1233', '0180', '0114', '2480', '1480', '0380', '2080', '0980', '1880', '2580'];
const NATIONAL: Principal = { sub: 'incremental-national', roles: ['POLICE_NATIONAL'] };
const regional = (region: PoliceRegion): Principal => ({ sub: `incremental-${region}`, roles: ['POLICE_REGIONAL'], policeRegion: region });
const ELIGIBLE = {
  meetsDefinition: true,
  motivated: true,
  consentToInformationExchange: true,
  signedConditions: true,
  evidencePerson: false,
};
const areaOf = (code: string) => privacyAreaOf(code)?.codes ?? [code];

/** The random run drew an operation with nothing to act on yet. */
class NothingToPick extends Error {}

interface Services {
  app: AuditTestApp;
  networks: NetworksService;
  persons: PersonsService;
  conflicts: PersonalConflictsService;
  cases: CasesService;
  links: LinkRequestsService;
  proposals: ProposalsService;
  loader: FactsLoader;
  areas: ActualAreasService;
}

function servicesOf(app: AuditTestApp): Services {
  return {
    app,
    networks: app.app.get(NetworksService),
    persons: app.app.get(PersonsService),
    conflicts: app.app.get(PersonalConflictsService),
    cases: app.app.get(CasesService),
    links: app.app.get(LinkRequestsService),
    proposals: app.app.get(ProposalsService),
    loader: app.app.get(FactsLoader),
    areas: app.app.get(ActualAreasService),
  };
}

interface World {
  networks: string[];
  relations: string[];
  persons: Map<PoliceRegion, string[]>;
  cases: { id: string; region: PoliceRegion; open: boolean }[];
  proposals: { id: string; region: PoliceRegion; status: string }[];
  placements: { id: string; region: PoliceRegion; ended: boolean }[];
  areas: { id: string; region: PoliceRegion }[];
  /** persons given a personal conflict, by the region whose officer added it: whose conflicts to review and close */
  conflicted: { personId: string; region: PoliceRegion }[];
}

describe('incremental facts: many writes on two instances leave each instance’s facts equal to a full reload', () => {
  let world: AuditTestWorld;
  let first: Services;
  let second: Services;

  beforeAll(async () => {
    world = await createAuditTestWorld();
    first = servicesOf(await world.start());
    second = servicesOf(await world.start());
  });
  afterAll(async () => {
    await world.close();
  });

  /** Each instance's facts, as it keeps them, against a reload from scratch: national, each region's view, rankings. */
  async function expectEqualToFullReload(instance: Services, cases: World['cases']): Promise<void> {
    const incremental = await instance.loader.national(TODAY);
    const fresh = await instance.loader.loadedAfresh(TODAY);
    expect(canonicalFacts(incremental)).toEqual(canonicalFacts(fresh));
    const uow = instance.app.app.get(UnitOfWork);
    const caseRows = instance.app.app.get(CaseRepository);
    const period = { startDate: addDays(TODAY, 14), endDate: addDays(TODAY, 200) };
    const options = { today: TODAY, nearbyRadiusKm: 30 };
    const views: [NationalFacts, NationalFacts][] = [
      [incremental, fresh],
      ...REGIONS.map((region): [NationalFacts, NationalFacts] => [
        areaView(incremental, { region, areaOf }),
        areaView(fresh, { region, areaOf }),
      ]),
    ];
    for (const [mine, reloaded] of views) expect(canonicalFacts(mine)).toEqual(canonicalFacts(reloaded));
    for (const theCase of cases.slice(-3)) {
      const row = (await caseRows.find(uow.manager, theCase.id))!;
      const household = await instance.loader.household(uow.manager, row);
      // The cached household, kept across the changes that did not touch it, is the one read afresh.
      expect((await instance.loader.snapshot(uow.manager, row, TODAY, { national: true })).household).toEqual(household);
      for (const [mine, reloaded] of views) {
        expect(rankDestinations(household, mine, swedishGeography, period, options)).toStrictEqual(
          rankDestinations(household, reloaded, swedishGeography, period, options),
        );
      }
    }
  }

  it('catches up from the change log through a long random run of writes', async () => {
    const random = seededRandom(4711);
    const int = (n: number) => Math.floor(random() * n);
    const pick = <T>(list: readonly T[]): T => {
      if (list.length === 0) throw new NothingToPick();
      return list[int(list.length)] as T;
    };
    const state: World = {
      networks: [],
      relations: [],
      persons: new Map(REGIONS.map((r) => [r, []])),
      cases: [],
      proposals: [],
      placements: [],
      areas: [],
      conflicted: [],
    };

    // Both instances hold facts before the run: from here on they should only ever catch up.
    await first.loader.national(TODAY);
    await second.loader.national(TODAY);
    const fullLoadsBefore = [first.loader.stats.fullLoads, second.loader.stats.fullLoads];

    const person = async (s: Services, region: PoliceRegion, kind: 'DEFECTOR' | 'THREAT_ACTOR' | 'RELATIVE' = 'DEFECTOR') => {
      const created = await s.persons.register(regional(region), { kind, givenName: 'Slump', familyName: `Person ${int(1e6)}` });
      state.persons.get(region)!.push(created.id);
      return created.id;
    };
    const validity = () => {
      const from = addDays(TODAY, -int(400));
      return { from, to: random() < 0.3 ? addDays(from, 30 + int(400)) : null };
    };

    const recordWrites = { review: 0, close: 0, closeLocation: 0 };
    const operations: [number, (s: Services) => Promise<unknown>][] = [
      [
        3,
        (s) =>
          s.networks
            .create({ name: `Slumpnätverk ${int(1e6)}`, category: 'OTHER', reach: pick(['LOCAL', 'REGIONAL', 'NATIONAL'] as const) })
            .then((n) => state.networks.push(n.id)),
      ],
      [
        6,
        (s) => {
          const { from, to } = validity();
          return s.networks.addPresence(pick(state.networks), pick(CODES), pick(['CONFIRMED', 'PROBABLE', 'POSSIBLE'] as const), from, to);
        },
      ],
      [
        3,
        async (s) => {
          const [a, b] = [pick(state.networks), pick(state.networks)];
          if (a === b) return;
          const relation = await s.networks.relate(a, b, random() < 0.8 ? 'RIVAL' : 'ALLIED', addDays(TODAY, -int(500)), null);
          state.relations.push(relation.id);
        },
      ],
      [1, (s) => s.networks.endRelation(pick(state.relations), addDays(TODAY, int(200)))],
      [
        5,
        async (s) => {
          const region = pick(REGIONS);
          const id = random() < 0.5 ? await person(s, region, 'THREAT_ACTOR') : pick(state.persons.get(region)!);
          const { from, to } = validity();
          return s.persons.addAffiliation(
            regional(region),
            id,
            pick(state.networks),
            pick(['MEMBER', 'FORMER_MEMBER', 'LEADER'] as const),
            'PROBABLE',
            from,
            to,
          );
        },
      ],
      [
        3,
        (s) => {
          // Either region's person: across regions this becomes a link request for national coordination.
          const region = pick(REGIONS);
          const other = pick(state.persons.get(pick(REGIONS))!);
          return s.persons.addPersonalConflict(
            regional(region),
            pick(state.persons.get(region)!),
            other,
            pick(['THREAT', 'ENMITY'] as const),
          );
        },
      ],
      [
        2,
        async (s) => {
          const pending = await s.links.list(NATIONAL, 'PENDING');
          if (pending.length > 0) await s.links.decide(NATIONAL, pick(pending).id, random() < 0.8);
        },
      ],
      [
        4,
        async (s) => {
          const region = pick(REGIONS);
          const id = random() < 0.4 ? await person(s, region, 'THREAT_ACTOR') : pick(state.persons.get(region)!);
          const { from, to } = validity();
          return s.persons.setKnownLocation(regional(region), id, pick(CODES), from, to);
        },
      ],
      [
        1,
        (s) => {
          const region = pick(REGIONS);
          return s.persons.setSurveillanceHold(regional(region), pick(state.persons.get(region)!), random() < 0.5);
        },
      ],
      [
        4,
        async (s) => {
          // A person who already has a known location may join the case: the region may see them from now on.
          const region = pick(REGIONS);
          const defector = await person(s, region);
          const relatives = random() < 0.4 ? [pick(state.persons.get(region)!)].filter((id) => id !== defector) : [];
          const opened = await s.cases.open(regional(region), {
            region,
            homeMunicipalityCode: pick(CODES),
            defectorId: defector,
            relativeIds: relatives,
            eligibility: ELIGIBLE,
          });
          state.cases.push({ id: opened.id, region, open: true });
        },
      ],
      [
        2,
        async (s) => {
          // Someone national coordination registered (whom no region may see) and located somewhere joins a
          // region's case: that region sees their known locations exactly from now on.
          const watched = await s.persons.register(NATIONAL, {
            kind: 'RELATIVE',
            givenName: 'Nationell',
            familyName: `Person ${int(1e6)}`,
          });
          const { from, to } = validity();
          await s.persons.setKnownLocation(NATIONAL, watched.id, pick(CODES), from, to);
          // A check meanwhile: this instance learns the location while no region may see the person.
          await s.loader.national(TODAY);
          const region = pick(REGIONS);
          const defector = await person(s, region);
          const opened = await s.cases.open(NATIONAL, {
            region,
            homeMunicipalityCode: pick(CODES),
            defectorId: defector,
            relativeIds: [watched.id],
            eligibility: ELIGIBLE,
          });
          state.cases.push({ id: opened.id, region, open: true });
        },
      ],
      [
        4,
        (s) => {
          const theCase = pick(state.cases.filter((c) => c.open));
          const others = state.persons.get(pick(REGIONS))!;
          return s.cases.recordThreatAssessment(regional(theCase.region), theCase.id, {
            level: 'HIGH',
            reach: 'REGIONAL',
            relocationRequired: random() < 0.7,
            threatActorIds: random() < 0.6 ? [pick(others)] : [],
            threatNetworkIds: random() < 0.6 ? [pick(state.networks)] : [],
            assessedOn: addDays(TODAY, -10),
            reviewDue: addDays(TODAY, 200),
          });
        },
      ],
      [
        2,
        (s) => {
          const theCase = pick(state.cases.filter((c) => c.open));
          return s.cases.recordPlacementAssessment(regional(theCase.region), theCase.id, {
            unsuitable: [{ municipalityCode: pick(CODES), reason: 'RIVAL_PRESENCE' }],
            suitableCodes: [],
            minDistanceFromHomeKm: random() < 0.5 ? 50 : null,
            assessedOn: addDays(TODAY, -10),
            reviewDue: addDays(TODAY, 300),
          });
        },
      ],
      [
        7,
        async (s) => {
          const theCase = pick(state.cases.filter((c) => c.open));
          const start = addDays(TODAY, 1 + int(60));
          const proposal = await s.proposals.submit(regional(theCase.region), {
            caseId: theCase.id,
            municipalityCode: pick(CODES),
            housingType: 'SUPPORTED_HOUSING',
            startDate: start,
            endDate: addDays(start, 60 + int(400)),
          });
          state.proposals.push({ id: proposal.id, region: theCase.region, status: proposal.status });
        },
      ],
      [
        2,
        async (s) => {
          const proposal = pick(state.proposals.filter((p) => p.status === 'NOT_CLEARED'));
          await s.proposals.override(NATIONAL, proposal.id, 'Overridden in a random run of writes, for testing');
          proposal.status = 'OVERRIDDEN';
        },
      ],
      [
        2,
        async (s) => {
          const proposal = pick(state.proposals.filter((p) => p.status === 'CLEARED' || p.status === 'NOT_CLEARED'));
          await s.proposals.withdraw(regional(proposal.region), proposal.id);
          proposal.status = 'WITHDRAWN';
        },
      ],
      [
        3,
        async (s) => {
          const proposal = pick(state.proposals.filter((p) => p.status === 'CLEARED' || p.status === 'OVERRIDDEN'));
          const placement = await s.proposals.confirm(regional(proposal.region), proposal.id);
          proposal.status = 'PLACED';
          state.placements.push({ id: placement.id, region: proposal.region, ended: false });
        },
      ],
      [
        1,
        async (s) => {
          const placement = pick(state.placements.filter((p) => !p.ended));
          await s.proposals.end(regional(placement.region), placement.id, addDays(TODAY, int(100)), 'MOVED');
          placement.ended = true;
        },
      ],
      [
        1,
        async (s) => {
          const theCase = pick(state.cases.filter((c) => c.open));
          await s.cases.close(regional(theCase.region), theCase.id, 'ABORTED');
          theCase.open = false;
        },
      ],
      [
        4,
        async (s) => {
          // Where a person of the region really is: a household fact, so every cached household they are in goes.
          const region = pick(REGIONS);
          const { from, to } = validity();
          const area = await s.areas.add(regional(region), {
            personId: pick(state.persons.get(region)!),
            municipalityCode: pick(CODES),
            kind: pick(['LIVES', 'STAYS_OFTEN', 'WORKS_OR_STUDIES', 'OTHER'] as const),
            confidence: pick(['CONFIRMED', 'PROBABLE', 'POSSIBLE'] as const),
            validFrom: from,
            validTo: to,
          });
          state.areas.push({ id: area.id, region });
        },
      ],
      [
        1,
        (s) => {
          const area = pick(state.areas);
          return s.areas.end(regional(area.region), area.id, addDays(TODAY, int(100)));
        },
      ],
      // Conflicts as records: terms when added, reviews that move the scope and review date, closings; and
      // closed known locations and holds, which leave the facts.
      [
        3,
        async (s) => {
          const region = pick(REGIONS);
          const personId = pick(state.persons.get(region)!);
          // Mostly within the region: a conflict with another region's person waits as a link request.
          const otherRegion = random() < 0.75 ? region : pick(REGIONS);
          const added = await s.persons.addPersonalConflict(regional(region), personId, pick(state.persons.get(otherRegion)!), 'THREAT', {
            scope: pick(KEEP_APART_SCOPES),
            reviewDue: addDays(TODAY, int(60) - 30),
            personRole: 'VICTIM',
          });
          if (otherRegion === region) state.conflicted.push({ personId, region });
          return added;
        },
      ],
      [
        3,
        async (s) => {
          const { personId, region } = pick(state.conflicted);
          // Listed as national coordination, who sees every conflict (a regional officer off the case's team does not).
          const open = (await s.conflicts.conflictsOf(NATIONAL, personId)).filter((c) => !c.closure);
          // National coordination too: a conflict between two regions' households is only theirs to change.
          await s.conflicts.review(random() < 0.5 ? NATIONAL : regional(region), pick(open).id, {
            scope: pick(KEEP_APART_SCOPES),
            reviewDue: addDays(TODAY, int(60) - 30),
          });
          recordWrites.review += 1;
        },
      ],
      [
        2,
        async (s) => {
          const { personId, region } = pick(state.conflicted);
          // Listed as national coordination, who sees every conflict (a regional officer off the case's team does not).
          const open = (await s.conflicts.conflictsOf(NATIONAL, personId)).filter((c) => !c.closure);
          await s.conflicts.close(random() < 0.5 ? NATIONAL : regional(region), pick(open).id, 'Closed in a random run of writes');
          recordWrites.close += 1;
        },
      ],
      [
        2,
        async (s) => {
          const region = pick(REGIONS);
          const open = (await s.conflicts.knownLocationsOf(regional(region), pick(state.persons.get(region)!))).filter((l) => !l.closure);
          await s.conflicts.closeKnownLocation(regional(region), pick(open).id, 'Closed in a random run of writes');
          recordWrites.closeLocation += 1;
        },
      ],
      [1, (s) => s.conflicts.closeSurveillanceHold(NATIONAL, pick(state.persons.get(pick(REGIONS))!), 'Closed in a random run of writes')],
    ];
    const total = operations.reduce((sum, [weight]) => sum + weight, 0);
    const chooseOperation = () => {
      let at = random() * total;
      for (const [weight, operation] of operations) if ((at -= weight) < 0) return operation;
      return operations[0]![1];
    };

    // A start: networks, a few persons and a case in each region.
    for (let i = 0; i < 4; i += 1) await operations[0]![1](first);
    for (const region of REGIONS) {
      await person(first, region, 'THREAT_ACTOR');
      await operations[9]![1](second);
    }

    let writes = 0;
    for (let step = 0; step < 220; step += 1) {
      const instance = step % 2 === 0 ? first : second;
      try {
        await chooseOperation()(instance);
        writes += 1;
        // Checks meanwhile, on either instance: each catches up a few changes at a time, and caches households.
        if (random() < 0.5 && state.cases.length > 0) {
          const checking = random() < 0.5 ? first : second;
          const uow = checking.app.app.get(UnitOfWork);
          const row = (await checking.app.app.get(CaseRepository).find(uow.manager, pick(state.cases).id))!;
          await checking.loader.snapshot(uow.manager, row, TODAY, { national: true });
        }
      } catch (error) {
        // A write the random run could not make (nothing to pick yet, a refused period, a case already
        // open) changes nothing; anything else is a failure.
        if (!(error instanceof NothingToPick || error instanceof RegistryError)) throw error;
      }
      if (step % 11 === 10) {
        await expectEqualToFullReload(first, state.cases);
        await expectEqualToFullReload(second, state.cases);
      }
    }
    await expectEqualToFullReload(first, state.cases);
    await expectEqualToFullReload(second, state.cases);

    expect(writes).toBeGreaterThan(120);
    // The run reviewed and closed conflicts and closed known locations, not only drew them with nothing to act on.
    expect(recordWrites.review).toBeGreaterThan(0);
    expect(recordWrites.close).toBeGreaterThan(0);
    expect(recordWrites.closeLocation).toBeGreaterThan(0);
    expect(state.placements.length).toBeGreaterThan(0);
    expect(state.areas.length).toBeGreaterThan(0);
    // Neither instance reloaded the country during the run: every write was caught up from the log.
    expect([first.loader.stats.fullLoads, second.loader.stats.fullLoads]).toEqual(fullLoadsBefore);
    expect(first.loader.stats.increments).toBeGreaterThan(20);
    expect(second.loader.stats.increments).toBeGreaterThan(20);
  });

  it('reloads in full when a bump does not say what changed, and when the log was pruned past its facts', async () => {
    // The re-check workers catch their instances up by themselves while the outbox holds work: let a run in
    // progress finish (its rows are locked until it commits) and leave them none, so that only this test moves
    // the instance's facts.
    await world.sql('UPDATE recheck_outbox SET processed_at = now() WHERE processed_at IS NULL');
    const before = first.loader.stats.fullLoads;
    // What `keys shred-case` does: a bump with no change named. The deferred trigger logs it as unknown.
    await world.sql("UPDATE facts_version SET version = nextval('facts_version_seq') WHERE singleton = 1");
    const [logged] = await world.sql<{ kind: string }>('SELECT kind FROM facts_change ORDER BY version DESC LIMIT 1');
    expect(logged).toEqual({ kind: 'unknown' });
    await expectEqualToFullReload(first, []);
    expect(first.loader.stats.fullLoads).toBe(before + 1);

    // A change the log names, written without a re-check request (so no instance's worker catches up on its
    // own meanwhile), then every logged change pruned: the instance's facts are older than what is left.
    await world.sql(
      `WITH bumped AS (UPDATE facts_version SET version = nextval('facts_version_seq') WHERE singleton = 1 RETURNING version)
       INSERT INTO facts_change (version, kind, row_id) SELECT version, 'network', (SELECT id FROM network ORDER BY id LIMIT 1) FROM bumped`,
    );
    await second.app.app.get(FactsChanges).prune(0);
    await expectEqualToFullReload(first, []);
    expect(first.loader.stats.fullLoads).toBe(before + 2);
  });

  it('a write about one case leaves the other cached households as they were', async () => {
    const uow = first.app.app.get(UnitOfWork);
    const caseRows = first.app.app.get(CaseRepository);
    const opened: string[] = [];
    for (const region of ['SYD', 'SYD'] as const) {
      const defector = await first.persons.register(regional(region), { kind: 'DEFECTOR', givenName: 'Cache', familyName: 'Prov' });
      opened.push(
        (await first.cases.open(regional(region), { region, homeMunicipalityCode: '1280', defectorId: defector.id, eligibility: ELIGIBLE }))
          .id,
      );
    }
    const snapshot = async (caseId: string) =>
      (await first.loader.snapshot(uow.manager, (await caseRows.find(uow.manager, caseId))!, TODAY, { national: true })).household;
    const [x, y] = [await snapshot(opened[0]!), await snapshot(opened[1]!)];
    await second.cases.recordPlacementAssessment(regional('SYD'), opened[0]!, {
      unsuitable: [],
      assessedOn: addDays(TODAY, -1),
      reviewDue: addDays(TODAY, 100),
    });
    const [x2, y2] = [await snapshot(opened[0]!), await snapshot(opened[1]!)];
    expect(x2).not.toBe(x);
    expect(x2.placementAssessment).not.toBeNull();
    expect(y2).toBe(y);
    // An actual area of the first household's defector, written on the other instance: that household only.
    const area = await second.areas.add(regional('SYD'), {
      personId: x2.members[0]!.personId,
      municipalityCode: '2480',
      kind: 'LIVES',
      confidence: 'CONFIRMED',
      validFrom: addDays(TODAY, -1),
    });
    const [x3, y3] = [await snapshot(opened[0]!), await snapshot(opened[1]!)];
    expect(x3.members[0]!.actualAreas).toEqual([
      { municipalityCode: '2480', kind: 'LIVES', confidence: 'CONFIRMED', validFrom: addDays(TODAY, -1), validTo: null },
    ]);
    expect(y3).toBe(y);
    await first.areas.end(regional('SYD'), area.id, TODAY);
    expect((await snapshot(opened[0]!)).members[0]!.actualAreas).toEqual([expect.objectContaining({ validTo: TODAY })]);
  });
});
