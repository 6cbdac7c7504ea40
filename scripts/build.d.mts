export const repoRoot: string;
export const serviceEntry: string;
export function serviceInputFiles(root?: string): string[];
export function serviceChange(root?: string): string | undefined;
export function buildService(): void;
export function consoleChange(): string | undefined;
export function buildConsole(): void;
export function build(options?: { service?: boolean; console?: boolean; force?: boolean }): void;
