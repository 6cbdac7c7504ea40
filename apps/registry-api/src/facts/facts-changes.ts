import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work.js';

/** Why the checker's facts changed; stored in the re-check outbox, never anything protected. */
export type FactsChangeReason =
  | 'network'
  | 'presence'
  | 'relation'
  | 'affiliation'
  | 'conflict'
  | 'known-location'
  | 'hold'
  | 'assessment'
  | 'case'
  | 'proposal'
  | 'placement';

/**
 * Every write the checker reads calls `record` inside its own transaction: it bumps the facts version
 * (so every instance's decrypted cache knows it is stale) and leaves a re-check request in the outbox,
 * which commits or rolls back with the change itself, so a committed change is never left unchecked.
 */
@Injectable()
export class FactsChanges {
  constructor(private readonly uow: UnitOfWork) {}

  async record(reason: FactsChangeReason): Promise<void> {
    if (!this.uow.inTransaction) throw new Error('FactsChanges.record must run inside the write transaction');
    const m = this.uow.manager;
    await m.query("UPDATE facts_version SET version = nextval('facts_version_seq') WHERE singleton = 1");
    await m.query('INSERT INTO recheck_outbox (reason) VALUES ($1)', [reason]);
  }

  async currentVersion(): Promise<number> {
    const rows = (await this.uow.manager.query('SELECT version FROM facts_version WHERE singleton = 1')) as { version: string }[];
    return Number(rows[0]?.version ?? 0);
  }
}
