import { describe, expect, it } from '@jest/globals';
import { buildNextEvent } from './index.js';
import {
  CASE_RESOURCE_TYPE,
  DEFAULT_ANOMALY_THRESHOLDS,
  DESTINATION_PROBE_RESOURCE_TYPE,
  MUNICIPAL_DESTINATION_LIMIT,
  MUNICIPAL_DESTINATION_RESOURCE_TYPE,
  findAnomalies,
  formatDestinationProbeId,
  parseDestinationProbeId,
} from './index.js';
import type { AuditEventDraft, AuditEventRecord } from './index.js';

const START = Date.parse('2025-03-01T08:00:00.000Z');
const MINUTE = 60_000;

interface Happening {
  minute: number;
  actor?: string;
  scope?: string;
  outcome?: AuditEventDraft['outcome'];
  resourceType?: string | null;
  resourceId?: string | null;
}

function log(happenings: Happening[]): AuditEventRecord[] {
  const events: AuditEventRecord[] = [];
  for (const { minute, actor = 'officer-1', scope = 'SYD', outcome = 'ok', resourceType = null, resourceId = null } of happenings) {
    events.push(
      buildNextEvent(events[events.length - 1] ?? null, {
        at: new Date(START + minute * MINUTE).toISOString(),
        actor,
        roles: ['POLICE_REGIONAL'],
        scope,
        action: 'checkDestination',
        resourceType,
        resourceId,
        purpose: 'Ärende 1',
        outcome,
        requestId: null,
        clientAddress: null,
      }),
    );
  }
  return events;
}

const times = (count: number, make: (i: number) => Happening): Happening[] => Array.from({ length: count }, (_, i) => make(i));

describe('findAnomalies', () => {
  it('uses an hour, 10 refusals, 50 cases, 10 destinations per case, 5 link requests and 20 rankings of a case by default', () => {
    expect(DEFAULT_ANOMALY_THRESHOLDS).toEqual({
      window: 3_600_000,
      maxRefusals: 10,
      maxDistinctCases: 50,
      maxDistinctDestinationsPerCase: 10,
      municipalWindow: 86_400_000,
      municipalDestinationWarning: 8,
      municipalDestinationLimit: MUNICIPAL_DESTINATION_LIMIT,
      maxLinkRequests: 5,
      maxRankingsPerCase: 20,
    });
    expect(MUNICIPAL_DESTINATION_LIMIT).toBe(10);
  });

  it('lets 10 refusals in an hour pass and flags the 11th', () => {
    const ten = times(10, (i) => ({ minute: i * 5, outcome: 'denied' }));
    expect(findAnomalies(log(ten))).toEqual([]);
    const eleven = times(11, (i) => ({ minute: i * 5, outcome: 'denied' }));
    expect(findAnomalies(log(eleven))).toEqual([
      {
        actor: 'officer-1',
        kind: 'refusals',
        caseId: null,
        count: 11,
        threshold: 10,
        windowStart: '2025-03-01T08:00:00.000Z',
        windowEnd: '2025-03-01T08:50:00.000Z',
        firstSeq: 1,
        lastSeq: 11,
      },
    ]);
  });

  it('does not add up refusals more than a window apart', () => {
    const spread = times(20, (i) => ({ minute: i * 7, outcome: 'denied' }));
    // 7-minute spacing puts at most 9 refusals in any hour.
    expect(findAnomalies(log(spread))).toEqual([]);
  });

  it('counts each actor on its own', () => {
    const shared = times(12, (i) => ({ minute: i, outcome: 'denied', actor: i % 2 === 0 ? 'officer-1' : 'officer-2' }));
    expect(findAnomalies(log(shared))).toEqual([]);
  });

  it('ignores outcomes other than denied for refusals', () => {
    expect(findAnomalies(log(times(30, (i) => ({ minute: i, outcome: i % 2 === 0 ? 'ok' : 'error' }))))).toEqual([]);
  });

  it('flags an actor touching more distinct cases than allowed, not one reading the same case often', () => {
    const sameCase = times(200, (i) => ({ minute: i / 10, resourceType: CASE_RESOURCE_TYPE, resourceId: 'case-1' }));
    expect(findAnomalies(log(sameCase))).toEqual([]);
    const browsing = times(51, (i) => ({ minute: i, resourceType: CASE_RESOURCE_TYPE, resourceId: `case-${i}` }));
    expect(findAnomalies(log(browsing.slice(0, 50)))).toEqual([]);
    expect(findAnomalies(log(browsing))).toMatchObject([{ actor: 'officer-1', kind: 'distinct-cases', count: 51, threshold: 50 }]);
  });

  it('reports the busiest window with the seqs to look up', () => {
    const quiet = times(3, (i) => ({ minute: i * 100, resourceType: CASE_RESOURCE_TYPE, resourceId: `old-${i}` }));
    const burst = times(6, (i) => ({ minute: 400 + i, resourceType: CASE_RESOURCE_TYPE, resourceId: `case-${i}` }));
    expect(findAnomalies(log([...quiet, ...burst]), { maxDistinctCases: 5 })).toEqual([
      {
        actor: 'officer-1',
        kind: 'distinct-cases',
        caseId: null,
        count: 6,
        threshold: 5,
        windowStart: '2025-03-01T14:40:00.000Z',
        windowEnd: '2025-03-01T14:45:00.000Z',
        firstSeq: 4,
        lastSeq: 9,
      },
    ]);
  });

  it('flags probing many destinations for one case, and counts the case once', () => {
    const probes = times(11, (i) => ({
      minute: i,
      outcome: 'denied' as const,
      resourceType: DESTINATION_PROBE_RESOURCE_TYPE,
      resourceId: formatDestinationProbeId('case-7', `token${i}`),
    }));
    const anomalies = findAnomalies(log(probes));
    expect(anomalies).toContainEqual(
      expect.objectContaining({ kind: 'destinations-per-case', caseId: 'case-7', count: 11, threshold: 10 }),
    );
    expect(anomalies.find((anomaly) => anomaly.kind === 'distinct-cases')).toBeUndefined();
    expect(anomalies.find((anomaly) => anomaly.kind === 'refusals')).toMatchObject({ count: 11 });
  });

  it('does not flag the same destination asked about again and again', () => {
    const repeats = times(30, (i) => ({
      minute: i,
      resourceType: DESTINATION_PROBE_RESOURCE_TYPE,
      resourceId: formatDestinationProbeId('case-7', 'tokenA'),
    }));
    expect(findAnomalies(log(repeats))).toEqual([]);
  });

  it('keeps destinations of different cases apart', () => {
    const probes = times(12, (i) => ({
      minute: i,
      resourceType: DESTINATION_PROBE_RESOURCE_TYPE,
      resourceId: formatDestinationProbeId(`case-${i % 2}`, `token${i}`),
    }));
    expect(findAnomalies(log(probes))).toEqual([]);
  });

  it('handles events whose times are slightly out of seq order', () => {
    const minutes = [0, 2, 1, 4, 3, 60, 59, 61];
    const happenings = minutes.map((minute) => ({ minute, outcome: 'denied' as const }));
    expect(findAnomalies(log(happenings), { maxRefusals: 5 })).toMatchObject([
      {
        kind: 'refusals',
        count: 6,
        windowStart: '2025-03-01T08:00:00.000Z',
        windowEnd: '2025-03-01T08:59:00.000Z',
        firstSeq: 1,
        lastSeq: 7,
      },
    ]);
  });
});

describe('destination probe ids', () => {
  it('round-trips the case and the token', () => {
    const id = formatDestinationProbeId('5f0c6a8e-1b2c-4d3e-8f90-000000000001', 'Zm9vYmFy_-');
    expect(parseDestinationProbeId(id)).toEqual({ caseId: '5f0c6a8e-1b2c-4d3e-8f90-000000000001', destinationToken: 'Zm9vYmFy_-' });
  });

  it('refuses tokens that are not base64url or hex, and empty cases', () => {
    expect(() => formatDestinationProbeId('case-1', 'a/b')).toThrow(TypeError);
    expect(() => formatDestinationProbeId('case-1', '')).toThrow(TypeError);
    expect(() => formatDestinationProbeId('', 'abc')).toThrow(TypeError);
  });

  it('returns null for other ids', () => {
    expect(parseDestinationProbeId('case-1')).toBeNull();
    expect(parseDestinationProbeId('/abc')).toBeNull();
    expect(parseDestinationProbeId('case-1/')).toBeNull();
  });
});

describe('a municipality nearing its limit of destinations for one case', () => {
  /** A `destinationCleared` event: the case and the destination are opaque tokens, the scope the asker's own code. */
  const question = (minute: number, actor: string, destination: number, extra: Partial<Happening> = {}): Happening => ({
    minute,
    actor,
    scope: '1283',
    resourceType: MUNICIPAL_DESTINATION_RESOURCE_TYPE,
    resourceId: formatDestinationProbeId('c0ffee', `d${destination}`),
    ...extra,
  });
  const municipal = (anomalies: ReturnType<typeof findAnomalies>) => anomalies.filter((a) => a.kind === 'municipal-destinations-per-case');

  it('says nothing at 7 distinct destinations, however often they are asked', () => {
    const seven = times(21, (i) => question(i * 30, i % 2 === 0 ? 'caseworker-a' : 'caseworker-b', i % 7));
    expect(municipal(findAnomalies(log(seven)))).toEqual([]);
  });

  it('names every account of the municipality at 8, each with its own share, spread over a day', () => {
    // Five by one account, three by another, hours apart: no hour holds many, the day holds eight.
    const spread = [
      ...times(5, (i) => question(i * 120, 'caseworker-a', i)),
      ...times(3, (i) => question(700 + i * 120, 'caseworker-b', 5 + i)),
    ];
    const anomalies = findAnomalies(log(spread));
    expect(anomalies.filter((a) => a.kind !== 'municipal-destinations-per-case')).toEqual([]);
    expect(municipal(anomalies)).toEqual([
      expect.objectContaining({ actor: 'caseworker-a', caseId: 'c0ffee', municipalityCode: '1283', count: 8, actorCount: 5 }),
      expect.objectContaining({ actor: 'caseworker-b', caseId: 'c0ffee', municipalityCode: '1283', count: 8, actorCount: 3 }),
    ]);
    expect(municipal(anomalies)[0]).toMatchObject({ threshold: 8, limit: 10, firstSeq: 1, lastSeq: 8 });
  });

  it('counts a refused question too, so an account that hit the limit shows above it', () => {
    const hit = [...times(10, (i) => question(i, 'caseworker-a', i)), question(11, 'caseworker-b', 10, { outcome: 'denied' })];
    expect(municipal(findAnomalies(log(hit)))).toEqual([
      expect.objectContaining({ actor: 'caseworker-a', count: 11, actorCount: 10 }),
      expect.objectContaining({ actor: 'caseworker-b', count: 11, actorCount: 1 }),
    ]);
  });

  it('keeps municipalities, cases and days apart', () => {
    const apart = [
      ...times(4, (i) => question(i, 'caseworker-a', i)),
      ...times(4, (i) => question(i, 'other-town', 4 + i, { scope: '0180' })),
      ...times(4, (i) => question(i, 'caseworker-a', 8 + i, { resourceId: formatDestinationProbeId('beef', `d${8 + i}`) })),
      ...times(4, (i) => question(25 * 60 + i, 'caseworker-a', 20 + i)),
    ];
    expect(municipal(findAnomalies(log(apart)))).toEqual([]);
  });

  it('ignores officers asking about destinations, which name a case id and no municipality', () => {
    const officer = times(9, (i) => ({
      minute: i,
      resourceType: DESTINATION_PROBE_RESOURCE_TYPE,
      resourceId: formatDestinationProbeId('case-7', `token${i}`),
    }));
    expect(municipal(findAnomalies(log(officer)))).toEqual([]);
  });
});

describe('findAnomalies: using links and rankings as a search', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 9, minute)).toISOString();
  const event = (seq: number, action: string, resourceId: string | null, minute: number): AuditEventRecord => ({
    seq,
    at: at(minute),
    actor: 'syd-officer',
    roles: ['POLICE_REGIONAL'],
    scope: 'SYD',
    action,
    resourceType: resourceId ? 'case' : 'link_request',
    resourceId,
    purpose: 'AVH',
    clientAddress: null,
    requestId: null,
    outcome: 'ok',
    prevHash: '',
    hash: '',
  });

  it('reports an officer who asks for more links to unseen persons than the threshold, not one who stays at it', () => {
    const six = Array.from({ length: 6 }, (_, i) => event(i + 1, 'link.requested', null, i));
    expect(findAnomalies(six).map((a) => [a.kind, a.count])).toEqual([['link-requests', 6]]);
    expect(findAnomalies(six.slice(0, 5))).toEqual([]);
  });

  it('reports many rankings of one case within the window', () => {
    const ranks = Array.from({ length: 21 }, (_, i) => event(i + 1, 'rankDestinations', 'case-1', i));
    expect(findAnomalies(ranks).map((a) => [a.kind, a.caseId, a.count])).toEqual([['rankings-per-case', 'case-1', 21]]);
    expect(findAnomalies(ranks.slice(0, 20))).toEqual([]);
  });
  it('reports every granted break-glass at once, and not a refused one', () => {
    const granted = event(1, 'breakGlass', 'case-1', 0);
    const refused = { ...event(2, 'breakGlass', 'case-2', 1), outcome: 'denied' as const };
    const anomalies = findAnomalies([granted, refused]).filter((a) => a.kind === 'break-glass');
    expect(anomalies.map((a) => [a.actor, a.caseId, a.count, a.firstSeq])).toEqual([['syd-officer', 'case-1', 1, 1]]);
  });
});
