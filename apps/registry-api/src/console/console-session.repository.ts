import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type SignInKind = 'development' | 'oidc';

/** A console_session row; the secret itself is never here. */
export interface ConsoleSessionRow {
  secretHash: Buffer;
  signIn: SignInKind;
  sub: string;
  roles: string[];
  policeRegion: string | null;
  municipalityCode: string | null;
  purpose: string | null;
  createdAt: Date;
  lastSeenAt: Date;
}

interface StoredRow {
  secret_hash: Buffer;
  sign_in: SignInKind;
  sub: string;
  roles: string[];
  police_region: string | null;
  municipality_code: string | null;
  purpose: string | null;
  created_at: Date;
  last_seen_at: Date;
}

function toRow(row: StoredRow): ConsoleSessionRow {
  return {
    secretHash: row.secret_hash,
    signIn: row.sign_in,
    sub: row.sub,
    roles: row.roles,
    policeRegion: row.police_region,
    municipalityCode: row.municipality_code,
    purpose: row.purpose,
    createdAt: new Date(row.created_at),
    lastSeenAt: new Date(row.last_seen_at),
  };
}

/** SQL for console_session and console_sign_in. Times come from the service's clock, never the database's. */
@Injectable()
export class ConsoleSessionRepository {
  async insert(m: EntityManager, row: ConsoleSessionRow): Promise<void> {
    await m.query(
      `INSERT INTO console_session (secret_hash, sign_in, sub, roles, police_region, municipality_code, purpose, created_at, last_seen_at)
       VALUES ($1, $2, $3, $4::text[], $5, $6, $7, $8, $9)`,
      [row.secretHash, row.signIn, row.sub, row.roles, row.policeRegion, row.municipalityCode, row.purpose, row.createdAt, row.lastSeenAt],
    );
  }

  async find(m: EntityManager, secretHash: Buffer): Promise<ConsoleSessionRow | null> {
    const rows = (await m.query(
      `SELECT secret_hash, sign_in, sub, roles, police_region, municipality_code, purpose, created_at, last_seen_at
         FROM console_session WHERE secret_hash = $1`,
      [secretHash],
    )) as StoredRow[];
    return rows[0] ? toRow(rows[0]) : null;
  }

  async touch(m: EntityManager, secretHash: Buffer, at: Date): Promise<void> {
    await m.query('UPDATE console_session SET last_seen_at = $2 WHERE secret_hash = $1 AND last_seen_at < $2', [secretHash, at]);
  }

  async setPurpose(m: EntityManager, secretHash: Buffer, purpose: string | null): Promise<void> {
    await m.query('UPDATE console_session SET purpose = $2 WHERE secret_hash = $1', [secretHash, purpose]);
  }

  async delete(m: EntityManager, secretHash: Buffer): Promise<void> {
    await m.query('DELETE FROM console_session WHERE secret_hash = $1', [secretHash]);
  }

  /** Sessions idle since before `idleBefore` or begun before `begunBefore`. */
  async deleteExpired(m: EntityManager, idleBefore: Date, begunBefore: Date): Promise<void> {
    await m.query('DELETE FROM console_session WHERE last_seen_at < $1 OR created_at < $2', [idleBefore, begunBefore]);
  }

  async insertSignIn(m: EntityManager, secretHash: Buffer, at: Date): Promise<void> {
    await m.query('INSERT INTO console_sign_in (secret_hash, created_at) VALUES ($1, $2)', [secretHash, at]);
  }

  /** Removes the sign-in and says when it began: it can be finished once at most. */
  async takeSignIn(m: EntityManager, secretHash: Buffer): Promise<Date | null> {
    const rows = (await m.query('DELETE FROM console_sign_in WHERE secret_hash = $1 RETURNING created_at', [secretHash])) as [
      { created_at: Date }[],
      number,
    ];
    const row = rows[0]?.[0];
    return row ? new Date(row.created_at) : null;
  }

  async deleteSignInsBefore(m: EntityManager, before: Date): Promise<void> {
    await m.query('DELETE FROM console_sign_in WHERE created_at < $1', [before]);
  }
}
