import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AffiliationRole, Confidence, PersonalConflictKind } from '@registry/checker';
import { blindIndex, normaliseIdentityNumber, type DataKey } from '@registry/crypto';
import { blindIndexVersion, PERSON_IDENTITY_INDEX_COLUMN } from '@registry/database';
import { AUDIT_ACTIONS } from '@registry/audit';
import { hasRole, type Principal } from '@registry/auth';
import { maySee, personRegions } from '../access/need-to-know.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import { isUuid, requireMunicipalityCode, requireValidity } from '../common/input-rules.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { FactsChanges } from '../facts/facts-changes.js';
import type { Network } from '../networks/models/network.model.js';
import { NetworksService } from '../networks/networks.service.js';
import type { StoredDataKey } from '../protection/data-key.repository.js';
import { DataKeysService } from '../protection/data-keys.service.js';
import { KeyRingHolder } from '../protection/key-ring.holder.js';
import { RowSealer } from '../protection/sealer.js';
import { CaseAccessService } from '../teams/case-access.service.js';
import type { ConflictTermsInput } from './dto/conflict-terms.input.js';
import type { PersonInput } from './dto/person.input.js';
import { checkTerms, ConflictTermsWriter, hasTerms } from './conflict-terms.js';
import type { Affiliation, Person } from './models/person.model.js';
import { LinkRequestRepository } from './link-request.repository.js';
import { PersonRepository, type AffiliationRow, type PersonRow } from './person.repository.js';

/** An identity-number index, and the blind-index key version it is under. */
interface IdentityIndex {
  index: Buffer;
  version: number;
}

/**
 * Persons and their ties. Each person has a data key of their own, so erasing one household never
 * needs to touch anyone else's rows.
 */
@Injectable()
export class PersonsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly keys: DataKeysService,
    private readonly keyRing: KeyRingHolder,
    private readonly repository: PersonRepository,
    private readonly networks: NetworksService,
    private readonly factsChanges: FactsChanges,
    private readonly links: LinkRequestRepository,
    private readonly trail: AuditTrail,
    private readonly caseAccess: CaseAccessService,
    private readonly conflictTerms: ConflictTermsWriter,
  ) {}

  async toPerson(m: EntityManager, row: PersonRow): Promise<Person> {
    return this.opened(row, await this.keys.get(m, row.data_key_id));
  }

  /** A person whose key row the caller's own statement read with the person (PersonRepository.forCaseRead). */
  async toPersonWithKeyRow(row: PersonRow, key: StoredDataKey | undefined): Promise<Person> {
    return this.opened(row, await this.keys.fromRow(row.data_key_id, key));
  }

  private opened(row: PersonRow, key: DataKey): Person {
    const sealer = new RowSealer(key, 'person', row.id);
    const birthYear = sealer.openOptional('birth_year', row.birth_year_sealed);
    return {
      id: row.id,
      kind: row.kind,
      givenName: sealer.open('given_name', row.given_name_sealed),
      familyName: sealer.open('family_name', row.family_name_sealed),
      birthYear: birthYear === null ? null : Number(birthYear),
      surveillanceHold: row.surveillance_hold,
    };
  }

  /**
   * Need-to-know by region; with `details`, also access follows assignment (teams/case-access.service.ts):
   * a household member of a case of the region whose team the caller is not on is not shown to them.
   */
  private async isVisible(m: EntityManager, principal: Principal, row: PersonRow, details = true): Promise<boolean> {
    if (hasRole(principal, 'POLICE_NATIONAL')) return true;
    if (!maySee(principal, personRegions(await this.repository.caseRegions(m, row.id), row.registered_region))) return false;
    return !details || (await this.caseAccess.mayReadPerson(m, principal, row.id));
  }

  /**
   * A regional unit sees only its own region's persons (need-to-know.ts); anything else is NOT_FOUND, the
   * same as an id that does not exist, so a probe learns nothing.
   */
  async visibleRow(m: EntityManager, principal: Principal, id: string): Promise<PersonRow> {
    const row = isUuid(id) ? await this.repository.find(m, id) : undefined;
    if (!row || !(await this.isVisible(m, principal, row))) throw new NotFoundError('Person not found');
    return row;
  }

  /** Whether the caller may see the person with this id; false for an id that names nobody. */
  async mayName(m: EntityManager, principal: Principal, id: string): Promise<boolean> {
    const row = isUuid(id) ? await this.repository.find(m, id) : undefined;
    return row !== undefined && (await this.isVisible(m, principal, row));
  }

  /**
   * A person belongs to the caller's region (national coordination's: to none). An identity number is
   * refused only when the caller can see one of its existing records: a region that cannot (another
   * region's, or its own that has since joined another region's case) gets the answer any new registration
   * gets, and national coordination finds the records among `duplicateRegistrations`.
   */
  async register(principal: Principal, input: PersonInput): Promise<Person> {
    // Refused before anything is opened: a number that is not valid is BAD_USER_INPUT, never repeated.
    const number = input.personalIdentityNumber ? normaliseIdentityNumber(input.personalIdentityNumber) : null;
    const registeredRegion = hasRole(principal, 'POLICE_NATIONAL') ? null : (principal.policeRegion ?? null);
    return this.uow.transaction(async (m) => {
      // Under the database's blind-index version, share-locked: a rotation re-indexing now waits for us.
      const identity = number === null ? null : await this.identityIndex(m, number, true);
      const index = identity?.index ?? null;
      // Registrations of one number wait for each other, so two at once cannot both miss the other.
      if (index) await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`identity:${index.toString('hex')}`]);
      for (const existing of index ? await this.repository.findByIdentityIndex(m, index) : []) {
        // The region's own record, whoever's team it is on: the duplicate would split the household's facts.
        if (await this.isVisible(m, principal, existing, false))
          throw new BadUserInputError('A person with this identity number is already registered');
      }
      const key = await this.keys.create(m, 'PERSON');
      const id = randomUUID();
      const sealer = new RowSealer(key, 'person', id);
      const row: PersonRow = {
        id,
        data_key_id: key.id,
        kind: input.kind,
        given_name_sealed: sealer.seal('given_name', input.givenName),
        family_name_sealed: sealer.seal('family_name', input.familyName),
        identity_number_sealed: input.personalIdentityNumber
          ? sealer.seal('identity_number', normaliseIdentityNumber(input.personalIdentityNumber))
          : null,
        identity_number_index: index,
        identity_number_index_version: identity?.version ?? null,
        birth_year_sealed: sealer.sealOptional(
          'birth_year',
          input.birthYear === null || input.birthYear === undefined ? null : String(input.birthYear),
        ),
        surveillance_hold: false,
        registered_region: registeredRegion,
      };
      await this.repository.insert(m, row);
      return this.toPerson(m, row);
    });
  }

  /**
   * The index of a normalised number under the database's blind-index key version (which every stored index
   * is under); after `keys rotate-blind-index` elsewhere the ring is re-read for the new version.
   */
  private async identityIndex(m: EntityManager, normalised: string, lock: boolean): Promise<IdentityIndex> {
    const version = await blindIndexVersion(m, lock);
    const ring = await this.keyRing.withBlindIndexVersion(version);
    return { index: Buffer.from(blindIndex(ring, PERSON_IDENTITY_INDEX_COLUMN, normalised, version)), version };
  }

  async find(principal: Principal, id: string): Promise<Person> {
    const m = this.uow.manager;
    return this.toPerson(m, await this.visibleRow(m, principal, id));
  }

  /** A search: no match and a match the caller may not see are the same answer, null. */
  async findByIdentityNumber(principal: Principal, identityNumber: string): Promise<Person | null> {
    const m = this.uow.manager;
    const { index } = await this.identityIndex(m, normaliseIdentityNumber(identityNumber), false);
    for (const row of await this.repository.findByIdentityIndex(m, index)) {
      if (await this.isVisible(m, principal, row)) return this.toPerson(m, row);
    }
    return null;
  }

  /** National coordination's list of identity numbers registered more than once, to reconcile. */
  async duplicateRegistrations(): Promise<Person[][]> {
    const m = this.uow.manager;
    const groups = await this.repository.duplicateGroups(m);
    const rows = new Map((await this.repository.findMany(m, groups.flat())).map((row) => [row.id, row]));
    return Promise.all(groups.map((ids) => Promise.all(ids.map((id) => this.toPerson(m, rows.get(id) as PersonRow)))));
  }

  private async toAffiliations(person: Person, rows: AffiliationRow[]): Promise<Affiliation[]> {
    const networks = await this.networks.require(rows.map((r) => r.network_id));
    return rows.map((r) => ({
      id: r.id,
      person,
      network: networks.get(r.network_id) as Network,
      role: r.role,
      confidence: r.confidence,
      validFrom: r.valid_from,
      validTo: r.valid_to,
    }));
  }

  async affiliations(principal: Principal, personId: string): Promise<Affiliation[]> {
    const m = this.uow.manager;
    const person = await this.toPerson(m, await this.visibleRow(m, principal, personId));
    return this.toAffiliations(person, await this.repository.affiliationsOf(m, personId));
  }

  async addAffiliation(
    principal: Principal,
    personId: string,
    networkId: string,
    role: AffiliationRole,
    confidence: Confidence,
    validFrom: string,
    validTo: string | null,
  ): Promise<Affiliation> {
    requireValidity(validFrom, validTo);
    return this.uow.transaction(async (m) => {
      const person = await this.toPerson(m, await this.visibleRow(m, principal, personId));
      await this.networks.require([networkId]);
      const row: AffiliationRow = {
        id: randomUUID(),
        person_id: personId,
        network_id: networkId,
        role,
        confidence,
        valid_from: validFrom,
        valid_to: validTo,
      };
      await this.repository.insertAffiliation(m, row);
      await this.factsChanges.record({ kind: 'affiliation', id: row.id });
      return (await this.toAffiliations(person, [row]))[0] as Affiliation;
    });
  }

  /**
   * A conflict with a person the caller can see counts at once. One with anyone else (another region's
   * person, or an id that names nobody: the two must look alike) waits for national coordination as a
   * link request; the answer is the same `true`, and the request shows on the case. Terms given (roles,
   * keep-apart scope, reason, review date) are kept with it either way: under the request's id, which the
   * conflict takes when approved. Adding a conflict that is open already changes nothing, terms included.
   */
  async addPersonalConflict(
    principal: Principal,
    personId: string,
    otherPersonId: string,
    kind: PersonalConflictKind,
    terms?: ConflictTermsInput | null,
  ): Promise<boolean> {
    if (personId === otherPersonId) throw new BadUserInputError('A person cannot be in conflict with themselves');
    if (!isUuid(otherPersonId)) throw new NotFoundError('Person not found');
    checkTerms(terms);
    return this.uow.transaction(async (m) => {
      await this.visibleRow(m, principal, personId);
      await this.noteLinked(otherPersonId);
      if (!(await this.mayName(m, principal, otherPersonId))) {
        const requestId = await this.requestLink(principal, {
          kind: 'PERSONAL_CONFLICT',
          caseId: null,
          personId,
          otherPersonId,
          conflictKind: kind,
        });
        if (hasTerms(terms)) await this.conflictTerms.write(m, requestId, personId, terms);
        return true;
      }
      const id = randomUUID();
      if (await this.repository.insertConflict(m, id, personId, otherPersonId, kind)) {
        if (hasTerms(terms)) await this.conflictTerms.write(m, id, personId, terms);
        await this.factsChanges.record({ kind: 'conflict', id });
      }
      return true;
    });
  }

  /** Every other person an operation names appears in the audit log beside it, seen or not. */
  async noteLinked(personId: string): Promise<void> {
    await this.trail.record({ action: AUDIT_ACTIONS.entityLinked, resourceType: 'person', resourceId: personId });
  }

  /** A link to a person the caller may not see, left for national coordination; audited with the id named. */
  async requestLink(
    principal: Principal,
    link: {
      kind: 'THREAT_ACTOR' | 'PERSONAL_CONFLICT';
      caseId: string | null;
      personId: string | null;
      otherPersonId: string;
      conflictKind: PersonalConflictKind | null;
    },
  ): Promise<string> {
    const id = randomUUID();
    await this.uow.transaction(async (m) => {
      await this.links.insert(m, {
        id,
        kind: link.kind,
        case_id: link.caseId,
        person_id: link.personId,
        other_person_id: link.otherPersonId,
        conflict_kind: link.conflictKind,
        requested_by: principal.sub,
        requested_region: principal.policeRegion ?? null,
      });
      await this.trail.record({ action: AUDIT_ACTIONS.linkRequested, resourceType: 'link_request', resourceId: id });
    });
    return id;
  }

  async setKnownLocation(
    principal: Principal,
    personId: string,
    municipalityCode: string,
    validFrom: string,
    validTo: string | null,
  ): Promise<boolean> {
    requireMunicipalityCode(municipalityCode);
    requireValidity(validFrom, validTo);
    return this.uow.transaction(async (m) => {
      await this.visibleRow(m, principal, personId);
      const key = await this.keys.networkIntelligence(m);
      const id = randomUUID();
      await this.repository.insertKnownLocation(m, {
        id,
        person_id: personId,
        municipality_sealed: new RowSealer(key, 'known_location', id).seal('municipality', municipalityCode),
        valid_from: validFrom,
        valid_to: validTo,
      });
      await this.factsChanges.record({ kind: 'known-location', id });
      return true;
    });
  }

  async setSurveillanceHold(principal: Principal, personId: string, active: boolean): Promise<boolean> {
    return this.uow.transaction(async (m) => {
      await this.visibleRow(m, principal, personId);
      await this.repository.setHold(m, personId, active);
      await this.factsChanges.record({ kind: 'hold', id: personId });
      return true;
    });
  }
}
