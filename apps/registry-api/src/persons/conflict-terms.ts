import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DataKey } from '@registry/crypto';
import { BadUserInputError } from '../common/errors.js';
import { requirePlainText } from '../common/plain-text.js';
import { DataKeysService } from '../protection/data-keys.service.js';
import { RowSealer } from '../protection/sealer.js';
import type { ConflictTermsInput } from './dto/conflict-terms.input.js';
import { ConflictRecordRepository, type ConflictTermsRow } from './conflict-record.repository.js';
import { PersonRepository } from './person.repository.js';

const MIN_REASON_LENGTH = 3;
const MAX_REASON_LENGTH = 1000;

/** A reason to close or to keep apart: visible plain text, trimmed, of a sensible length; else BAD_USER_INPUT. */
export function requireReason(reason: string, field = 'reason'): string {
  requirePlainText(reason, field, { multiline: true });
  const trimmed = reason.trim();
  if (trimmed.length < MIN_REASON_LENGTH || trimmed.length > MAX_REASON_LENGTH)
    throw new BadUserInputError(`${field} must be ${MIN_REASON_LENGTH} to ${MAX_REASON_LENGTH} characters`);
  return trimmed;
}

/** Whether an input says anything at all (a conflict added without terms writes no terms row). */
export function hasTerms(input: ConflictTermsInput | null | undefined): input is ConflictTermsInput {
  return !!input && Object.values(input).some((value) => value !== undefined && value !== null);
}

/** Checks terms before anything is written: a bad reason changes nothing. */
export function checkTerms(input: ConflictTermsInput | null | undefined): void {
  if (input?.reason !== undefined && input.reason !== null) requireReason(input.reason);
}

/**
 * Writes a conflict's terms (roles, scope, review date, sealed reason) under the conflict's id, or under a
 * link request's id while the conflict waits for national coordination. The reason is sealed with the data
 * key of the conflict's person_id side, so it goes with that person's erasure.
 */
@Injectable()
export class ConflictTermsWriter {
  constructor(
    private readonly records: ConflictRecordRepository,
    private readonly persons: PersonRepository,
    private readonly keys: DataKeysService,
  ) {}

  async keyOf(m: EntityManager, personId: string): Promise<DataKey> {
    const row = await this.persons.find(m, personId);
    if (!row) throw new Error(`person ${personId} of a conflict is gone`);
    return this.keys.get(m, row.data_key_id);
  }

  /** `input` over `current` (or the defaults); returns the row written. */
  async write(
    m: EntityManager,
    id: string,
    personId: string,
    input: ConflictTermsInput,
    current: ConflictTermsRow | null = null,
  ): Promise<ConflictTermsRow> {
    const reason = input.reason === undefined || input.reason === null ? undefined : requireReason(input.reason);
    const sealer = new RowSealer(await this.keyOf(m, personId), 'personal_conflict_terms', id);
    const row: ConflictTermsRow = {
      id,
      person_role: input.personRole ?? current?.person_role ?? 'UNKNOWN',
      other_role: input.otherRole ?? current?.other_role ?? 'UNKNOWN',
      scope: input.scope ?? current?.scope ?? 'SAME_MUNICIPALITY',
      review_due: input.reviewDue ?? current?.review_due ?? null,
      reason_sealed: reason === undefined ? (current?.reason_sealed ?? null) : sealer.seal('reason', reason),
    };
    await this.records.upsertTerms(m, row);
    return row;
  }
}
