import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@registry/auth';
import type { DataKey } from '@registry/crypto';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors.js';
import { isUuid } from '../common/input-rules.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { FactsChanges } from '../facts/facts-changes.js';
import { DataKeysService } from '../protection/data-keys.service.js';
import { RowSealer } from '../protection/sealer.js';
import type { ConflictTermsInput } from './dto/conflict-terms.input.js';
import {
  ConflictRecordRepository,
  type ClosureRow,
  type ConflictRecordRow,
  type KnownLocationRecordRow,
} from './conflict-record.repository.js';
import { checkTerms, ConflictTermsWriter, requireReason } from './conflict-terms.js';
import type { KnownLocation, PersonalConflict, RecordClosure } from './models/personal-conflict.model.js';
import { PersonRepository } from './person.repository.js';
import { PersonsService } from './persons.service.js';

/** Which of a conflict's persons the caller may see (need-to-know, and team access for household members). */
interface Sight {
  person: boolean;
  other: boolean;
}

/**
 * Personal conflicts as records that are reviewed and closed, and the closing of known locations and
 * surveillance holds. Everything a caller names is checked like the person it is about: a conflict is seen
 * by a caller who may see either of its persons, a location by one who may see its person; anything else is
 * NOT_FOUND, exactly like an id that names nothing. Each change is logged for the checker's facts, so the
 * next check (and the re-check of placements) reads it; the audit interceptor records every call.
 */
@Injectable()
export class PersonalConflictsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly persons: PersonsService,
    private readonly personRows: PersonRepository,
    private readonly records: ConflictRecordRepository,
    private readonly terms: ConflictTermsWriter,
    private readonly keys: DataKeysService,
    private readonly factsChanges: FactsChanges,
  ) {}

  private async sightOf(m: EntityManager, principal: Principal, row: ConflictRecordRow): Promise<Sight> {
    return {
      person: await this.persons.mayName(m, principal, row.person_id),
      other: await this.persons.mayName(m, principal, row.other_person_id),
    };
  }

  private async visibleConflict(m: EntityManager, principal: Principal, id: string, lock = false): Promise<[ConflictRecordRow, Sight]> {
    const row = isUuid(id) ? await this.records.conflict(m, id, lock) : undefined;
    if (row) {
      const sight = await this.sightOf(m, principal, row);
      if (sight.person || sight.other) return [row, sight];
    }
    throw new NotFoundError('Personal conflict not found');
  }

  /**
   * Changing or closing a conflict lifts or narrows the protection of every household it concerns: the
   * caller must be able to read each of its persons who is in a case (its household, by need-to-know and
   * the team), not only the side they see it from. A conflict between two regions' households is national
   * coordination's to change, as its link was. Seeing the conflict at all was settled by visibleConflict, so
   * this refusal tells the caller nothing new.
   */
  private async requireSightOfHouseholds(m: EntityManager, row: ConflictRecordRow, sight: Sight): Promise<void> {
    for (const [personId, seen] of [
      [row.person_id, sight.person],
      [row.other_person_id, sight.other],
    ] as const) {
      if (!seen && (await this.personRows.caseRegions(m, personId)).length > 0)
        throw new ForbiddenError('Changing this conflict needs access to every household it protects');
    }
  }

  private openClosure(key: DataKey, closure: ClosureRow | null): RecordClosure | null {
    if (!closure) return null;
    const sealer = new RowSealer(key, 'record_closure', closure.id);
    return {
      closedAt: closure.closed_at,
      closedBy: sealer.open('closed_by', closure.closed_by_sealed),
      reason: sealer.open('reason', closure.reason_sealed),
    };
  }

  /**
   * A conflict as the caller sees it, from `from`'s side (a person they may see): the other side's id only
   * when they may see that person too, and the reason (free text that may speak of both) likewise.
   */
  private async present(m: EntityManager, row: ConflictRecordRow, sight: Sight, from: string): Promise<PersonalConflict> {
    const key = await this.terms.keyOf(m, row.person_id);
    const mine = from === row.person_id;
    const both = sight.person && sight.other;
    const terms = row.terms;
    const reason =
      both && terms?.reason_sealed ? new RowSealer(key, 'personal_conflict_terms', row.id).open('reason', terms.reason_sealed) : null;
    return {
      id: row.id,
      personId: mine ? row.person_id : row.other_person_id,
      otherPersonId: both ? (mine ? row.other_person_id : row.person_id) : null,
      kind: row.kind,
      personRole: (mine ? terms?.person_role : terms?.other_role) ?? 'UNKNOWN',
      otherRole: (mine ? terms?.other_role : terms?.person_role) ?? 'UNKNOWN',
      scope: terms?.scope ?? 'SAME_MUNICIPALITY',
      reason,
      reviewDue: terms?.review_due ?? null,
      recordedAt: row.created_at,
      closure: this.openClosure(key, row.closure),
    };
  }

  /** The side a conflict is shown from when the caller names only the conflict: its person_id side if they may see it. */
  private sideOf(row: ConflictRecordRow, sight: Sight): string {
    return sight.person ? row.person_id : row.other_person_id;
  }

  /** A person's conflicts, open and closed, from that person's side. */
  async conflictsOf(principal: Principal, personId: string): Promise<PersonalConflict[]> {
    const m = this.uow.manager;
    await this.persons.visibleRow(m, principal, personId);
    const found: PersonalConflict[] = [];
    for (const row of await this.records.conflictsOf(m, personId)) {
      const sight = await this.sightOf(m, principal, row);
      found.push(await this.present(m, row, sight, personId));
    }
    return found;
  }

  /** Changes what a conflict says (roles from the side it is shown from, scope, reason, review date). */
  async review(principal: Principal, id: string, input: ConflictTermsInput): Promise<PersonalConflict> {
    checkTerms(input);
    return this.uow.transaction(async (m) => {
      const [row, sight] = await this.visibleConflict(m, principal, id, true);
      await this.requireSightOfHouseholds(m, row, sight);
      if (row.closure) throw new BadUserInputError('The personal conflict is closed');
      const side = this.sideOf(row, sight);
      // Roles come as the caller sees the conflict; stored from the person_id side.
      const stored: ConflictTermsInput =
        side === row.person_id ? input : { ...input, personRole: input.otherRole, otherRole: input.personRole };
      const terms = await this.terms.write(m, row.id, row.person_id, stored, row.terms);
      await this.factsChanges.record({ kind: 'conflict', id: row.id });
      return this.present(m, { ...row, terms }, sight, side);
    });
  }

  async close(principal: Principal, id: string, reason: string): Promise<PersonalConflict> {
    const why = requireReason(reason);
    return this.uow.transaction(async (m) => {
      const [row, sight] = await this.visibleConflict(m, principal, id, true);
      await this.requireSightOfHouseholds(m, row, sight);
      if (row.closure) throw new BadUserInputError('The personal conflict is already closed');
      const closure = await this.closeRecord(m, principal, 'PERSONAL_CONFLICT', row.id, row.person_id, why);
      await this.factsChanges.record({ kind: 'conflict', id: row.id });
      return this.present(m, { ...row, closure }, sight, this.sideOf(row, sight));
    });
  }

  private async closeRecord(
    m: EntityManager,
    principal: Principal,
    kind: ClosureRow['record_kind'],
    recordId: string,
    personId: string,
    why: string,
  ): Promise<ClosureRow> {
    const id = randomUUID();
    const sealer = new RowSealer(await this.terms.keyOf(m, personId), 'record_closure', id);
    const row = {
      id,
      record_kind: kind,
      record_id: recordId,
      person_id: personId,
      closed_by_sealed: sealer.seal('closed_by', principal.sub),
      reason_sealed: sealer.seal('reason', why),
    };
    const closedAt = await this.records.insertClosure(m, row);
    return { ...row, closed_at: closedAt };
  }

  private async presentLocation(m: EntityManager, row: KnownLocationRecordRow): Promise<KnownLocation> {
    const intelligence = await this.keys.networkIntelligence(m);
    return {
      id: row.id,
      personId: row.person_id,
      municipalityCode: new RowSealer(intelligence, 'known_location', row.id).open('municipality', row.municipality_sealed),
      validFrom: row.valid_from,
      validTo: row.valid_to,
      closure: this.openClosure(await this.terms.keyOf(m, row.person_id), row.closure),
    };
  }

  async knownLocationsOf(principal: Principal, personId: string): Promise<KnownLocation[]> {
    const m = this.uow.manager;
    await this.persons.visibleRow(m, principal, personId);
    const rows = await this.records.knownLocationsOf(m, personId);
    return Promise.all(rows.map((row) => this.presentLocation(m, row)));
  }

  async closeKnownLocation(principal: Principal, id: string, reason: string): Promise<KnownLocation> {
    const why = requireReason(reason);
    return this.uow.transaction(async (m) => {
      const row = isUuid(id) ? await this.records.knownLocation(m, id, true) : undefined;
      if (!row || !(await this.persons.mayName(m, principal, row.person_id))) throw new NotFoundError('Known location not found');
      if (row.closure) throw new BadUserInputError('The known location is already closed');
      const closure = await this.closeRecord(m, principal, 'KNOWN_LOCATION', row.id, row.person_id, why);
      await this.factsChanges.record({ kind: 'known-location', id: row.id });
      return this.presentLocation(m, { ...row, closure });
    });
  }

  /** National coordination lifts a hold, saying why; each closing is kept (a hold may be set again). */
  async closeSurveillanceHold(principal: Principal, personId: string, reason: string): Promise<RecordClosure> {
    const why = requireReason(reason);
    return this.uow.transaction(async (m) => {
      const closure = await this.liftHold(m, principal, personId, why);
      if (!closure) throw new BadUserInputError('The person has no surveillance hold to close');
      return closure;
    });
  }

  /**
   * The contract's setSurveillanceHold(active: false): an active hold is closed as closeSurveillanceHold
   * closes it, so that every lifting has who and when, the reason naming the call. Without an active hold it
   * changes nothing, as the contract's call never did.
   */
  async liftByContract(principal: Principal, personId: string): Promise<void> {
    await this.uow.transaction((m) => this.liftHold(m, principal, personId, 'setSurveillanceHold(active: false)'));
  }

  /** Closes the person's active hold, locked against a concurrent change; undefined when there is none. */
  private async liftHold(m: EntityManager, principal: Principal, personId: string, why: string): Promise<RecordClosure | undefined> {
    const person = await this.persons.visibleRow(m, principal, personId);
    await m.query('SELECT id FROM person WHERE id = $1 FOR UPDATE', [person.id]);
    const current = await this.personRows.find(m, person.id);
    if (!current?.surveillance_hold) return undefined;
    await this.personRows.setHold(m, person.id, false);
    const closure = await this.closeRecord(m, principal, 'SURVEILLANCE_HOLD', person.id, person.id, why);
    await this.factsChanges.record({ kind: 'hold', id: person.id });
    return this.openClosure(await this.terms.keyOf(m, person.id), closure)!;
  }

  async holdClosures(principal: Principal, personId: string): Promise<RecordClosure[]> {
    const m = this.uow.manager;
    const person = await this.persons.visibleRow(m, principal, personId);
    const key = await this.terms.keyOf(m, person.id);
    return (await this.records.holdClosures(m, person.id)).map((closure) => this.openClosure(key, closure)!);
  }
}
