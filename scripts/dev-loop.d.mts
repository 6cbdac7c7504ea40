import type { ChildProcess } from 'node:child_process';

export interface DevLoopOptions {
  roots: string[];
  relevant: (path: string) => boolean;
  build: () => void;
  start: () => ChildProcess;
  say: (line: string) => void;
  debounceMs?: number;
}
export interface DevLoop {
  settled(): Promise<void>;
  close(): Promise<void>;
  readonly child: ChildProcess | undefined;
}
export function devLoop(options: DevLoopOptions): DevLoop;
