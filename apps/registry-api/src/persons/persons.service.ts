import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AffiliationRole, Confidence, PersonalConflictKind } from '@registry/checker';
import { blindIndex, normaliseIdentityNumber, type KeyRing } from '@registry/crypto';
import { hasRole, type Principal } from '@registry/auth';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import { isUuid, requireMunicipalityCode, requireValidity } from '../common/input-rules.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { FactsChanges } from '../facts/facts-changes.js';
import type { Network } from '../networks/models/network.model.js';
import { NetworksService } from '../networks/networks.service.js';
import { DataKeysService } from '../protection/data-keys.service.js';
import { KeyRingHolder } from '../protection/key-ring.holder.js';
import { RowSealer } from '../protection/sealer.js';
import type { PersonInput } from './dto/person.input.js';
import type { Affiliation, Person } from './models/person.model.js';
import { PersonRepository, type AffiliationRow, type PersonRow } from './person.repository.js';

/** The blind index's column label: its key is derived per column, so indexes of two columns never match. */
const IDENTITY_INDEX_COLUMN = 'person.identity_number';

const UNIQUE_VIOLATION = '23505';

function identityIndex(ring: KeyRing, input: string): Buffer {
  return Buffer.from(blindIndex(ring, IDENTITY_INDEX_COLUMN, normaliseIdentityNumber(input)));
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
  ) {}

  async toPerson(m: EntityManager, row: PersonRow): Promise<Person> {
    const sealer = new RowSealer(await this.keys.get(m, row.data_key_id), 'person', row.id);
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
   * A regional unit never sees another region's protected person; the answer is NOT_FOUND, the same as
   * for an id that does not exist, so a probe learns nothing.
   */
  async visibleRow(m: EntityManager, principal: Principal, id: string): Promise<PersonRow> {
    const row = isUuid(id) ? await this.repository.find(m, id) : undefined;
    if (!row) throw new NotFoundError('Person not found');
    if (!hasRole(principal, 'POLICE_NATIONAL')) {
      const regions = await this.repository.caseRegions(m, id);
      if (regions.length > 0 && !regions.includes(principal.policeRegion as never)) throw new NotFoundError('Person not found');
    }
    return row;
  }

  async register(input: PersonInput): Promise<Person> {
    const index = input.personalIdentityNumber ? identityIndex(this.keyRing.current, input.personalIdentityNumber) : null;
    return this.uow.transaction(async (m) => {
      if (index && (await this.repository.findByIdentityIndex(m, index))) {
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
        birth_year_sealed: sealer.sealOptional(
          'birth_year',
          input.birthYear === null || input.birthYear === undefined ? null : String(input.birthYear),
        ),
        surveillance_hold: false,
      };
      try {
        await this.repository.insert(m, row);
      } catch (error) {
        // Two registrations of one number at once: the unique index decides, the loser gets the same answer.
        if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) {
          throw new BadUserInputError('A person with this identity number is already registered');
        }
        throw error;
      }
      return this.toPerson(m, row);
    });
  }

  async find(principal: Principal, id: string): Promise<Person> {
    const m = this.uow.manager;
    return this.toPerson(m, await this.visibleRow(m, principal, id));
  }

  /** A search: no match and a match the caller may not see are the same answer, null. */
  async findByIdentityNumber(principal: Principal, identityNumber: string): Promise<Person | null> {
    const m = this.uow.manager;
    const row = await this.repository.findByIdentityIndex(m, identityIndex(this.keyRing.current, identityNumber));
    if (!row) return null;
    try {
      return await this.find(principal, row.id);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
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
      await this.factsChanges.record('affiliation');
      return (await this.toAffiliations(person, [row]))[0] as Affiliation;
    });
  }

  async addPersonalConflict(principal: Principal, personId: string, otherPersonId: string, kind: PersonalConflictKind): Promise<boolean> {
    if (personId === otherPersonId) throw new BadUserInputError('A person cannot be in conflict with themselves');
    return this.uow.transaction(async (m) => {
      await this.visibleRow(m, principal, personId);
      // The other party may be another region's protected person: it must exist, but need not be visible.
      if (!isUuid(otherPersonId) || !(await this.repository.find(m, otherPersonId))) throw new NotFoundError('Person not found');
      await this.repository.insertConflict(m, randomUUID(), personId, otherPersonId, kind);
      await this.factsChanges.record('conflict');
      return true;
    });
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
      await this.factsChanges.record('known-location');
      return true;
    });
  }

  async setSurveillanceHold(personId: string, active: boolean): Promise<boolean> {
    return this.uow.transaction(async (m) => {
      if (!isUuid(personId) || !(await this.repository.find(m, personId))) throw new NotFoundError('Person not found');
      await this.repository.setHold(m, personId, active);
      await this.factsChanges.record('hold');
      return true;
    });
  }
}
