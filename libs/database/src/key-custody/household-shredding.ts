import type { EntityManager } from 'typeorm';
import { lockKeyCustody } from './custody-state.js';
import { shredDataKeys } from './data-key-shredding.js';

/** What erasing one case's household did, in counts: an operator's terminal is no place for ids of protected persons. */
export interface HouseholdShredding {
  caseId: string;
  caseKeysDestroyed: number;
  caseKeysAlreadyDestroyed: number;
  personKeysDestroyed: number;
  personKeysAlreadyDestroyed: number;
  /** Household members another case still needs (a member, or a named threat actor, of a case not erased). */
  personKeysKept: number;
}

/** The case cannot be erased as asked; the message names the reason, never a protected value. */
export class CaseErasureRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CaseErasureRefusedError';
  }
}

const CLOSED_STATUSES = ['COMPLETED', 'ABORTED'];

interface CaseRow {
  id: string;
  status: string;
  data_key_id: string;
  shredded: boolean;
}

interface MemberRow {
  person_id: string;
  data_key_id: string;
  shredded: boolean;
  needed_elsewhere: boolean;
}

/**
 * Crypto-shredding of one case's household (gallring): destroys the case's data key and the data keys of
 * its defector and relatives, except a person another case that is not itself erased still needs. Also
 * drops the persons' identity-number blind index, which is keyed by the ring rather than the person's data
 * key and would otherwise still answer "this number was registered". Idempotent; run in one transaction.
 *
 * Only a closed case is erased: an open one is live work, and its household is what other cases'
 * placement checks are tested against.
 */
export async function shredCaseHousehold(m: EntityManager, reference: string): Promise<HouseholdShredding> {
  await lockKeyCustody(m);
  // Nobody adds a person to a case, or names one as a threat actor, while we decide who is still needed.
  await m.query('LOCK TABLE case_member, threat_assessment IN SHARE MODE');
  const found = (await m.query(
    `SELECT c.id, c.status, c.data_key_id, k.shredded_at IS NOT NULL AS shredded
       FROM registry_case c JOIN data_key k ON k.id = c.data_key_id
      WHERE c.reference = $1
        FOR UPDATE OF c`,
    [reference],
  )) as CaseRow[];
  const theCase = found[0];
  if (!theCase) throw new CaseErasureRefusedError(`no case has the reference ${reference}`);
  if (!CLOSED_STATUSES.includes(theCase.status)) {
    throw new CaseErasureRefusedError(`case ${reference} is ${theCase.status}; close it (COMPLETED or ABORTED) before erasing it`);
  }

  const members = (await m.query(
    `SELECT p.id AS person_id, p.data_key_id, k.shredded_at IS NOT NULL AS shredded,
            EXISTS (SELECT 1 FROM case_member other
                      JOIN registry_case oc ON oc.id = other.case_id
                      JOIN data_key ok ON ok.id = oc.data_key_id
                     WHERE other.person_id = p.id AND other.case_id <> $1 AND ok.shredded_at IS NULL)
         OR EXISTS (SELECT 1 FROM threat_assessment t
                      JOIN registry_case oc ON oc.id = t.case_id
                      JOIN data_key ok ON ok.id = oc.data_key_id
                     WHERE p.id = ANY (t.threat_actor_ids) AND t.case_id <> $1 AND ok.shredded_at IS NULL) AS needed_elsewhere
       FROM case_member cm
       JOIN person p ON p.id = cm.person_id
       JOIN data_key k ON k.id = p.data_key_id
      WHERE cm.case_id = $1
        FOR UPDATE OF p`,
    [theCase.id],
  )) as MemberRow[];

  const toErase = members.filter((member) => !member.needed_elsewhere);
  const liveKeys = [
    ...(theCase.shredded ? [] : [theCase.data_key_id]),
    ...toErase.filter((member) => !member.shredded).map((member) => member.data_key_id),
  ];
  const destroyed = new Set(await shredDataKeys(m, liveKeys));
  if (toErase.length > 0) {
    await m.query(
      `UPDATE person SET identity_number_index = NULL, identity_number_sealed = NULL
        WHERE id = ANY($1::uuid[]) AND identity_number_index IS NOT NULL`,
      [toErase.map((member) => member.person_id)],
    );
  }
  const personKeysDestroyed = toErase.filter((member) => destroyed.has(member.data_key_id)).length;
  return {
    caseId: theCase.id,
    caseKeysDestroyed: destroyed.has(theCase.data_key_id) ? 1 : 0,
    caseKeysAlreadyDestroyed: theCase.shredded ? 1 : 0,
    personKeysDestroyed,
    personKeysAlreadyDestroyed: toErase.length - personKeysDestroyed,
    personKeysKept: members.length - toErase.length,
  };
}
