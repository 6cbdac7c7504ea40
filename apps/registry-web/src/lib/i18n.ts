import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';

/** One namespace per feature, plus common for the frame (header, navigation, errors). */
export const NAMESPACES = [
  'common',
  'sign-in',
  'cases',
  'destinations',
  'proposals',
  'alerts',
  'overrides',
  'clearance',
  'audit',
  'statistics',
  'actual-areas',
  'conditions',
  'retention',
  'conflicts',
  'consents',
  'teams',
  'lifecycle',
  'closings',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

// Bundled: no locale file is ever fetched, from here or anywhere else.
const files = import.meta.glob<Record<string, unknown>>('../locales/*/*.json', { eager: true, import: 'default' });

export function bundledResources(): Resource {
  const resources: Resource = {};
  for (const [path, content] of Object.entries(files)) {
    const match = /locales\/([a-z]+)\/([a-z-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match as unknown as [string, string, string];
    (resources[language] ??= {})[namespace] = content;
  }
  return resources;
}

/**
 * Swedish unless the browser prefers English. Reads navigator.languages only and writes nothing: no
 * cookie, no web storage (the switch in the header lives in memory for the page's lifetime).
 */
export function detectLanguage(preferred: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'sv') return 'sv';
    if (base === 'en') return 'en';
  }
  return DEFAULT_LANGUAGE;
}

function reflectLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export function createI18n(language: Language = detectLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: bundledResources(),
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  reflectLanguage(instance.language);
  instance.on('languageChanged', reflectLanguage);
  return instance;
}
