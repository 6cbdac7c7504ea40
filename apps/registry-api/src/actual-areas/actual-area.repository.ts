import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ActualAreaKind, Confidence } from '@registry/checker';
import { updatedRows } from '@registry/database';
import { RowIntegrity } from '../protection/row-integrity.service.js';
import { PROOF } from '../protection/row-proofs.js';

export interface ActualAreaRow {
  id: string;
  person_id: string;
  municipality_sealed: Buffer;
  source_note_sealed: Buffer | null;
  kind: ActualAreaKind;
  confidence: Confidence;
  valid_from: string;
  valid_to: string | null;
  ended_at: Date | null;
}

const DAY = (column: string) => `to_char(${column}, 'YYYY-MM-DD') AS ${column}`;
const COLUMNS = `id, person_id, municipality_sealed, source_note_sealed, kind, confidence, ${DAY('valid_from')}, ${DAY('valid_to')}, ended_at, ${PROOF('actual_area')}`;

/** SQL for actual areas; every row read is proven (RowIntegrity) before anything uses its plaintext columns. */
@Injectable()
export class ActualAreaRepository {
  constructor(private readonly integrity: RowIntegrity) {}

  async insert(m: EntityManager, row: Omit<ActualAreaRow, 'ended_at'>): Promise<void> {
    await m.query(
      `INSERT INTO actual_area (id, person_id, municipality_sealed, source_note_sealed, kind, confidence, valid_from, valid_to)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [row.id, row.person_id, row.municipality_sealed, row.source_note_sealed, row.kind, row.confidence, row.valid_from, row.valid_to],
    );
  }

  async find(m: EntityManager, id: string, lock = false): Promise<ActualAreaRow | undefined> {
    const rows = (await m.query(`SELECT ${COLUMNS} FROM actual_area WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id])) as ActualAreaRow[];
    return this.integrity.verifyRows(rows)[0];
  }

  /** The areas of these persons, oldest first. */
  async ofPersons(m: EntityManager, personIds: readonly string[]): Promise<ActualAreaRow[]> {
    if (personIds.length === 0) return [];
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${COLUMNS} FROM actual_area WHERE person_id = ANY($1::uuid[]) ORDER BY valid_from, recorded_at, id`, [
        personIds,
      ])) as ActualAreaRow[],
    );
  }

  /** Ends an area on `validTo` (never later than it already ends); false when it was ended already. */
  async end(m: EntityManager, id: string, validTo: string): Promise<boolean> {
    const rows = updatedRows<{ id: string }>(
      await m.query(
        `UPDATE actual_area SET valid_to = LEAST(coalesce(valid_to, $2::date), $2::date), ended_at = clock_timestamp()
          WHERE id = $1 AND ended_at IS NULL RETURNING id`,
        [id, validTo],
      ),
    );
    return rows.length > 0;
  }
}
