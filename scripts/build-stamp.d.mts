export interface Stamp {
  version: number;
  files: Record<string, { size: number; mtimeMs: number; sha256: string }>;
  /** scripts/build.mjs: tsc's own record of its last run, when the stamp was written */
  compiler?: string;
}
export function inputFiles(root: string, inputs: string[], skip?: (relativePath: string) => boolean): string[];
export function takeStamp(root: string, files: string[]): Stamp;
export function readStamp(stampFile: string): Stamp | undefined;
export function writeStamp(stampFile: string, stamp: Stamp): void;
export function changeSince(stamp: Stamp | undefined, root: string, files: string[]): string | undefined;
