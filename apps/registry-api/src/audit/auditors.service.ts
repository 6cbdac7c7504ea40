import { Inject, Injectable } from '@nestjs/common';
import {
  CASE_RESOURCE_TYPE,
  CHECKPOINT_RESOURCE_TYPE,
  DESTINATION_PROBE_RESOURCE_TYPE,
  MUNICIPAL_DESTINATION_RESOURCE_TYPE,
  findAnomalies,
  verifyStoredRange,
} from '@registry/audit';
import type { AnomalyKind, AuditEventRecord, ChainVerification } from '@registry/audit';
import { auditPublicKeys } from '@registry/crypto';
import { BadUserInputError } from '../common/errors.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { AppConfig } from '../config/configuration.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { KeyRingHolder } from '../protection/key-ring.holder.js';
import { decodeCursor, encodeCursor } from './audit-cursor.js';
import { AuditEventRepository, type AuditEventFilter } from './audit-event.repository.js';
import { AuditCheckpointRepository } from './audit-checkpoint.repository.js';
import type { AuditAnomaly, AuditAnomalyKind, AuditCheckpoint, AuditEventPage } from './models/audit-event.model.js';
import { PostgresAuditStore } from './postgres-audit-store.js';
import { PostgresCheckpointStore } from './postgres-checkpoint-store.js';

export const MAX_PAGE_SIZE = 500;
/** Events an export reads from the database at a time: the CSV streams, the log is never held in memory. */
export const EXPORT_BATCH_SIZE = 1_000;
const MAX_FILTER_LENGTH = 200;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Anomaly scans read every refusal and case access in the window: bounded so one query cannot read years. */
export const MAX_ANOMALY_WINDOW_DAYS = 31;
export const MAX_CHECKPOINTS = 100;
const ANOMALY_PAGE = 5_000;

const KINDS: Record<AnomalyKind, AuditAnomalyKind> = {
  refusals: 'REFUSALS',
  'distinct-cases': 'DISTINCT_CASES',
  'destinations-per-case': 'DESTINATIONS_PER_CASE',
  'municipal-destinations-per-case': 'MUNICIPAL_DESTINATIONS_PER_CASE',
  'link-requests': 'LINK_REQUESTS',
  'rankings-per-case': 'RANKINGS_PER_CASE',
  'checkpoint-refused': 'CHECKPOINT_REFUSED',
  'break-glass': 'BREAK_GLASS',
};

export interface AuditEventQuery extends AuditEventFilter {
  first: number;
  after?: string;
}

function checkFilter(name: string, value: string | undefined): void {
  if (value !== undefined && (value.length === 0 || value.length > MAX_FILTER_LENGTH)) {
    throw new BadUserInputError(`${name} must be 1 to ${MAX_FILTER_LENGTH} characters`);
  }
}

/** The auditors' view of the log: search it, verify it, and find who behaves oddly in it. */
@Injectable()
export class AuditorsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly events: AuditEventRepository,
    private readonly store: PostgresAuditStore,
    private readonly checkpoints: PostgresCheckpointStore,
    private readonly keyRing: KeyRingHolder,
    private readonly checkpointRows: AuditCheckpointRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The filter's rules, for the GraphQL query and the CSV export alike. */
  checkFilter(filter: AuditEventFilter): void {
    checkFilter('actor', filter.actor);
    checkFilter('action', filter.action);
    checkFilter('resourceId', filter.resourceId);
    if (filter.from && filter.to && filter.to < filter.from) throw new BadUserInputError('to is before from');
  }

  async search(query: AuditEventQuery): Promise<AuditEventPage> {
    const { first, after, ...filter } = query;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw new BadUserInputError(`first must be 1 to ${MAX_PAGE_SIZE}`);
    this.checkFilter(filter);
    const afterSeq = after === undefined ? 0 : decodeCursor(after);
    // One more than asked tells whether another page exists without a second query.
    const found = await this.events.search(this.uow.manager, filter, afterSeq, first + 1);
    const events = found.slice(0, first).map((event) => ({ ...event, personalErased: !!event.personal && event.personal.salt === null }));
    const last = events[events.length - 1];
    return { events, nextCursor: found.length > first && last ? encodeCursor(last.seq) : null };
  }

  /**
   * The events matching a checked filter, in chain order and in batches, as the log stood at this call:
   * events appended while the export runs (its own event among them) are not in it.
   */
  async exportEvents(filter: AuditEventFilter): Promise<AsyncIterable<AuditEventRecord[]>> {
    this.checkFilter(filter);
    const head = await this.events.head(this.uow.manager);
    const bounded: AuditEventFilter = { ...filter, throughSeq: head?.seq ?? 0 };
    const { events, uow } = this;
    return {
      async *[Symbol.asyncIterator]() {
        for (let afterSeq = 0; ;) {
          const batch = await events.search(uow.manager, bounded, afterSeq, EXPORT_BATCH_SIZE);
          if (batch.length > 0) yield batch;
          if (batch.length < EXPORT_BATCH_SIZE) return;
          afterSeq = batch[batch.length - 1]!.seq;
        }
      },
    };
  }

  async verify(fromSeq: number | undefined, toSeq: number | undefined): Promise<ChainVerification> {
    if (fromSeq !== undefined && fromSeq < 1) throw new BadUserInputError('fromSeq must be 1 or more');
    if (toSeq !== undefined && toSeq < (fromSeq ?? 1)) throw new BadUserInputError('toSeq is before fromSeq');
    // The current key and the retired ones: checkpoints signed before a rotation still verify.
    const keys = auditPublicKeys(this.keyRing.current).map(({ kty, crv, x, kid }) => ({ kty, crv, x, kid }));
    return verifyStoredRange(this.store, this.checkpoints, { fromSeq, toSeq }, keys, undefined, { origin: this.config.audit.origin });
  }

  async recentCheckpoints(last: number): Promise<AuditCheckpoint[]> {
    if (!Number.isInteger(last) || last < 1 || last > MAX_CHECKPOINTS)
      throw new BadUserInputError(`last must be from 1 to ${MAX_CHECKPOINTS}`);
    const rows = await this.checkpointRows.recent(this.uow.manager, last);
    return rows.map((row) => ({
      seq: row.seq,
      at: new Date(row.at),
      hash: row.hash,
      signature: (row.note ?? row.jws)!,
      note: row.note ?? null,
    }));
  }

  async anomalies(from: Date | undefined, to: Date | undefined): Promise<AuditAnomaly[]> {
    const end = to ?? new Date();
    const start = from ?? new Date(end.getTime() - DAY_MS);
    if (end < start) throw new BadUserInputError('to is before from');
    if (end.getTime() - start.getTime() > MAX_ANOMALY_WINDOW_DAYS * DAY_MS) {
      throw new BadUserInputError(`from and to may be at most ${MAX_ANOMALY_WINDOW_DAYS} days apart`);
    }
    const counted: AuditEventRecord[] = [];
    const types = [CASE_RESOURCE_TYPE, DESTINATION_PROBE_RESOURCE_TYPE, MUNICIPAL_DESTINATION_RESOURCE_TYPE, CHECKPOINT_RESOURCE_TYPE];
    for (let afterSeq = 0; ;) {
      const page = await this.events.forAnomalies(this.uow.manager, start, end, types, afterSeq, ANOMALY_PAGE);
      counted.push(...page);
      if (page.length < ANOMALY_PAGE) break;
      afterSeq = page[page.length - 1]!.seq;
    }
    return findAnomalies(counted).map((anomaly) => ({
      ...anomaly,
      kind: KINDS[anomaly.kind],
      municipalityCode: anomaly.municipalityCode ?? null,
      actorCount: anomaly.actorCount ?? null,
      limit: anomaly.limit ?? null,
    }));
  }
}
