/*
 * Which rows carry a row MAC and over which columns: every plaintext column the checker, the facts
 * loader or need-to-know scoping reads (statuses, regions, dates, confidences, kinds, the ids that tie a
 * row to a case, person or network). Sealed columns need none: their associated data already binds them
 * to table, column, row and data key.
 *
 * The canonical row is rendered by PostgreSQL, from the row itself, the same way in the trigger that
 * notes a write and in every read: `jsonb_build_array(table, locator, column, ...)::text`. Values whose
 * text form would depend on session settings are normalised first (timestamps to UTC, bytea to hex).
 * Changing a table's list changes every MAC of it: it needs a migration that re-creates its trigger and a
 * re-stamp under the operator's key ring (`keys backfill-row-macs` after clearing the marker).
 */

type Render = (alias: string, column: string) => string;
const plain: Render = (a, c) => `${a}.${c}`;
const utc: Render = (a, c) => `(${a}.${c} AT TIME ZONE 'UTC')`;
const hex: Render = (a, c) => `encode(${a}.${c}, 'hex')`;

interface Column {
  readonly name: string;
  readonly render: Render;
}

export interface RowMacTable {
  readonly table: string;
  /** The row's locator as text, from its key columns. */
  readonly locator: (alias: string) => string;
  /** The condition that finds a row by the text locator `value` (an SQL expression of type text). */
  readonly byLocator: (alias: string, value: string) => string;
  readonly columns: readonly Column[];
}

const columns = (...names: (string | [string, Render])[]): Column[] =>
  names.map((n) => (typeof n === 'string' ? { name: n, render: plain } : { name: n[0], render: n[1] }));

const byId = (table: string, ...covered: (string | [string, Render])[]): RowMacTable => ({
  table,
  locator: (a) => `${a}.id::text`,
  byLocator: (a, v) => `${a}.id = (${v})::uuid`,
  columns: columns(...covered),
});

export const ROW_MAC_TABLES: readonly RowMacTable[] = [
  byId('network', 'data_key_id', 'category', 'reach'),
  byId('network_presence', 'network_id', 'confidence', 'valid_from', 'valid_to'),
  byId('network_relation', 'network_a_id', 'network_b_id', 'kind', 'valid_from', 'valid_to'),
  byId('person', 'data_key_id', 'kind', 'surveillance_hold', 'registered_region'),
  byId('affiliation', 'person_id', 'network_id', 'role', 'confidence', 'valid_from', 'valid_to'),
  byId('personal_conflict', 'person_id', 'other_person_id', 'kind'),
  byId('known_location', 'person_id', 'valid_from', 'valid_to'),
  byId(
    'registry_case',
    'reference',
    'data_key_id',
    'region',
    'status',
    'defector_id',
    'meets_definition',
    'motivated',
    'consent_to_information_exchange',
    'signed_conditions',
    'evidence_person',
  ),
  {
    table: 'case_member',
    locator: (a) => `${a}.case_id::text || '/' || ${a}.person_id::text`,
    byLocator: (a, v) => `(${a}.case_id, ${a}.person_id) = (split_part(${v}, '/', 1)::uuid, split_part(${v}, '/', 2)::uuid)`,
    columns: columns('role', 'position'),
  },
  byId(
    'threat_assessment',
    'case_id',
    'level',
    'reach',
    'relocation_required',
    'threat_actor_ids',
    'threat_network_ids',
    'assessed_on',
    'review_due',
    ['recorded_at', utc],
  ),
  byId('placement_assessment', 'case_id', 'min_distance_from_home_km', 'assessed_on', 'review_due', ['recorded_at', utc]),
  byId('proposal', 'case_id', 'housing_type', 'start_date', 'end_date', 'status', ['clearance_reference_hash', hex]),
  byId('placement', 'case_id', 'proposal_id', 'housing_type', 'start_date', 'end_date', 'ended_on', 'end_reason'),
  byId('link_request', 'kind', 'case_id', 'person_id', 'other_person_id', 'conflict_kind', 'requested_region', 'status', [
    'decided_at',
    utc,
  ]),
  // migration 1732300016100: a consent's withdrawal and each signing's dates decide CONSENT_MISSING
  byId('consent', 'case_id', 'person_id', 'withdrawn_on'),
  byId('consent_signing', 'consent_id', 'signed_on', 'review_due'),
  // migration 1732300017100: who is on a case's team, and whose break-glass still runs, decide who reads it
  byId('case_team_member', 'case_id', ['officer_token', hex], 'role', ['removed_at', utc]),
  byId('break_glass', 'case_id', ['officer_token', hex], ['granted_at', utc], ['expires_at', utc]),
  // migration 1732300021100: an actual area's person, confidence and validity decide the home rules
  byId('actual_area', 'person_id', 'kind', 'confidence', 'valid_from', 'valid_to', ['ended_at', utc]),
  // migration 1732300019100: a condition's end, each compliance grade and a review's closing decide what the team is told
  byId('case_condition', 'case_id', 'kind', 'signed_on', 'ended_on'),
  byId('condition_compliance', 'condition_id', 'case_id', 'compliance', 'observed_on'),
  byId('condition_review', 'case_id', 'condition_id', 'compliance_id', ['raised_at', utc], ['closed_at', utc]),
  // id: the conflict's (or, while it waits as a link request, the request's).
  byId('personal_conflict_terms', 'person_role', 'other_role', 'scope', 'review_due', ['updated_at', utc]),
  byId('record_closure', 'record_kind', 'record_id', 'person_id', ['closed_at', utc]),
  // migration 1732300018100: a case's history decides its stage, steps and follow-ups its guards and alerts
  byId('case_transition', 'case_id', 'seq', 'kind', 'from_stage', 'to_stage', 'closure_reason', 'from_region', 'to_region', ['at', utc]),
  byId('case_assessment_step', 'case_id', 'kind', 'required_on', 'completed_on', ['recorded_at', utc]),
  byId('case_follow_up', 'case_id', 'placement_id', 'due_on', 'recorded_on', 'outcome', 'housing', 'income', 'relapse', 'threat_stands'),
];

const byName = new Map(ROW_MAC_TABLES.map((t) => [t.table, t]));

export function rowMacTable(table: string): RowMacTable {
  const spec = byName.get(table);
  if (!spec) throw new Error(`no row MAC is defined for table ${table}`);
  return spec;
}

/** The canonical row of `alias` (a table alias, or NEW/OLD in a trigger), as an SQL text expression. */
export function canonicalRowSql(table: string, alias: string): string {
  const spec = rowMacTable(table);
  const values = [`'${spec.table}'`, spec.locator(alias), ...spec.columns.map((c) => c.render(alias, c.name))];
  return `jsonb_build_array(${values.join(', ')})::text`;
}

/**
 * A read's proof of one row: `[canonical row, base64 MAC or null]` as jsonb, to select next to the row's
 * columns (same statement, same tuple) and pass to the verifier.
 */
export function rowMacPairSql(table: string, alias: string): string {
  return `jsonb_build_array(${canonicalRowSql(table, alias)}, encode(${alias}.row_mac, 'base64'))`;
}

/** The proofs of every row an aggregate reads, as one jsonb array (empty when there are none). */
export function rowMacPairsAggSql(table: string, alias: string): string {
  return `coalesce(jsonb_agg(${rowMacPairSql(table, alias)}), '[]'::jsonb)`;
}
