import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEPLOY_DIR = join(ROOT, 'deploy');
export const COMPOSE_FILE = join(ROOT, 'docker', 'compose.yaml');
export const DOCKERFILE = join(ROOT, 'docker', 'Dockerfile');
export const DOCKERIGNORE = join(ROOT, '.dockerignore');

/** Kubernetes reads manifests as YAML 1.1 (sigs.k8s.io/yaml): `0400` is octal, `yes` is a boolean. */
export const KUBERNETES_YAML: ParseOptions & DocumentOptions & SchemaOptions = { version: '1.1' };
/** Compose reads YAML 1.2 with `<<` merge keys. */
export const COMPOSE_YAML: ParseOptions & DocumentOptions & SchemaOptions = { version: '1.2', merge: true };

export interface ParsedFile {
  file: string;
  documents: unknown[];
  errors: string[];
}

export function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.ya?ml$/.test(path))
    .map((path) => join(dir, path))
    .sort();
}

export function parseYamlFile(file: string, options: ParseOptions & DocumentOptions & SchemaOptions): ParsedFile {
  const errors: string[] = [];
  const documents: unknown[] = [];
  for (const document of parseAllDocuments(readFileSync(file, 'utf8'), options)) {
    errors.push(...document.errors.map((error) => error.message), ...document.warnings.map((warning) => warning.message));
    documents.push(document.toJS({ maxAliasCount: 100 }));
  }
  return { file, documents, errors };
}

/** The few fields of a Kubernetes object these tests read; the rest is checked with toMatchObject. */
export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: unknown;
}

export interface Kustomization {
  namespace?: string;
  resources?: string[];
  patches?: { path?: string; patch?: string; target?: { kind: string; name: string } }[];
  images?: { name: string; newName?: string; newTag?: string; digest?: string }[];
  configMapGenerator?: { name: string; behavior?: string; literals?: string[] }[];
}

export function readKustomization(dir: string): Kustomization {
  const { documents, errors } = parseYamlFile(join(dir, 'kustomization.yaml'), KUBERNETES_YAML);
  if (errors.length > 0) throw new Error(`${dir}/kustomization.yaml: ${errors.join('; ')}`);
  return documents[0] as Kustomization;
}

/**
 * Every object a kustomization's own files declare (not other kustomizations'), in file order. A listed
 * file that is missing is left to the test that checks the listing, so that it fails with its name.
 */
export function manifestsOf(dir: string, resources: string[]): Manifest[] {
  return resources
    .filter((resource) => /\.ya?ml$/.test(resource) && existsSync(join(dir, resource)))
    .flatMap((file) => parseYamlFile(join(dir, file), KUBERNETES_YAML).documents as Manifest[]);
}

export function literalsToEnv(literals: string[]): Record<string, string> {
  return Object.fromEntries(
    literals.map((literal) => {
      const at = literal.indexOf('=');
      return [literal.slice(0, at), literal.slice(at + 1)];
    }),
  );
}

/** `${VAR}`, `${VAR:-default}` and `${VAR:?message}` as Compose interpolates them. */
export function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_match, name: string, operator?: string, argument?: string) => {
    const given = env[name];
    if (given !== undefined && given !== '') return given;
    if (operator === '?') throw new Error(`compose: ${name} is required (${argument ?? ''})`);
    return operator === '-' ? (argument ?? '') : '';
  });
}

export interface DockerInstruction {
  keyword: string;
  args: string;
}

export interface DockerStage {
  image: string;
  name?: string;
  instructions: DockerInstruction[];
}

/** Splits a Dockerfile into stages of instructions: continuation lines joined, comments dropped, ARG defaults before the first FROM applied. */
export function parseDockerfile(text: string): DockerStage[] {
  const logicalLines = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const globalArgs: Record<string, string> = {};
  const stages: DockerStage[] = [];
  for (const line of logicalLines) {
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const instruction = { keyword: keyword.toUpperCase(), args: args.replace(/\s+/g, ' ') };
    if (instruction.keyword === 'FROM') {
      const [image = '', , name] = instruction.args.replace(/--platform=\S+\s*/, '').split(' ');
      const resolved = image.replace(/\$\{?(\w+)\}?/g, (_match, arg: string) => globalArgs[arg] ?? '');
      stages.push({ image: resolved, name, instructions: [] });
    } else if (stages.length === 0 && instruction.keyword === 'ARG') {
      const [name = '', value = ''] = instruction.args.split('=');
      globalArgs[name] = value;
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return stages;
}
