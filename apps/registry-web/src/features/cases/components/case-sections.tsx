import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The case page's parts, in page order: each is a link target, so a long case is one tap from any part. */
export const CASE_SECTIONS = ['summary', 'whereabouts', 'consent', 'stage', 'destinations', 'proposals', 'conditions', 'team'] as const;
export type CaseSectionId = (typeof CASE_SECTIONS)[number];

/**
 * "On this page": links to each part of a case. On a phone the case runs to many screens; officers go
 * straight to the part they came for (a proposal, the team) instead of scrolling, and keyboard users skip
 * the map and its table.
 */
export function CaseSectionNav() {
  const { t } = useTranslation('cases');
  return (
    <nav className="case-sections" aria-label={t('detail.onThisPage')}>
      <ul>
        {CASE_SECTIONS.map((id) => (
          <li key={id}>
            <a href={`#case-${id}`}>{t(`detail.section.${id}`)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A part of the case page the section links lead to; focusable so that following a link moves focus too. */
export function CaseSection({ id, children }: { id: CaseSectionId; children: ReactNode }) {
  return (
    <div id={`case-${id}`} className="case-section" tabIndex={-1}>
      {children}
    </div>
  );
}
