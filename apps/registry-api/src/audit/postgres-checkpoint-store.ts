import { decodeProtectedHeader } from 'jose';
import { parseNote } from '@registry/audit';
import type { AuditCheckpointStore, SignedCheckpoint } from '@registry/audit';
import type { AuditDatabase } from './audit-database.js';
import { AuditCheckpointRepository } from './audit-checkpoint.repository.js';

/** Signed checkpoints on PostgreSQL. Signing (and deciding when) is the CheckpointScheduler's job. */
export class PostgresCheckpointStore implements AuditCheckpointStore {
  constructor(
    private readonly db: AuditDatabase,
    private readonly checkpoints: AuditCheckpointRepository = new AuditCheckpointRepository(),
  ) {}

  async save(checkpoint: SignedCheckpoint): Promise<void> {
    await this.db.transaction((m) => this.checkpoints.insert(m, checkpoint, keyIdOfCheckpoint(checkpoint)));
  }

  latest(): Promise<SignedCheckpoint | null> {
    return this.checkpoints.latest(this.db.manager);
  }

  list(fromSeq: number, toSeq: number | null): Promise<readonly SignedCheckpoint[]> {
    return this.checkpoints.list(this.db.manager, fromSeq, toSeq);
  }

  frontierAtOrBefore(seq: number): Promise<SignedCheckpoint | null> {
    return this.checkpoints.frontierAtOrBefore(this.db.manager, seq);
  }
}

/** The `kid` the checkpoint was signed under (the key's RFC 7638 thumbprint unless the key names itself). */
export function keyIdOf(jws: string): string {
  const { kid } = decodeProtectedHeader(jws);
  if (typeof kid !== 'string' || kid === '') throw new TypeError('checkpoint has no key id');
  return kid;
}

/** The key a checkpoint was signed under: a JWS's `kid`, or a note's first signature's 4-byte key ID in hex. */
export function keyIdOfCheckpoint(checkpoint: SignedCheckpoint): string {
  if (checkpoint.note !== undefined) {
    const [first] = parseNote(checkpoint.note).signatures;
    if (first === undefined) throw new TypeError('checkpoint note has no signature');
    return first.keyId.toString('hex');
  }
  if (checkpoint.jws === undefined) throw new TypeError('checkpoint has neither a note nor a jws');
  return keyIdOf(checkpoint.jws);
}
