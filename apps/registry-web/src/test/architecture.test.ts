import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The layout rules of STYLE.md ("The console"), checked on the source: features do not import each other
 * (routes compose them), no barrels, kebab-case files, and nothing that the CSP would refuse or that
 * would keep data in the browser.
 */
const src = resolve(__dirname, '..');

function sourceFiles(dir = src): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles();
const production = files.filter((file) => !/\.test\.tsx?$/.test(file) && !file.includes(`${join(src, 'test')}`));

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((match) => match[1]!);
}

function featureOf(path: string): string | undefined {
  const match = /features\/([^/]+)\//.exec(relative(src, path).replaceAll('\\', '/') + '/');
  return match?.[1];
}

describe('console layout', () => {
  it('keeps features apart: a feature imports only itself, components, lib and gql', () => {
    const crossings: string[] = [];
    for (const file of files) {
      const own = featureOf(file);
      if (!own) continue;
      for (const specifier of importsOf(file).filter((value) => value.startsWith('.'))) {
        const target = resolve(dirname(file), specifier);
        const other = featureOf(target);
        if (other && other !== own) crossings.push(`${relative(src, file)} -> ${specifier}`);
        if (relative(src, target).startsWith('app')) crossings.push(`${relative(src, file)} -> ${specifier} (app)`);
      }
    }
    expect(crossings).toEqual([]);
  });

  it('has no barrels and names files in kebab-case', () => {
    const bad = files
      .map((file) => basename(file))
      .filter((name) => name.startsWith('index.') || !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*\.tsx?$/.test(name));
    expect(bad).toEqual([]);
  });

  it('uses no inline styles, no storage and no HTML injection', () => {
    const found: string[] = [];
    for (const file of production) {
      const source = readFileSync(file, 'utf8');
      for (const [pattern, what] of [
        [/\bstyle=\{/, 'style prop (inline style: refused by the CSP)'],
        [/\blocalStorage\b|\bsessionStorage\b|\bindexedDB\b|document\.cookie/, 'browser storage'],
        [/dangerouslySetInnerHTML|\.innerHTML\s*=/, 'HTML injection'],
        [/\beval\(|new Function\(/, 'eval'],
        [/Authorization|Bearer /, 'a token header'],
        [/https?:\/\/(?!127\.0\.0\.1|localhost)/, 'another origin'],
      ] as const)
        if (pattern.test(source)) found.push(`${relative(src, file)}: ${what}`);
    }
    expect(found).toEqual([]);
  });

  it('writes GraphQL documents only next to their hooks', () => {
    const outside = production.filter(
      (file) => /graphql\(`/.test(readFileSync(file, 'utf8')) && !/features\/[^/]+\/api\//.test(file.replaceAll('\\', '/')),
    );
    expect(outside.map((file) => relative(src, file))).toEqual([]);
  });
});
