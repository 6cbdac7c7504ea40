import { performance } from 'node:perf_hooks';

/**
 * What the start spends its time on: each step of the start marks its end, and the service logs the steps'
 * durations once it listens (docs/performance.md, "Start"; `npm run bench:start` reads that line). The first
 * step runs from the process's own start, so it holds Node's start and the loading of the code.
 */
const PREFIX = 'boot:';

export function markBoot(step: string): void {
  performance.mark(`${PREFIX}${step}`);
}

export interface BootStep {
  step: string;
  ms: number;
}

/** The marked steps in order, each with the time since the previous mark (the first: since the process began). */
export function bootSteps(): BootStep[] {
  let previous = 0;
  return performance
    .getEntriesByType('mark')
    .filter((mark) => mark.name.startsWith(PREFIX))
    .map((mark) => {
      const step = { step: mark.name.slice(PREFIX.length), ms: mark.startTime - previous };
      previous = mark.startTime;
      return step;
    });
}

/**
 * One line: the wall-clock total, the steps, and the processor time the process used meanwhile (all its
 * threads), which a machine busy with other work stretches far less than the wall clock.
 */
export function describeBoot(steps: BootStep[], cpu: NodeJS.CpuUsage = process.cpuUsage()): string {
  const total = steps.reduce((sum, step) => sum + step.ms, 0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return `Started in ${(total / 1000).toFixed(2)} s, CPU ${cpuSeconds.toFixed(2)} s (${steps.map((s) => `${s.step} ${(s.ms / 1000).toFixed(2)} s`).join(', ')})`;
}
