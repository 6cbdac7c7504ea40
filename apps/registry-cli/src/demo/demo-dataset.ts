import type {
  ActualAreaKind,
  AffiliationRole,
  Confidence,
  NetworkCategory,
  NetworkRelationKind,
  Reach,
  ThreatLevel,
  UnsuitableReason,
} from '@registry/checker';
import type { PoliceRegion } from '@registry/geo';

/**
 * The demo's invented country: every name below is made up ("Demo: …" networks, pretend surnames such as
 * Fiktivsson and Låtsasberg), so nobody can mistake a demo database for real intelligence. Places are
 * real municipalities, since the checker's geography is.
 */

export interface DemoPresence {
  code: string;
  confidence: Confidence;
  validFrom: string;
  validTo?: string;
}

export interface DemoNetwork {
  key: string;
  name: string;
  category: NetworkCategory;
  reach: Reach;
  presences: readonly DemoPresence[];
}

export interface DemoRelation {
  a: string;
  b: string;
  kind: NetworkRelationKind;
  validFrom: string;
  validTo?: string;
}

export interface DemoPerson {
  givenName: string;
  familyName: string;
  birthYear: number;
}

export interface DemoThreatActor extends DemoPerson {
  key: string;
  network: string;
  role: AffiliationRole;
  knownIn: readonly string[];
}

export interface DemoAffiliation {
  network: string;
  role: AffiliationRole;
  validFrom: string;
  validTo?: string;
}

/** Where a member actually lives or spends time besides the registered home (police intelligence). */
export interface DemoActualArea {
  code: string;
  kind: ActualAreaKind;
  confidence: Confidence;
  validFrom: string;
  sourceNote: string;
}

export interface DemoMember extends DemoPerson {
  affiliations: readonly DemoAffiliation[];
  actualAreas?: readonly DemoActualArea[];
}

/** What the demo does with the case once it is assessed. */
export type DemoOutcome =
  /** the best-ranked cleared destination, proposed and confirmed: an active placement */
  | { kind: 'PLACED' }
  /** the best-ranked cleared destination, proposed: a reservation and a clearance reference */
  | { kind: 'CLEARED' }
  /** a destination the checker blocks, proposed anyway: NOT_CLEARED, waiting for a decision */
  | { kind: 'NOT_CLEARED'; destination: string };

export interface DemoCase {
  key: string;
  region: PoliceRegion;
  /** bosättningskommun */
  home: string;
  defector: DemoMember;
  relatives: readonly DemoMember[];
  threat: { level: ThreatLevel; reach: Reach; actors: readonly string[]; networks: readonly string[]; summary: string };
  /** personal conflicts of the defector with threat actors */
  conflicts: readonly {
    actor: string;
    kind: 'THREAT' | 'VICTIM' | 'WITNESS' | 'ENMITY';
    /** the conflict's terms (docs/personal-conflicts.md); the review date is this many days after the demo's today */
    terms?: {
      scope: 'SAME_MUNICIPALITY' | 'NEARBY' | 'SAME_COUNTY' | 'SAME_POLICE_REGION' | 'NATIONWIDE';
      personRole: 'VICTIM' | 'PERPETRATOR' | 'BOTH' | 'UNKNOWN';
      otherRole: 'VICTIM' | 'PERPETRATOR' | 'BOTH' | 'UNKNOWN';
      reason: string;
      reviewInDays: number;
    };
  }[];
  unsuitable: readonly { code: string; reason: UnsuitableReason }[];
  suitable: readonly string[];
  minDistanceFromHomeKm: number | null;
  /** a review date already passed: the checker warns STALE_ASSESSMENT */
  staleAssessment?: boolean;
  outcome: DemoOutcome;
}

export const DEMO_NETWORKS: readonly DemoNetwork[] = [
  {
    key: 'harbour',
    name: 'Harbour Crew',
    category: 'LOCAL_NETWORK',
    reach: 'REGIONAL',
    presences: [
      { code: '1480', confidence: 'CONFIRMED', validFrom: '2021-03-01' },
      { code: '1482', confidence: 'PROBABLE', validFrom: '2023-06-01' },
      { code: '1485', confidence: 'POSSIBLE', validFrom: '2024-01-15' },
    ],
  },
  {
    key: 'pier',
    name: 'Pier Seven',
    category: 'PROJECT_BASED',
    reach: 'INTERNATIONAL',
    presences: [
      { code: '1480', confidence: 'CONFIRMED', validFrom: '2020-09-01' },
      { code: '1283', confidence: 'CONFIRMED', validFrom: '2022-02-01' },
      { code: '1280', confidence: 'PROBABLE', validFrom: '2023-05-01' },
      { code: '1287', confidence: 'POSSIBLE', validFrom: '2024-04-01' },
    ],
  },
  {
    key: 'lingon',
    name: 'Lingonberry Brotherhood',
    category: 'SELF_MARKING_GROUP',
    reach: 'REGIONAL',
    presences: [
      { code: '1280', confidence: 'CONFIRMED', validFrom: '2019-01-01' },
      { code: '1281', confidence: 'PROBABLE', validFrom: '2022-08-01' },
      { code: '1290', confidence: 'POSSIBLE', validFrom: '2023-10-01' },
    ],
  },
  {
    key: 'herons',
    name: 'Velvet Herons',
    category: 'FAMILY_BASED',
    reach: 'NATIONAL',
    presences: [
      { code: '0180', confidence: 'CONFIRMED', validFrom: '2018-05-01' },
      { code: '0184', confidence: 'CONFIRMED', validFrom: '2020-01-01' },
      { code: '0380', confidence: 'PROBABLE', validFrom: '2022-11-01' },
      { code: '0581', confidence: 'POSSIBLE', validFrom: '2024-02-01' },
    ],
  },
  {
    key: 'gravel',
    name: 'Gravel Street Gang',
    category: 'LOCAL_NETWORK',
    reach: 'REGIONAL',
    presences: [
      { code: '0180', confidence: 'CONFIRMED', validFrom: '2019-04-01' },
      { code: '0126', confidence: 'CONFIRMED', validFrom: '2020-06-01' },
      { code: '0181', confidence: 'PROBABLE', validFrom: '2023-01-01' },
      { code: '1480', confidence: 'POSSIBLE', validFrom: '2024-09-01' },
    ],
  },
  {
    key: 'moose',
    name: 'Moose Hill Firm',
    category: 'RISK_SUPPORTER',
    reach: 'REGIONAL',
    presences: [
      { code: '1980', confidence: 'CONFIRMED', validFrom: '2021-01-01' },
      { code: '2180', confidence: 'PROBABLE', validFrom: '2022-03-01' },
      { code: '0380', confidence: 'POSSIBLE', validFrom: '2023-09-01' },
    ],
  },
  {
    key: 'tin',
    name: 'Tin Lantern Crew',
    category: 'LOCAL_NETWORK',
    reach: 'REGIONAL',
    presences: [
      { code: '2180', confidence: 'CONFIRMED', validFrom: '2020-02-01' },
      { code: '2184', confidence: 'PROBABLE', validFrom: '2022-07-01' },
      // a presence that ended: the checker ignores it for any later period
      { code: '0381', confidence: 'POSSIBLE', validFrom: '2021-05-01', validTo: '2024-06-30' },
    ],
  },
  {
    key: 'copper',
    name: 'Copper Kettle Boys',
    category: 'LOCAL_NETWORK',
    reach: 'LOCAL',
    presences: [
      { code: '1880', confidence: 'CONFIRMED', validFrom: '2020-10-01' },
      { code: '1883', confidence: 'PROBABLE', validFrom: '2023-03-01' },
      { code: '1780', confidence: 'POSSIBLE', validFrom: '2024-05-01' },
    ],
  },
  {
    key: 'clockwork',
    name: 'Clockwork Foxes',
    category: 'LOCAL_NETWORK',
    reach: 'LOCAL',
    presences: [
      { code: '0580', confidence: 'CONFIRMED', validFrom: '2021-08-01' },
      { code: '0583', confidence: 'PROBABLE', validFrom: '2023-02-01' },
    ],
  },
  {
    key: 'saffron',
    name: 'Saffron Circle',
    category: 'FAMILY_BASED',
    reach: 'REGIONAL',
    presences: [
      { code: '0581', confidence: 'CONFIRMED', validFrom: '2019-09-01' },
      { code: '0680', confidence: 'PROBABLE', validFrom: '2022-12-01' },
      { code: '0780', confidence: 'POSSIBLE', validFrom: '2024-03-01' },
    ],
  },
  {
    key: 'northern',
    name: 'Northern Lights Syndicate',
    category: 'LOCAL_NETWORK',
    reach: 'NATIONAL',
    presences: [
      { code: '2580', confidence: 'CONFIRMED', validFrom: '2020-04-01' },
      { code: '2281', confidence: 'PROBABLE', validFrom: '2022-10-01' },
      { code: '2584', confidence: 'POSSIBLE', validFrom: '2024-07-01' },
    ],
  },
  {
    key: 'glacier',
    name: 'Glacier Wolves',
    category: 'VIOLENT_EXTREMIST',
    reach: 'NATIONAL',
    presences: [
      { code: '2480', confidence: 'CONFIRMED', validFrom: '2019-11-01' },
      { code: '2380', confidence: 'PROBABLE', validFrom: '2022-04-01' },
      { code: '2482', confidence: 'POSSIBLE', validFrom: '2023-08-01' },
      { code: '2080', confidence: 'POSSIBLE', validFrom: '2024-10-01' },
    ],
  },
];

export const DEMO_RELATIONS: readonly DemoRelation[] = [
  { a: 'harbour', b: 'pier', kind: 'RIVAL', validFrom: '2021-06-01' },
  { a: 'harbour', b: 'gravel', kind: 'RIVAL', validFrom: '2023-02-01' },
  { a: 'lingon', b: 'pier', kind: 'RIVAL', validFrom: '2022-09-01' },
  { a: 'herons', b: 'gravel', kind: 'RIVAL', validFrom: '2020-03-01' },
  { a: 'moose', b: 'tin', kind: 'RIVAL', validFrom: '2021-04-01' },
  { a: 'moose', b: 'copper', kind: 'RIVAL', validFrom: '2022-01-01' },
  { a: 'clockwork', b: 'saffron', kind: 'RIVAL', validFrom: '2022-05-01' },
  { a: 'northern', b: 'glacier', kind: 'RIVAL', validFrom: '2020-08-01' },
  // a feud that ended: no longer a rivalry for any period after it
  { a: 'tin', b: 'clockwork', kind: 'RIVAL', validFrom: '2021-01-01', validTo: '2024-06-30' },
  { a: 'harbour', b: 'lingon', kind: 'ALLIED', validFrom: '2022-01-01' },
  { a: 'herons', b: 'saffron', kind: 'ALLIED', validFrom: '2021-07-01' },
  { a: 'northern', b: 'copper', kind: 'ALLIED', validFrom: '2023-04-01' },
];

export const DEMO_THREAT_ACTORS: readonly DemoThreatActor[] = [
  {
    key: 'flint',
    givenName: 'Flint',
    familyName: 'Skuggberg',
    birthYear: 1988,
    network: 'pier',
    role: 'LEADER',
    knownIn: ['1283', '1280'],
  },
  { key: 'hemlock', givenName: 'Hemlock', familyName: 'Mörkdal', birthYear: 1994, network: 'gravel', role: 'MEMBER', knownIn: ['0126'] },
  { key: 'cinder', givenName: 'Cinder', familyName: 'Nattlund', birthYear: 1979, network: 'herons', role: 'LEADER', knownIn: ['0380'] },
  { key: 'gorse', givenName: 'Gorse', familyName: 'Rävsson', birthYear: 1997, network: 'saffron', role: 'MEMBER', knownIn: ['0680'] },
  {
    key: 'quill',
    givenName: 'Quill',
    familyName: 'Vargdotter',
    birthYear: 1992,
    network: 'northern',
    role: 'MEMBER',
    knownIn: ['2580', '2281'],
  },
  { key: 'bramble', givenName: 'Bramble', familyName: 'Ulvholm', birthYear: 1985, network: 'moose', role: 'ASSOCIATE', knownIn: ['1980'] },
];

const SUMMARY = 'Invented demo assessment: not about any real person.';

export const DEMO_CASES: readonly DemoCase[] = [
  {
    key: 'stockholm',
    region: 'STOCKHOLM',
    home: '0180',
    defector: {
      givenName: 'Aster',
      familyName: 'Fiktivsson',
      birthYear: 1998,
      affiliations: [{ network: 'gravel', role: 'FORMER_MEMBER', validFrom: '2016-01-01', validTo: '2025-02-28' }],
    },
    relatives: [
      { givenName: 'Linnea', familyName: 'Fiktivsson', birthYear: 1999, affiliations: [] },
      { givenName: 'Milo', familyName: 'Fiktivsson', birthYear: 2019, affiliations: [] },
    ],
    threat: { level: 'HIGH', reach: 'NATIONAL', actors: ['hemlock'], networks: ['herons'], summary: SUMMARY },
    conflicts: [{ actor: 'hemlock', kind: 'THREAT' }],
    unsuitable: [
      { code: '0180', reason: 'HOME_AREA' },
      { code: '0126', reason: 'THREAT_ACTOR' },
      { code: '0184', reason: 'RIVAL_PRESENCE' },
    ],
    suitable: ['1380', '0880', '1490'],
    minDistanceFromHomeKm: 150,
    outcome: { kind: 'PLACED' },
  },
  {
    key: 'vast',
    region: 'VAST',
    home: '1480',
    defector: {
      givenName: 'Tove',
      familyName: 'Låtsasberg',
      birthYear: 1995,
      affiliations: [{ network: 'harbour', role: 'FORMER_MEMBER', validFrom: '2014-05-01', validTo: '2025-01-31' }],
    },
    relatives: [
      { givenName: 'Jonatan', familyName: 'Låtsasberg', birthYear: 1993, affiliations: [] },
      { givenName: 'Saga', familyName: 'Låtsasberg', birthYear: 2017, affiliations: [] },
      { givenName: 'Vide', familyName: 'Låtsasberg', birthYear: 2021, affiliations: [] },
    ],
    threat: { level: 'HIGH', reach: 'NATIONAL', actors: ['flint', 'hemlock'], networks: ['pier', 'gravel'], summary: SUMMARY },
    conflicts: [],
    unsuitable: [{ code: '1480', reason: 'HOME_AREA' }],
    suitable: ['2281', '0880', '1880'],
    minDistanceFromHomeKm: 150,
    outcome: { kind: 'PLACED' },
  },
  {
    key: 'ost',
    region: 'OST',
    home: '0580',
    defector: {
      givenName: 'Iris',
      familyName: 'Påhittadsson',
      birthYear: 2003,
      affiliations: [{ network: 'clockwork', role: 'MEMBER', validFrom: '2020-03-01', validTo: '2025-03-31' }],
    },
    relatives: [{ givenName: 'Maj', familyName: 'Påhittadsson', birthYear: 1970, affiliations: [] }],
    threat: { level: 'HIGH', reach: 'REGIONAL', actors: ['gorse'], networks: ['saffron'], summary: SUMMARY },
    conflicts: [{ actor: 'gorse', kind: 'VICTIM' }],
    unsuitable: [{ code: '0580', reason: 'HOME_AREA' }],
    suitable: [],
    minDistanceFromHomeKm: 100,
    staleAssessment: true,
    outcome: { kind: 'PLACED' },
  },
  {
    key: 'syd',
    region: 'SYD',
    home: '1280',
    defector: {
      givenName: 'Nova',
      familyName: 'Demodotter',
      birthYear: 2001,
      affiliations: [{ network: 'lingon', role: 'MEMBER', validFrom: '2018-06-01', validTo: '2025-04-30' }],
    },
    relatives: [
      {
        givenName: 'Ebbe',
        familyName: 'Demodotter',
        birthYear: 2005,
        affiliations: [{ network: 'lingon', role: 'ASSOCIATE', validFrom: '2022-01-01', validTo: '2025-04-30' }],
        // Unconfirmed: it warns (HOME_MUNICIPALITY, TOO_CLOSE_TO_HOME) and never blocks. Lund lies inside the
        // ring the home already blocks, so the demo's destinations stay as they were.
        actualAreas: [
          {
            code: '1281',
            kind: 'STAYS_OFTEN',
            confidence: 'POSSIBLE',
            validFrom: '2025-09-01',
            sourceNote: 'Invented demo tip: not about any real person.',
          },
        ],
      },
    ],
    threat: { level: 'HIGH', reach: 'REGIONAL', actors: ['flint'], networks: ['pier'], summary: SUMMARY },
    conflicts: [
      {
        actor: 'flint',
        kind: 'WITNESS',
        terms: {
          scope: 'SAME_COUNTY',
          personRole: 'VICTIM',
          otherRole: 'PERPETRATOR',
          reason: 'Vittnade mot hotaktören i tingsrätten; hot om repressalier',
          reviewInDays: 180,
        },
      },
    ],
    unsuitable: [
      { code: '1280', reason: 'HOME_AREA' },
      { code: '1283', reason: 'RIVAL_PRESENCE' },
    ],
    suitable: ['2380', '1780', '2080'],
    minDistanceFromHomeKm: 200,
    outcome: { kind: 'CLEARED' },
  },
  {
    key: 'nord',
    region: 'NORD',
    home: '2480',
    defector: {
      givenName: 'Sixten',
      familyName: 'Exempelsson',
      birthYear: 1990,
      affiliations: [{ network: 'glacier', role: 'FORMER_MEMBER', validFrom: '2012-01-01', validTo: '2024-12-31' }],
    },
    relatives: [],
    threat: { level: 'LOW', reach: 'REGIONAL', actors: ['quill'], networks: ['northern'], summary: SUMMARY },
    conflicts: [],
    unsuitable: [
      { code: '2480', reason: 'HOME_AREA' },
      { code: '2580', reason: 'RIVAL_PRESENCE' },
    ],
    suitable: ['1490', '1081', '0683'],
    minDistanceFromHomeKm: 300,
    outcome: { kind: 'CLEARED' },
  },
  {
    key: 'bergslagen',
    region: 'BERGSLAGEN',
    home: '1880',
    defector: {
      givenName: 'Holger',
      familyName: 'Testlund',
      birthYear: 1987,
      affiliations: [{ network: 'copper', role: 'FORMER_MEMBER', validFrom: '2010-01-01', validTo: '2025-05-31' }],
    },
    relatives: [{ givenName: 'Greta', familyName: 'Testlund', birthYear: 1989, affiliations: [] }],
    threat: { level: 'HIGH', reach: 'REGIONAL', actors: ['bramble'], networks: ['moose'], summary: SUMMARY },
    conflicts: [],
    unsuitable: [{ code: '1880', reason: 'HOME_AREA' }],
    suitable: [],
    minDistanceFromHomeKm: 80,
    // Västerås: Moose Hill Firm is present and its associate is known to stay there.
    outcome: { kind: 'NOT_CLEARED', destination: '1980' },
  },
];

/** The case whose clearance the walkthrough hands to municipalities, and the one that shows redaction. */
export const WALKTHROUGH_CASE = 'syd';
export const REDACTION_CASE = 'stockholm';
/** A destination the walkthrough case cannot clear: its threat actor stays there and its rival is present. */
export const WALKTHROUGH_BLOCKED_DESTINATION = '1283';
