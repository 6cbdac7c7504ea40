import { buildNextEvent } from '@registry/audit';
import type { AuditChainHead, AuditEventDraft, AuditEventRecord, AuditStore } from '@registry/audit';
import type { EntityManager } from 'typeorm';
import type { AuditDatabase } from './audit-database.js';
import { AuditEventRepository } from './audit-event.repository.js';

/** `drafts` as the events that follow `head`, in order. */
export function chainAfter(head: AuditChainHead | null, drafts: readonly AuditEventDraft[]): AuditEventRecord[] {
  const records: AuditEventRecord[] = [];
  for (const draft of drafts) {
    const record = buildNextEvent(records[records.length - 1] ?? head, draft);
    records.push(record);
  }
  return records;
}

/**
 * Appends `drafts` after the chain's head. The caller holds the chain lock (`lockChain`) in the same
 * transaction, so the head cannot move until it commits; the seq primary key refuses a fork regardless.
 */
export async function appendAfterHead(
  m: EntityManager,
  events: AuditEventRepository,
  drafts: readonly AuditEventDraft[],
  pendingIds?: readonly string[],
): Promise<AuditEventRecord[]> {
  const records = chainAfter(await events.head(m), drafts);
  await events.insert(m, records, pendingIds);
  return records;
}

/**
 * The audit chain on PostgreSQL, as libs/audit's AuditStore. `append` writes straight into the chain
 * inside the caller's transaction, holding the chain lock until that transaction ends: right for a tool
 * appending now and then. The service stages its events instead (AuditTrail, AuditChainWriter), so that
 * no request holds the one lock every instance shares.
 */
export class PostgresAuditStore implements AuditStore {
  constructor(
    private readonly db: AuditDatabase,
    private readonly events: AuditEventRepository = new AuditEventRepository(),
  ) {}

  async append(draft: AuditEventDraft): Promise<AuditEventRecord> {
    const [record] = await this.appendAll([draft]);
    return record as AuditEventRecord;
  }

  /** Appends events in order, in one transaction (the caller's, if one is open). */
  async appendAll(drafts: readonly AuditEventDraft[]): Promise<AuditEventRecord[]> {
    if (drafts.length === 0) return [];
    return this.db.transaction(async (m) => {
      await this.events.lockChain(m);
      return appendAfterHead(m, this.events, drafts);
    });
  }

  readPage(afterSeq: number, limit: number): Promise<readonly AuditEventRecord[]> {
    return this.events.page(this.db.manager, afterSeq, limit);
  }

  head(): Promise<AuditChainHead | null> {
    return this.events.head(this.db.manager);
  }
}
