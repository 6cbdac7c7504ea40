import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ActualArea as ActualAreaFact } from '@registry/checker';
import type { Principal } from '@registry/auth';
import { todayInSweden } from '../common/calendar.js';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import { isUuid, requireMunicipalityCode, requireValidity } from '../common/input-rules.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { FactsChanges } from '../facts/facts-changes.js';
import { PersonRepository } from '../persons/person.repository.js';
import { PersonsService } from '../persons/persons.service.js';
import { DataKeysService } from '../protection/data-keys.service.js';
import { RowSealer } from '../protection/sealer.js';
import { ActualAreaRepository, type ActualAreaRow } from './actual-area.repository.js';
import type { ActualAreaInput } from './dto/actual-area.input.js';
import type { ActualArea } from './models/actual-area.model.js';

/**
 * Actual areas: where a person really lives or spends time (police intelligence). Scoped exactly like the
 * person's other intelligence (known locations, affiliations): a caller reads or writes them only when it
 * may see the person in detail (PersonsService.visibleRow: region need-to-know, then case access), and an
 * area of a person it may not see answers as an id that does not exist. Sealed under the person's own key.
 */
@Injectable()
export class ActualAreasService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly persons: PersonsService,
    private readonly personRows: PersonRepository,
    private readonly keys: DataKeysService,
    private readonly repository: ActualAreaRepository,
    private readonly factsChanges: FactsChanges,
  ) {}

  private async sealerFor(m: EntityManager, personId: string, areaId: string): Promise<RowSealer> {
    const person = await this.personRows.find(m, personId);
    if (!person) throw new NotFoundError('Person not found');
    return new RowSealer(await this.keys.get(m, person.data_key_id), 'actual_area', areaId);
  }

  private opened(row: ActualAreaRow, sealer: RowSealer): ActualArea {
    return {
      id: row.id,
      personId: row.person_id,
      municipalityCode: sealer.open('municipality', row.municipality_sealed),
      kind: row.kind,
      confidence: row.confidence,
      validFrom: row.valid_from,
      validTo: row.valid_to,
      sourceNote: sealer.openOptional('source_note', row.source_note_sealed),
      ended: row.ended_at !== null,
    };
  }

  async list(principal: Principal, personId: string): Promise<ActualArea[]> {
    const m = this.uow.manager;
    const person = await this.persons.visibleRow(m, principal, personId);
    const key = await this.keys.get(m, person.data_key_id);
    return (await this.repository.ofPersons(m, [person.id])).map((row) => this.opened(row, new RowSealer(key, 'actual_area', row.id)));
  }

  async add(principal: Principal, input: ActualAreaInput): Promise<ActualArea> {
    requireMunicipalityCode(input.municipalityCode);
    requireValidity(input.validFrom, input.validTo);
    return this.uow.transaction(async (m) => {
      const person = await this.persons.visibleRow(m, principal, input.personId);
      const id = randomUUID();
      const sealer = new RowSealer(await this.keys.get(m, person.data_key_id), 'actual_area', id);
      const row: Omit<ActualAreaRow, 'ended_at'> = {
        id,
        person_id: person.id,
        municipality_sealed: sealer.seal('municipality', input.municipalityCode),
        source_note_sealed: sealer.sealOptional('source_note', input.sourceNote),
        kind: input.kind,
        confidence: input.confidence,
        valid_from: input.validFrom,
        valid_to: input.validTo ?? null,
      };
      await this.repository.insert(m, row);
      // Household facts: every cached household the person is in is dropped, and placements re-checked.
      await this.factsChanges.record({ kind: 'actual-area', id: person.id });
      return this.opened({ ...row, ended_at: null }, sealer);
    });
  }

  /** Ends an area on `endDate` (default today); the area stays on record, counting only up to that day. */
  async end(principal: Principal, id: string, endDate?: string | null): Promise<ActualArea> {
    const validTo = endDate ?? todayInSweden();
    return this.uow.transaction(async (m) => {
      const row = isUuid(id) ? await this.repository.find(m, id, true) : undefined;
      // An area of a person the caller may not see answers as one that does not exist.
      if (!row || !(await this.persons.mayName(m, principal, row.person_id))) throw new NotFoundError('Actual area not found');
      if (row.ended_at !== null) throw new BadUserInputError('The actual area has already been ended');
      if (validTo < row.valid_from) throw new BadUserInputError('endDate is before the area’s validFrom');
      await this.repository.end(m, id, validTo);
      await this.factsChanges.record({ kind: 'actual-area', id: row.person_id });
      const ended = (await this.repository.find(m, id))!;
      return this.opened(ended, await this.sealerFor(m, row.person_id, id));
    });
  }

  /** The checker's view of these persons' areas, opened with each person's key: person id → areas. */
  async factsOf(m: EntityManager, personIds: readonly string[]): Promise<Map<string, ActualAreaFact[]>> {
    const byPerson = new Map<string, ActualAreaFact[]>();
    const rows = await this.repository.ofPersons(m, personIds);
    if (rows.length === 0) return byPerson;
    const people = new Map((await this.personRows.findMany(m, [...new Set(rows.map((row) => row.person_id))])).map((p) => [p.id, p]));
    for (const row of rows) {
      const person = people.get(row.person_id)!;
      const sealer = new RowSealer(await this.keys.get(m, person.data_key_id), 'actual_area', row.id);
      const list = byPerson.get(row.person_id) ?? [];
      list.push({
        municipalityCode: sealer.open('municipality', row.municipality_sealed),
        kind: row.kind,
        confidence: row.confidence,
        validFrom: row.valid_from,
        validTo: row.valid_to,
      });
      byPerson.set(row.person_id, list);
    }
    return byPerson;
  }
}
