import { formatAddCheckpoint } from './witness.js';

/** What a witness answered to add-checkpoint. */
export type WitnessReply =
  | { kind: 'cosigned'; lines: string }
  | { kind: 'conflict'; size: number | null; message: string }
  | { kind: 'refused'; status: number; message: string };

/** POSTs a checkpoint with its consistency proof from `oldSize` to `<url>/add-checkpoint`. */
export async function submitToWitness(
  url: string,
  oldSize: number,
  proof: Buffer[],
  note: string,
  timeoutMs = 10_000,
): Promise<WitnessReply> {
  const response = await fetch(`${url.replace(/\/$/, '')}/add-checkpoint`, {
    method: 'POST',
    body: formatAddCheckpoint({ oldSize, proof, note }),
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  if (response.status === 200) return { kind: 'cosigned', lines: text };
  const message = text.slice(0, 200).trim();
  if (response.status === 409) {
    const isSize = response.headers.get('content-type')?.startsWith('text/x.tlog.size') && /^\d+\n?$/.test(text);
    return { kind: 'conflict', size: isSize ? Number(text.trim()) : null, message };
  }
  return { kind: 'refused', status: response.status, message };
}
