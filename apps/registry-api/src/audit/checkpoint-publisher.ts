import { Logger } from '@nestjs/common';
import { archiveName, openLogCheckpoint, submitToWitness } from '@registry/audit';
import type { CheckpointArchive, Ed25519Jwk, NoteKey, SignedCheckpoint } from '@registry/audit';

/** One witness the service asks to cosign: its add-checkpoint URL prefix and its verifier key. */
export interface WitnessEndpoint {
  url: string;
  key: NoteKey;
}

/** What became of one checkpoint outside the database. */
export interface Publication {
  archived: boolean;
  /** Witness key names that cosigned. */
  cosignedBy: string[];
  /** Witnesses that refused, with why (a consistency failure or a conflicting root is an alarm). */
  refusedBy: { name: string; reason: string }[];
}

/**
 * Ships every checkpoint out of the database: to the append-only archive (file: directory, or later an
 * object store), and to each witness with a consistency proof from the size that witness last cosigned
 * (learnt from its 409 answer the first time). The cosigned note goes to the archive and back to the caller,
 * which stores it. Failures here never stop signing: they are logged, counted and returned.
 */
export class CheckpointPublisher {
  private readonly logger = new Logger('AuditCheckpoints');
  /** The size each witness last cosigned, as far as this instance knows. */
  private readonly witnessSizes = new Map<string, number>();

  constructor(
    readonly archive: CheckpointArchive | null,
    readonly witnesses: readonly WitnessEndpoint[],
    private readonly publicJwk: Ed25519Jwk,
  ) {}

  async publish(
    checkpoint: SignedCheckpoint,
    proofFrom: (oldSize: number) => Promise<Buffer[]>,
  ): Promise<Publication & { cosigned: { witness: string; note: string }[] }> {
    const note = checkpoint.note!;
    const result = {
      archived: false,
      cosignedBy: [] as string[],
      refusedBy: [] as { name: string; reason: string }[],
      cosigned: [] as { witness: string; note: string }[],
    };
    if (this.archive !== null) {
      try {
        await this.archive.put(archiveName(checkpoint.seq, checkpoint.at, 'log'), note);
        result.archived = true;
      } catch (error) {
        this.logger.error(`Audit checkpoint ${checkpoint.seq} not archived: ${(error as { code?: string }).code ?? (error as Error).name}`);
      }
    }
    for (const witness of this.witnesses) {
      try {
        const lines = await this.cosign(witness, checkpoint, proofFrom);
        const cosignedNote = note + lines;
        // Only a cosignature that verifies under the configured witness key counts.
        const opened = openLogCheckpoint(cosignedNote, this.publicJwk, { witnesses: [witness.key] });
        if (!opened.cosigners.some((c) => c.name === witness.key.name)) throw new Error('the witness answered without a valid cosignature');
        result.cosignedBy.push(witness.key.name);
        result.cosigned.push({ witness: witness.key.name, note: cosignedNote });
        if (this.archive !== null) {
          await this.archive
            .put(archiveName(checkpoint.seq, checkpoint.at, `cosigned-${safeName(witness.key.name)}`), cosignedNote)
            .catch((error: unknown) => {
              this.logger.error(`Cosigned checkpoint ${checkpoint.seq} not archived: ${(error as { code?: string }).code ?? 'error'}`);
            });
        }
      } catch (error) {
        result.refusedBy.push({ name: witness.key.name, reason: (error as Error).message });
      }
    }
    return result;
  }

  private async cosign(
    witness: WitnessEndpoint,
    checkpoint: SignedCheckpoint,
    proofFrom: (oldSize: number) => Promise<Buffer[]>,
  ): Promise<string> {
    let oldSize = Math.min(this.witnessSizes.get(witness.url) ?? 0, checkpoint.seq);
    // At most one retry: after a 409 the witness has told us its size.
    for (let attempt = 0; attempt < 2; attempt++) {
      const proof = oldSize === 0 || oldSize === checkpoint.seq ? [] : await proofFrom(oldSize);
      const reply = await submitToWitness(witness.url, oldSize, proof, checkpoint.note!);
      if (reply.kind === 'cosigned') {
        this.witnessSizes.set(witness.url, checkpoint.seq);
        return reply.lines;
      }
      if (reply.kind === 'conflict' && reply.size !== null && reply.size !== oldSize && reply.size <= checkpoint.seq) {
        oldSize = reply.size;
        continue;
      }
      if (reply.kind === 'conflict') {
        throw new Error(
          reply.size !== null && reply.size > checkpoint.seq
            ? `the witness has cosigned a larger tree (${reply.size}) than this checkpoint (${checkpoint.seq})`
            : `conflict: ${reply.message}`,
        );
      }
      throw new Error(`refused with ${reply.status}: ${reply.message}`);
    }
    throw new Error('the witness kept answering 409');
  }
}

function safeName(name: string): string {
  return name.replace(/[^a-z0-9.-]+/gi, '-');
}
