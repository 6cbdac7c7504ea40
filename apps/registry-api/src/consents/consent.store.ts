import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  defaultReviewDue,
  PLACEMENT_DATA,
  PLACEMENT_RECIPIENTS,
  type ConsentAnswer,
  type ConsentDataCategory,
  type ConsentFacts,
  type ConsentRecipient,
  type SignatoryRole,
} from '@registry/checker';
import type { DataKey } from '@registry/crypto';
import { RowIntegrity } from '../protection/row-integrity.service.js';
import { PROOF } from '../protection/row-proofs.js';
import { RowSealer } from '../protection/sealer.js';

export interface ConsentRow {
  id: string;
  case_id: string;
  person_id: string;
  scope_sealed: Buffer;
  withdrawn_on: string | null;
}

export interface ConsentSigningRow {
  id: string;
  consent_id: string;
  signed_on: string;
  review_due: string;
  signatories_sealed: Buffer;
}

export interface ConsentScope {
  categories: ConsentDataCategory[];
  recipients: ConsentRecipient[];
}

/** A signatory as sealed: a null name is the member themselves, as recorded when a case opens. */
export interface SealedSignatory {
  role: SignatoryRole;
  answer: ConsentAnswer;
  name: string | null;
}

export interface OpenedSigning {
  id: string;
  signedOn: string;
  reviewDue: string;
  signatories: SealedSignatory[];
}

/** A consent opened with its case's key: what the API shows and what the checker reads. */
export interface OpenedConsent {
  id: string;
  caseId: string;
  personId: string;
  scope: ConsentScope;
  withdrawnOn: string | null;
  /** oldest first */
  signings: OpenedSigning[];
}

const DAY = (c: string) => `to_char(${c}, 'YYYY-MM-DD') AS ${c}`;
/** Read back with each row's proof (RowIntegrity): the withdrawal and the dates decide CONSENT_MISSING. */
const CONSENT_COLUMNS = `id, case_id, person_id, scope_sealed, ${DAY('withdrawn_on')}, ${PROOF('consent')}`;
const SIGNING_COLUMNS = `id, consent_id, ${DAY('signed_on')}, ${DAY('review_due')}, signatories_sealed, ${PROOF('consent_signing')}`;

/** SQL and sealing for consents; sealed under the case's data key, so shredding the case shreds them. */
@Injectable()
export class ConsentStore {
  constructor(private readonly integrity: RowIntegrity) {}

  async insert(
    m: EntityManager,
    key: DataKey,
    caseId: string,
    personId: string,
    scope: ConsentScope,
    signing: { signedOn: string; reviewDue: string; signatories: SealedSignatory[] },
  ): Promise<string> {
    const id = randomUUID();
    const sealed = new RowSealer(key, 'consent', id).seal('scope', JSON.stringify(scope));
    await m.query('INSERT INTO consent (id, case_id, person_id, scope_sealed) VALUES ($1, $2, $3, $4)', [id, caseId, personId, sealed]);
    await this.insertSigning(m, key, id, signing);
    return id;
  }

  async insertSigning(
    m: EntityManager,
    key: DataKey,
    consentId: string,
    signing: { signedOn: string; reviewDue: string; signatories: SealedSignatory[] },
  ): Promise<void> {
    const id = randomUUID();
    const sealed = new RowSealer(key, 'consent_signing', id).seal('signatories', JSON.stringify(signing.signatories));
    await m.query('INSERT INTO consent_signing (id, consent_id, signed_on, review_due, signatories_sealed) VALUES ($1, $2, $3, $4, $5)', [
      id,
      consentId,
      signing.signedOn,
      signing.reviewDue,
      sealed,
    ]);
  }

  async find(m: EntityManager, id: string, lock = false): Promise<ConsentRow | undefined> {
    const rows = (await m.query(`SELECT ${CONSENT_COLUMNS} FROM consent WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id])) as ConsentRow[];
    return this.integrity.verifyRows(rows)[0];
  }

  async withdraw(m: EntityManager, id: string, on: string): Promise<void> {
    await m.query('UPDATE consent SET withdrawn_on = $2 WHERE id = $1', [id, on]);
  }

  async rowsOfCases(m: EntityManager, caseIds: readonly string[]): Promise<{ consents: ConsentRow[]; signings: ConsentSigningRow[] }> {
    if (caseIds.length === 0) return { consents: [], signings: [] };
    const consents = this.integrity.verifyRows(
      (await m.query(`SELECT ${CONSENT_COLUMNS} FROM consent WHERE case_id = ANY($1::uuid[]) ORDER BY recorded_at, id`, [
        caseIds,
      ])) as ConsentRow[],
    );
    const signings = this.integrity.verifyRows(
      (await m.query(`SELECT ${SIGNING_COLUMNS} FROM consent_signing WHERE consent_id = ANY($1::uuid[]) ORDER BY signed_on, recorded_at`, [
        consents.map((c) => c.id),
      ])) as ConsentSigningRow[],
    );
    return { consents, signings };
  }

  /** Every consent of one case, opened with the case's key. */
  async ofCase(m: EntityManager, key: DataKey, caseId: string): Promise<OpenedConsent[]> {
    const { consents, signings } = await this.rowsOfCases(m, [caseId]);
    return consents.map((row) => open(key, row, signings));
  }

  async one(m: EntityManager, key: DataKey, row: ConsentRow): Promise<OpenedConsent> {
    const { signings } = await this.rowsOfCases(m, [row.case_id]);
    return open(key, row, signings);
  }
}

export function open(key: DataKey, row: ConsentRow, signings: readonly ConsentSigningRow[]): OpenedConsent {
  return {
    id: row.id,
    caseId: row.case_id,
    personId: row.person_id,
    scope: JSON.parse(new RowSealer(key, 'consent', row.id).open('scope', row.scope_sealed)) as ConsentScope,
    withdrawnOn: row.withdrawn_on,
    signings: signings
      .filter((s) => s.consent_id === row.id)
      .map((s) => ({
        id: s.id,
        signedOn: s.signed_on,
        reviewDue: s.review_due,
        signatories: JSON.parse(new RowSealer(key, 'consent_signing', s.id).open('signatories', s.signatories_sealed)) as SealedSignatory[],
      })),
  };
}

/** What the checker's consent rule reads: no names. */
export function consentFacts(consent: OpenedConsent): ConsentFacts {
  return {
    id: consent.id,
    personId: consent.personId,
    categories: consent.scope.categories,
    recipients: consent.scope.recipients,
    withdrawnOn: consent.withdrawnOn,
    signings: consent.signings.map((s) => ({
      signedOn: s.signedOn,
      reviewDue: s.reviewDue,
      signatories: s.signatories.map(({ role, answer }) => ({ role, answer })),
    })),
  };
}

export interface NewSigning {
  signedOn: string;
  reviewDue: string;
  signatories: SealedSignatory[];
}

/**
 * What `eligibility.consentToInformationExchange: true` records when a case opens: the defector's own yes
 * to share what a placement needs with a placement's recipients, for six months from the day it opens.
 */
export function openingConsent(today: string): { scope: ConsentScope; signing: NewSigning } {
  return {
    scope: { categories: [...PLACEMENT_DATA], recipients: [...PLACEMENT_RECIPIENTS] },
    signing: { signedOn: today, reviewDue: defaultReviewDue(today), signatories: [{ role: 'PERSON', answer: 'YES', name: null }] },
  };
}
