import type { AuditEventRecord } from './audit-event.js';
import { CASE_RESOURCE_TYPE, DESTINATION_PROBE_RESOURCE_TYPE, parseDestinationProbeId } from './audit-resources.js';

export interface AnomalyThresholds {
  /** Length of the sliding window, in milliseconds. */
  window: number;
  /** More refusals (outcome `denied`) than this for one actor in one window is an anomaly. */
  maxRefusals: number;
  /** More distinct cases touched than this by one actor in one window is an anomaly. */
  maxDistinctCases: number;
  /** More distinct destinations asked about for one case by one actor in one window is an anomaly. */
  maxDistinctDestinationsPerCase: number;
}

/**
 * Defaults, per actor and hour:
 * - 10 refusals: a person who mistypes or lacks a role is refused a few times and stops; more is probing.
 * - 50 distinct cases: a regional officer's working day touches a handful of cases; fifty in an hour is
 *   browsing the register, the insider pattern the log exists to catch.
 * - 10 destinations for one case: planning tries a short list of candidates (ranking all 290 is one
 *   `rankDestinations` event); asking about many one by one is how a leak would locate a household.
 */
export const DEFAULT_ANOMALY_THRESHOLDS: AnomalyThresholds = {
  window: 60 * 60 * 1000,
  maxRefusals: 10,
  maxDistinctCases: 50,
  maxDistinctDestinationsPerCase: 10,
};

export type AnomalyKind = 'refusals' | 'distinct-cases' | 'destinations-per-case';

/** One actor over one threshold: the busiest window found for that actor (and case). */
export interface AuditAnomaly {
  actor: string;
  kind: AnomalyKind;
  /** The case for `destinations-per-case`, otherwise null. */
  caseId: string | null;
  /** Refusals, or distinct cases, or distinct destinations, in the busiest window. */
  count: number;
  threshold: number;
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

  for (const event of events) {
    const time = Date.parse(event.at);
    if (event.outcome === 'denied') push(refusals, event.actor, { time, key: String(event.seq), event });
    if (event.resourceId === null) continue;
    if (event.resourceType === CASE_RESOURCE_TYPE) {
      push(cases, event.actor, { time, key: event.resourceId, event });
    } else if (event.resourceType === DESTINATION_PROBE_RESOURCE_TYPE) {
      const probe = parseDestinationProbeId(event.resourceId);
      if (probe === null) continue;
      push(cases, event.actor, { time, key: probe.caseId, event });
      let perCase = destinations.get(event.actor);
      if (perCase === undefined) destinations.set(event.actor, (perCase = new Map()));
      push(perCase, probe.caseId, { time, key: probe.destinationToken, event });
    }
  }

  const anomalies: AuditAnomaly[] = [];
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
  return anomalies;
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
  let firstSeq = Infinity;
  let lastSeq = -Infinity;
  for (const { event } of counted) {
    firstSeq = Math.min(firstSeq, event.seq);
    lastSeq = Math.max(lastSeq, event.seq);
  }
  anomalies.push({
    actor,
    kind,
    caseId,
    count: peak.count,
    threshold,
    windowStart: counted[0]!.event.at,
    windowEnd: counted[counted.length - 1]!.event.at,
    firstSeq,
    lastSeq,
  });
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
