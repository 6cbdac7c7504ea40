import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FlagCode, HousingType, PlacementEndReason, PoliceRegion, ProposalStatus } from '../gql/graphql';
import { ERROR_KINDS } from './errors';
import { bundledResources, createI18n, detectLanguage, LANGUAGES, NAMESPACES } from './i18n';

type Tree = { [key: string]: string | Tree };
const resources = bundledResources() as unknown as Record<string, Record<string, Tree>>;
const PLURAL = /_(zero|one|two|few|many|other)$/;

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function has(namespace: string, key: string, language = 'en'): boolean {
  const keys = new Set(keysOf(resources[language]?.[namespace] ?? {}));
  return keys.has(key) || keys.has(`${key}_one`) || keys.has(`${key}_other`);
}

describe('locales', () => {
  it('has every namespace in both languages', () => {
    for (const language of LANGUAGES) expect(Object.keys(resources[language] ?? {}).sort()).toEqual([...NAMESPACES].sort());
  });

  it.each(NAMESPACES)('has the same keys in Swedish and English: %s', (namespace) => {
    const sv = keysOf(resources.sv![namespace]!)
      .map((key) => key.replace(PLURAL, '_plural'))
      .sort();
    const en = keysOf(resources.en![namespace]!)
      .map((key) => key.replace(PLURAL, '_plural'))
      .sort();
    expect(new Set(sv)).toEqual(new Set(en));
  });

  it('has no empty text', () => {
    for (const language of LANGUAGES)
      for (const namespace of NAMESPACES) {
        const empty = keysOf(resources[language]![namespace]!).filter((key) => {
          const value = key
            .split('.')
            .reduce<Tree | string | undefined>(
              (node, part) => (typeof node === 'object' ? node[part] : undefined),
              resources[language]![namespace],
            );
          return typeof value !== 'string' || value.trim() === '';
        });
        expect(empty, `${language}/${namespace}`).toEqual([]);
      }
  });

  it('names things in English exactly as CONSOLE.md does', () => {
    const i18n = createI18n('en');
    const names: Array<[string, string]> = [
      ['sign-in:dev.role', 'Role'],
      ['sign-in:dev.region', 'Police region'],
      ['sign-in:dev.municipality', 'Municipality code'],
      ['sign-in:signIn', 'Sign in'],
      ['common:signOut', 'Sign out'],
      ['common:purpose.label', 'Purpose of access'],
      ['common:purpose.continue', 'Continue'],
      ['destinations:table.caption', 'Destinations'],
      ['proposals:propose', 'Propose'],
      ['alerts:item.acknowledge', 'Acknowledge'],
      ['overrides:override', 'Override'],
      ['clearance:check.label', 'Clearance reference'],
      ['clearance:check.button', 'Check'],
      ['clearance:answer.cleared', 'Cleared'],
      ['clearance:answer.notCleared', 'Not cleared'],
      ['audit:table.caption', 'Audit events'],
      ['audit:verify.button', 'Verify chain'],
      ['audit:verify.intact', 'Chain intact'],
      ['audit:export', 'Export CSV'],
    ];
    for (const [key, text] of names) expect(i18n.t(key)).toBe(text);
  });

  it('covers every code the API can send', () => {
    const sets: Array<[string, string, readonly string[]]> = [
      ['common', 'errors', ERROR_KINDS],
      ['common', 'region', Object.values(PoliceRegion)],
      ['common', 'housing', Object.values(HousingType)],
      ['common', 'proposalStatus', Object.values(ProposalStatus)],
      ['proposals', 'placements.reasons', Object.values(PlacementEndReason)],
      ['destinations', 'verdict', ['cleared', 'warning', 'blocked', 'home']],
      ['destinations', 'legend', ['cleared', 'warning', 'blocked', 'home']],
    ];
    for (const language of LANGUAGES)
      for (const [namespace, prefix, codes] of sets)
        for (const code of codes)
          expect(has(namespace, `${prefix}.${code}`, language), `${language} ${namespace}:${prefix}.${code}`).toBe(true);
    // Flag codes are never translated: they are shown as the code itself.
    expect(Object.values(FlagCode).every((code) => !has('common', `flags.${code}`))).toBe(true);
  });

  it('has a text for every literal key the code asks for', () => {
    const root = join(__dirname, '..');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (name !== 'gql' && name !== 'locales') walk(path);
        } else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(path);
      }
    };
    walk(root);
    const missing: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const namespace = /useTranslation\(\s*'([^']+)'/.exec(source)?.[1] ?? 'common';
      for (const match of source.matchAll(/\bt\(\s*'([^']+)'/g)) {
        const [ns, key] = match[1]!.includes(':') ? (match[1]!.split(':', 2) as [string, string]) : [namespace, match[1]!];
        for (const language of LANGUAGES) if (!has(ns, key, language)) missing.push(`${relative(root, file)}: ${language} ${ns}:${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('language detection', () => {
  it('is Swedish unless the browser prefers English', () => {
    expect(detectLanguage([])).toBe('sv');
    expect(detectLanguage(['sv-SE', 'en-US'])).toBe('sv');
    expect(detectLanguage(['en-GB', 'sv'])).toBe('en');
    expect(detectLanguage(['de-DE'])).toBe('sv');
    expect(detectLanguage(['de-DE', 'en'])).toBe('en');
  });

  it('writes nothing to storage and marks the document language', async () => {
    const i18n = createI18n('sv');
    expect(document.documentElement.lang).toBe('sv');
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });
});
