import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { consentStatus, defaultReviewDue, type ConsentSubject } from '@registry/checker';
import type { Principal } from '@registry/auth';
import type { DataKey } from '@registry/crypto';
import { todayInSweden } from '../common/calendar.js';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import { isUuid } from '../common/input-rules.js';
import { parseInputDate } from '../common/scalars.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { FactsChanges } from '../facts/facts-changes.js';
import type { CaseRow } from '../cases/case.repository.js';
import { CasesService } from '../cases/cases.service.js';
import { PersonRepository } from '../persons/person.repository.js';
import { PersonsService } from '../persons/persons.service.js';
import type { Person } from '../persons/models/person.model.js';
import { consentFacts, ConsentStore, type ConsentRow, type OpenedConsent, type SealedSignatory } from './consent.store.js';
import type { ConsentSigningInput, RecordConsentInput } from './dto/consent.inputs.js';
import type { Consent } from './models/consent.model.js';

/** Consents of a case's household: recorded, renewed and withdrawn by whoever may work the case. */
@Injectable()
export class ConsentsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly cases: CasesService,
    private readonly persons: PersonsService,
    private readonly personRows: PersonRepository,
    private readonly store: ConsentStore,
    private readonly factsChanges: FactsChanges,
  ) {}

  /** The household of a case, as Person (the birth year is what the consent rule reads). */
  private async household(m: EntityManager, row: CaseRow): Promise<Map<string, Person>> {
    // The household with its membership proven (PersonRepository.forCaseRead verifies the row MACs).
    const people = new Map<string, Person>();
    for (const found of await this.personRows.forCaseRead(m, row.id, [row.defector_id])) {
      if (found.memberRole !== null) people.set(found.row.id, await this.persons.toPersonWithKeyRow(found.row, found.key));
    }
    return people;
  }

  private toConsent(consent: OpenedConsent, member: Person, today: string): Consent {
    const first = consent.signings[0];
    const last = consent.signings[consent.signings.length - 1];
    if (!first || !last) throw new Error('a consent without a signing');
    const subject: ConsentSubject = { personId: member.id, birthYear: member.birthYear };
    return {
      id: consent.id,
      member,
      scope: { categories: consent.scope.categories, recipients: consent.scope.recipients },
      status: consentStatus(consentFacts(consent), subject, today),
      signedOn: first.signedOn,
      lastSignedOn: last.signedOn,
      reviewDue: last.reviewDue,
      renewals: consent.signings.length - 1,
      withdrawnOn: consent.withdrawnOn,
      signatories: last.signatories.map((s) => ({ role: s.role, answer: s.answer, name: s.name })),
    };
  }

  async ofCase(m: EntityManager, row: CaseRow): Promise<Consent[]> {
    const key = await this.cases.caseKey(m, row);
    const people = await this.household(m, row);
    const today = todayInSweden();
    return (await this.store.ofCase(m, key, row.id)).flatMap((consent) => {
      const member = people.get(consent.personId);
      // A member who has left the household keeps their consent on record; the case shows its members' only.
      return member ? [this.toConsent(consent, member, today)] : [];
    });
  }

  async listForCase(principal: Principal, caseId: string): Promise<Consent[]> {
    const m = this.uow.manager;
    return this.ofCase(m, await this.cases.visibleRow(m, principal, caseId));
  }

  private signing(input: ConsentSigningInput, today: string): { signedOn: string; reviewDue: string; signatories: SealedSignatory[] } {
    const signedOn = parseInputDate(input.signedOn);
    if (signedOn > today) throw new BadUserInputError('signedOn is after today');
    const reviewDue = input.reviewDue ? parseInputDate(input.reviewDue) : defaultReviewDue(signedOn);
    if (reviewDue < signedOn) throw new BadUserInputError('reviewDue is before signedOn');
    return { signedOn, reviewDue, signatories: input.signatories.map((s) => ({ role: s.role, answer: s.answer, name: s.name })) };
  }

  async record(principal: Principal, caseId: string, input: RecordConsentInput): Promise<Consent> {
    const today = todayInSweden();
    const signing = this.signing(input.signing, today);
    return this.uow.transaction(async (m) => {
      const row = await this.cases.visibleRow(m, principal, caseId, true);
      this.cases.requireOpen(row);
      const people = await this.household(m, row);
      const member = isUuid(input.personId) ? people.get(input.personId.toLowerCase()) : undefined;
      if (!member) throw new BadUserInputError("personId is not a member of the case's household");
      const key = await this.cases.caseKey(m, row);
      const id = await this.store.insert(
        m,
        key,
        row.id,
        member.id,
        { categories: input.categories, recipients: input.recipients },
        signing,
      );
      await this.factsChanges.record({ kind: 'case', id: row.id });
      return this.toConsent(await this.requireConsent(m, key, id), member, today);
    });
  }

  /** A consent the caller may see (through its case), locked for a change; else NOT_FOUND. */
  private async visibleConsent(
    m: EntityManager,
    principal: Principal,
    consentId: string,
  ): Promise<{ row: CaseRow; key: DataKey; consentRow: ConsentRow }> {
    const consentRow = isUuid(consentId) ? await this.store.find(m, consentId, true) : undefined;
    if (!consentRow) throw new NotFoundError('Consent not found');
    let row: CaseRow;
    try {
      row = await this.cases.visibleRow(m, principal, consentRow.case_id, true);
    } catch (error) {
      if (error instanceof NotFoundError) throw new NotFoundError('Consent not found');
      throw error;
    }
    return { row, key: await this.cases.caseKey(m, row), consentRow };
  }

  private async requireConsent(m: EntityManager, key: DataKey, id: string): Promise<OpenedConsent> {
    const consentRow = await this.store.find(m, id);
    if (!consentRow) throw new NotFoundError('Consent not found');
    return this.store.one(m, key, consentRow);
  }

  private async memberOf(m: EntityManager, row: CaseRow, personId: string): Promise<Person> {
    const member = (await this.household(m, row)).get(personId);
    if (!member) throw new BadUserInputError("The consent's member has left the case's household");
    return member;
  }

  async renew(principal: Principal, consentId: string, input: ConsentSigningInput): Promise<Consent> {
    const today = todayInSweden();
    const signing = this.signing(input, today);
    return this.uow.transaction(async (m) => {
      const { row, key, consentRow } = await this.visibleConsent(m, principal, consentId);
      this.cases.requireOpen(row);
      if (consentRow.withdrawn_on !== null) throw new BadUserInputError('A withdrawn consent is not renewed; record a new one');
      const current = await this.store.one(m, key, consentRow);
      const latest = current.signings[current.signings.length - 1];
      if (latest && signing.signedOn < latest.signedOn) throw new BadUserInputError('A renewal is signed on or after the latest signing');
      await this.store.insertSigning(m, key, consentRow.id, signing);
      await this.factsChanges.record({ kind: 'case', id: row.id });
      return this.toConsent(await this.requireConsent(m, key, consentRow.id), await this.memberOf(m, row, consentRow.person_id), today);
    });
  }

  /** Takes effect today: sharing under it ends at once, whatever its review date says. */
  async withdraw(principal: Principal, consentId: string): Promise<Consent> {
    const today = todayInSweden();
    return this.uow.transaction(async (m) => {
      const { row, key, consentRow } = await this.visibleConsent(m, principal, consentId);
      if (consentRow.withdrawn_on !== null) throw new BadUserInputError('The consent is already withdrawn');
      await this.store.withdraw(m, consentRow.id, today);
      await this.factsChanges.record({ kind: 'case', id: row.id });
      return this.toConsent(await this.requireConsent(m, key, consentRow.id), await this.memberOf(m, row, consentRow.person_id), today);
    });
  }
}
