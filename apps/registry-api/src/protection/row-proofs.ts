import { rowMacPairSql, rowMacPairsAggSql } from '@registry/database';

/*
 * SQL for the proofs reads select next to the rows they use (RowIntegrity checks them): same statement,
 * same tuple, so the proof is of exactly the values the code goes on to use.
 */

/** The proof of one row of `table` (read as `alias`), as the column `row_proof` (or `as`). */
export const PROOF = (table: string, alias = table, as = 'row_proof'): string => `${rowMacPairSql(table, alias)} AS ${as}`;

/** The proofs of every row an aggregate reads, as one jsonb array. */
export const PROOFS_AGG = (table: string, alias = table): string => rowMacPairsAggSql(table, alias);

/**
 * The proofs of the memberships and cases behind a person's case regions (CASE_REGIONS_OF_PERSON): what
 * need-to-know scoping of a person rests on.
 */
export const CASE_REGION_PROOFS = (personColumn: string): string =>
  `coalesce((SELECT ${PROOFS_AGG('case_member', 'cm')} || ${PROOFS_AGG('registry_case', 'c')}
               FROM case_member cm JOIN registry_case c ON c.id = cm.case_id WHERE cm.person_id = ${personColumn}), '[]'::jsonb)`;
