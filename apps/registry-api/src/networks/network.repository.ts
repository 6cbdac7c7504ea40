import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Confidence, NetworkCategory, NetworkRelationKind, Reach } from '@registry/checker';
import { RowIntegrity } from '../protection/row-integrity.service.js';
import { PROOF } from '../protection/row-proofs.js';

export interface NetworkRow {
  id: string;
  name_sealed: Buffer;
  category: NetworkCategory;
  reach: Reach;
}

export interface PresenceRow {
  id: string;
  network_id: string;
  municipality_sealed: Buffer;
  confidence: Confidence;
  valid_from: string;
  valid_to: string | null;
}

export interface RelationRow {
  id: string;
  network_a_id: string;
  network_b_id: string;
  kind: NetworkRelationKind;
  valid_from: string;
  valid_to: string | null;
}

const DATE = (column: string) => `to_char(${column}, 'YYYY-MM-DD') AS ${column}`;
const PRESENCE_COLUMNS = `id, network_id, municipality_sealed, confidence, ${DATE('valid_from')}, ${DATE('valid_to')}, ${PROOF('network_presence')}`;
const RELATION_COLUMNS = `id, network_a_id, network_b_id, kind, ${DATE('valid_from')}, ${DATE('valid_to')}, ${PROOF('network_relation')}`;

/** SQL for networks, presences and relations. Sealed columns go in and come out as bytes. */
@Injectable()
export class NetworkRepository {
  constructor(private readonly integrity: RowIntegrity) {}

  async insertNetwork(m: EntityManager, row: NetworkRow & { data_key_id: string }): Promise<void> {
    await m.query('INSERT INTO network (id, data_key_id, name_sealed, category, reach) VALUES ($1, $2, $3, $4, $5)', [
      row.id,
      row.data_key_id,
      row.name_sealed,
      row.category,
      row.reach,
    ]);
  }

  async all(m: EntityManager): Promise<NetworkRow[]> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT id, name_sealed, category, reach, ${PROOF('network')} FROM network ORDER BY created_at, id`)) as NetworkRow[],
    );
  }

  async byIds(m: EntityManager, ids: readonly string[]): Promise<NetworkRow[]> {
    if (ids.length === 0) return [];
    return this.integrity.verifyRows(
      (await m.query(`SELECT id, name_sealed, category, reach, ${PROOF('network')} FROM network WHERE id = ANY($1::uuid[])`, [
        ids,
      ])) as NetworkRow[],
    );
  }

  async insertPresence(m: EntityManager, row: PresenceRow): Promise<void> {
    await m.query(
      'INSERT INTO network_presence (id, network_id, municipality_sealed, confidence, valid_from, valid_to) VALUES ($1, $2, $3, $4, $5, $6)',
      [row.id, row.network_id, row.municipality_sealed, row.confidence, row.valid_from, row.valid_to],
    );
  }

  async presencesOf(m: EntityManager, networkId: string): Promise<PresenceRow[]> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${PRESENCE_COLUMNS} FROM network_presence WHERE network_id = $1 ORDER BY valid_from, id`, [
        networkId,
      ])) as PresenceRow[],
    );
  }

  async allPresences(m: EntityManager): Promise<PresenceRow[]> {
    return this.integrity.verifyRows((await m.query(`SELECT ${PRESENCE_COLUMNS} FROM network_presence`)) as PresenceRow[]);
  }

  async insertRelation(m: EntityManager, row: RelationRow): Promise<void> {
    await m.query(
      'INSERT INTO network_relation (id, network_a_id, network_b_id, kind, valid_from, valid_to) VALUES ($1, $2, $3, $4, $5, $6)',
      [row.id, row.network_a_id, row.network_b_id, row.kind, row.valid_from, row.valid_to],
    );
  }

  /** Relations of the same pair whose validity overlaps [from, to] (open ends are unbounded). */
  async overlappingRelations(m: EntityManager, a: string, b: string, from: string, to: string | null): Promise<number> {
    const rows = (await m.query(
      `SELECT count(*)::int AS n FROM network_relation
        WHERE network_a_id = $1 AND network_b_id = $2
          AND daterange(valid_from, valid_to, '[]') && daterange($3::date, $4::date, '[]')`,
      [a, b, from, to],
    )) as { n: number }[];
    return rows[0]?.n ?? 0;
  }

  async relationsOf(m: EntityManager, networkId: string): Promise<RelationRow[]> {
    return this.integrity.verifyRows(
      (await m.query(
        `SELECT ${RELATION_COLUMNS} FROM network_relation WHERE network_a_id = $1 OR network_b_id = $1 ORDER BY valid_from, id`,
        [networkId],
      )) as RelationRow[],
    );
  }

  async allRelations(m: EntityManager): Promise<RelationRow[]> {
    return this.integrity.verifyRows((await m.query(`SELECT ${RELATION_COLUMNS} FROM network_relation`)) as RelationRow[]);
  }

  async relation(m: EntityManager, id: string): Promise<RelationRow | undefined> {
    const rows = this.integrity.verifyRows(
      (await m.query(`SELECT ${RELATION_COLUMNS} FROM network_relation WHERE id = $1 FOR UPDATE`, [id])) as RelationRow[],
    );
    return rows[0];
  }

  async endRelation(m: EntityManager, id: string, validTo: string): Promise<void> {
    await m.query('UPDATE network_relation SET valid_to = $2 WHERE id = $1', [id, validTo]);
  }
}
