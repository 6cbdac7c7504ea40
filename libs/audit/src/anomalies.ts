import type { AuditEventRecord } from './audit-event.js';
import {
  CASE_RESOURCE_TYPE,
  DESTINATION_PROBE_RESOURCE_TYPE,
  MUNICIPAL_DESTINATION_RESOURCE_TYPE,
  parseDestinationProbeId,
} from './audit-resources.js';
import { MUNICIPAL_DESTINATION_LIMIT, MUNICIPAL_DESTINATION_WINDOW_MS } from './municipal-probe-limit.js';

export interface AnomalyThresholds {
  /** Length of the sliding window, in milliseconds. */
  window: number;
  /** More refusals (outcome `denied`) than this for one actor in one window is an anomaly. */
  maxRefusals: number;
  /** More distinct cases touched than this by one actor in one window is an anomaly. */
  maxDistinctCases: number;
  /** More distinct destinations asked about for one case by one actor in one window is an anomaly. */
  maxDistinctDestinationsPerCase: number;
  /** The window of the registry's limit on a municipality's destination questions (24 hours). */
  municipalWindow: number;
  /** A municipality asking about this many distinct destinations for one case in `municipalWindow`, or more, is an anomaly. */
  municipalDestinationWarning: number;
  /** The limit the registry enforces, reported alongside so an auditor sees how near it is. */
  municipalDestinationLimit: number;
  /** More link requests (links to persons the requester may not see) than this by one actor in one window. */
  maxLinkRequests: number;
  /** More rankings of one case than this by one actor in one window. */
  maxRankingsPerCase: number;
}

/**
 * Defaults, per actor and hour:
 * - 10 refusals: a person who mistypes or lacks a role is refused a few times and stops; more is probing.
 * - 50 distinct cases: a regional officer's working day touches a handful of cases; fifty in an hour is
 *   browsing the register, the insider pattern the log exists to catch.
 * - 10 destinations for one case: planning tries a short list of candidates (ranking all 290 is one
 *   `rankDestinations` event); asking about many one by one is how a leak would locate a household.
 * And per municipality and case, over 24 hours as the registry counts them: 8 of the 10 distinct
 * destinations a municipality may ask about, so an auditor hears of it before the limit refuses, and of
 * every account that took part, since spreading the questions over accounts is the way round a per-account
 * count.
 * - 5 link requests: naming persons one may not see is rare casework; many is using links as a search.
 * - 20 rankings of one case: re-ranking with shifting periods is how one would look for the moment another
 *   region's flag comes and goes; planning ranks a case a few times.
 */
export const DEFAULT_ANOMALY_THRESHOLDS: AnomalyThresholds = {
  window: 60 * 60 * 1000,
  maxRefusals: 10,
  maxDistinctCases: 50,
  maxDistinctDestinationsPerCase: 10,
  municipalWindow: MUNICIPAL_DESTINATION_WINDOW_MS,
  municipalDestinationWarning: MUNICIPAL_DESTINATION_LIMIT - 2,
  municipalDestinationLimit: MUNICIPAL_DESTINATION_LIMIT,
  maxLinkRequests: 5,
  maxRankingsPerCase: 20,
};

export type AnomalyKind =
  | 'refusals'
  | 'distinct-cases'
  | 'destinations-per-case'
  | 'municipal-destinations-per-case'
  | 'link-requests'
  | 'rankings-per-case'
  | 'checkpoint-refused'
  | 'break-glass';

/** The actions these counts read; the audit module records them under these names. */
const LINK_REQUESTED = 'link.requested';
const RANK_DESTINATIONS = 'rankDestinations';
/** Raised by the checkpoint signer or a witness: every one is reported, there is no threshold. */
const CHECKPOINT_REFUSED = 'audit.checkpointRefused';
/** The resource type those events carry, for a query that selects what anomaly detection reads. */
export const CHECKPOINT_RESOURCE_TYPE = 'audit.checkpoint';
/** A granted break-glass: an officer reading a case outside its team. Each one is reported, at once. */
export const BREAK_GLASS_ACTION = 'breakGlass';

/**
 * One actor over one threshold: the busiest window found for that actor (and case). For
 * `municipal-destinations-per-case`, one entry per account of the municipality that asked in its busiest
 * window: `count` is the municipality's, `actorCount` the account's own share.
 */
export interface AuditAnomaly {
  actor: string;
  kind: AnomalyKind;
  /**
   * The case for `break-glass`, `destinations-per-case` (as the log names it: a case id, or a municipality's keyed case
   * token) and `municipal-destinations-per-case` (the keyed token), otherwise null.
   */
  caseId: string | null;
  /** Refusals, or distinct cases, or distinct destinations, in the busiest window. */
  count: number;
  /** More than this is an anomaly; for `municipal-destinations-per-case`, this many or more. */
  threshold: number;
  /** `municipal-destinations-per-case`: the accounts' own municipality, from their `municipality_code` claim. */
  municipalityCode?: string;
  /** `municipal-destinations-per-case`: the distinct destinations this account asked about in that window. */
  actorCount?: number;
  /** `municipal-destinations-per-case`: the limit the registry enforces. */
  limit?: number;
  /** `at` of the first and last counted event of that window. */
  windowStart: string;
  windowEnd: string;
  /** Seq of the first and last counted event of that window, for looking the events up. */
  firstSeq: number;
  lastSeq: number;
}

interface Sighting {
  time: number;
  key: string;
  event: AuditEventRecord;
}

/**
 * Finds actors over a threshold in any window of `thresholds.window`. Counts every outcome for cases and
 * destinations (a refused probe is still a probe). Events need not be sorted: `at` from several replicas
 * may interleave slightly out of seq order.
 */
export function findAnomalies(events: Iterable<AuditEventRecord>, thresholds: Partial<AnomalyThresholds> = {}): AuditAnomaly[] {
  const limits = { ...DEFAULT_ANOMALY_THRESHOLDS, ...thresholds };
  const refusals = new Map<string, Sighting[]>();
  const cases = new Map<string, Sighting[]>();
  const destinations = new Map<string, Map<string, Sighting[]>>();
  const municipal = new Map<string, Sighting[]>();
  const linkRequests = new Map<string, Sighting[]>();
  const rankings = new Map<string, Map<string, Sighting[]>>();
  const anomalies: AuditAnomaly[] = [];

  const refusedCheckpoints: AuditAnomaly[] = [];
  for (const event of events) {
    const time = Date.parse(event.at);
    if (event.action === CHECKPOINT_REFUSED) {
      refusedCheckpoints.push({
        actor: event.actor,
        kind: 'checkpoint-refused',
        caseId: null,
        count: 1,
        threshold: 0,
        windowStart: event.at,
        windowEnd: event.at,
        // The alarm event itself, for looking it up; the seq where history stopped fitting is its resourceId.
        firstSeq: event.seq,
        lastSeq: event.seq,
      });
    }
    if (event.outcome === 'denied') push(refusals, event.actor, { time, key: String(event.seq), event });
    if (event.action === LINK_REQUESTED) push(linkRequests, event.actor, { time, key: String(event.seq), event });
    if (event.action === RANK_DESTINATIONS && event.resourceId !== null) {
      let perCase = rankings.get(event.actor);
      if (perCase === undefined) rankings.set(event.actor, (perCase = new Map()));
      push(perCase, event.resourceId, { time, key: String(event.seq), event });
    }
    if (event.action === BREAK_GLASS_ACTION && event.outcome === 'ok') {
      // No threshold: every grant is for an auditor to look at, the single event its own window.
      anomalies.push({
        actor: event.actor,
        kind: 'break-glass',
        caseId: event.resourceId,
        count: 1,
        threshold: 0,
        windowStart: event.at,
        windowEnd: event.at,
        firstSeq: event.seq,
        lastSeq: event.seq,
      });
    }
    if (event.resourceId === null) continue;
    if (event.resourceType === CASE_RESOURCE_TYPE) {
      push(cases, event.actor, { time, key: event.resourceId, event });
    } else if (event.resourceType === DESTINATION_PROBE_RESOURCE_TYPE || event.resourceType === MUNICIPAL_DESTINATION_RESOURCE_TYPE) {
      const probe = parseDestinationProbeId(event.resourceId);
      if (probe === null) continue;
      push(cases, event.actor, { time, key: probe.caseId, event });
      let perCase = destinations.get(event.actor);
      if (perCase === undefined) destinations.set(event.actor, (perCase = new Map()));
      push(perCase, probe.caseId, { time, key: probe.destinationToken, event });
      const municipality = municipalityOf(event);
      if (event.resourceType === MUNICIPAL_DESTINATION_RESOURCE_TYPE && municipality !== null) {
        push(municipal, `${municipality}/${probe.caseId}`, { time, key: probe.destinationToken, event });
      }
    }
  }

  // Refused checkpoints first: alarms, before any threshold-based finding.
  anomalies.unshift(...refusedCheckpoints);
  for (const [actor, sightings] of refusals) {
    report(anomalies, actor, 'refusals', null, sightings, limits.window, limits.maxRefusals);
  }
  for (const [actor, sightings] of cases) {
    report(anomalies, actor, 'distinct-cases', null, sightings, limits.window, limits.maxDistinctCases);
  }
  for (const [actor, perCase] of destinations) {
    for (const [caseId, sightings] of perCase) {
      report(anomalies, actor, 'destinations-per-case', caseId, sightings, limits.window, limits.maxDistinctDestinationsPerCase);
    }
  }
  for (const [actor, sightings] of linkRequests) {
    report(anomalies, actor, 'link-requests', null, sightings, limits.window, limits.maxLinkRequests);
  }
  for (const [actor, perCase] of rankings) {
    for (const [caseId, sightings] of perCase) {
      report(anomalies, actor, 'rankings-per-case', caseId, sightings, limits.window, limits.maxRankingsPerCase);
    }
  }
  for (const [group, sightings] of municipal) {
    const [municipalityCode, caseId] = group.split('/') as [string, string];
    reportMunicipality(anomalies, municipalityCode, caseId, sightings, limits);
  }
  return anomalies;
}

/** The caller's `municipality_code` from an event's scope ("1280", or "SYD,1280" for a caller with both claims). */
function municipalityOf(event: AuditEventRecord): string | null {
  return event.scope?.split(',').find((part) => /^\d{4}$/.test(part)) ?? null;
}

/** One entry per account that asked in the municipality's busiest window, when that window nears the limit. */
function reportMunicipality(
  anomalies: AuditAnomaly[],
  municipalityCode: string,
  caseId: string,
  sightings: Sighting[],
  limits: AnomalyThresholds,
): void {
  const peak = busiestWindow(sightings, limits.municipalWindow);
  if (peak.count < limits.municipalDestinationWarning) return;
  const counted = sightings.slice(peak.start, peak.end + 1);
  const byActor = new Map<string, Sighting[]>();
  for (const sighting of counted) push(byActor, sighting.event.actor, sighting);
  for (const [actor, own] of byActor) {
    anomalies.push({
      actor,
      kind: 'municipal-destinations-per-case',
      caseId,
      count: peak.count,
      threshold: limits.municipalDestinationWarning,
      municipalityCode,
      actorCount: new Set(own.map((s) => s.key)).size,
      limit: limits.municipalDestinationLimit,
      ...seqRange(counted),
    });
  }
}

function seqRange(counted: Sighting[]): Pick<AuditAnomaly, 'windowStart' | 'windowEnd' | 'firstSeq' | 'lastSeq'> {
  let firstSeq = Infinity;
  let lastSeq = -Infinity;
  for (const { event } of counted) {
    firstSeq = Math.min(firstSeq, event.seq);
    lastSeq = Math.max(lastSeq, event.seq);
  }
  return { windowStart: counted[0]!.event.at, windowEnd: counted[counted.length - 1]!.event.at, firstSeq, lastSeq };
}

function push<K>(groups: Map<K, Sighting[]>, key: K, sighting: Sighting): void {
  const group = groups.get(key);
  if (group === undefined) groups.set(key, [sighting]);
  else group.push(sighting);
}

function report(
  anomalies: AuditAnomaly[],
  actor: string,
  kind: AnomalyKind,
  caseId: string | null,
  sightings: Sighting[],
  window: number,
  threshold: number,
): void {
  const peak = busiestWindow(sightings, window);
  if (peak.count <= threshold) return;
  const counted = sightings.slice(peak.start, peak.end + 1);
  anomalies.push({ actor, kind, caseId, count: peak.count, threshold, ...seqRange(counted) });
}

/** The window [t, t + window) holding the most distinct keys, by two pointers over the sightings sorted by time. */
function busiestWindow(sightings: Sighting[], window: number): { count: number; start: number; end: number } {
  sightings.sort((a, b) => a.time - b.time || a.event.seq - b.event.seq);
  const inWindow = new Map<string, number>();
  let best = { count: 0, start: 0, end: 0 };
  let start = 0;
  for (let end = 0; end < sightings.length; end++) {
    const { key, time } = sightings[end]!;
    inWindow.set(key, (inWindow.get(key) ?? 0) + 1);
    while (time - sightings[start]!.time >= window) {
      const leaving = sightings[start++]!.key;
      const left = inWindow.get(leaving)! - 1;
      if (left === 0) inWindow.delete(leaving);
      else inWindow.set(leaving, left);
    }
    if (inWindow.size > best.count) best = { count: inWindow.size, start, end };
  }
  return best;
}
