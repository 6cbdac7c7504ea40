import { useTranslation } from 'react-i18next';

export interface Figure {
  value: number | null;
  suppressed: boolean;
}

/** One published figure; a suppressed one is "–" with its reason for screen readers and on hover. */
export function FigureText({ figure }: { figure: Figure | null | undefined }) {
  const { t, i18n } = useTranslation('statistics');
  if (!figure) return null;
  if (figure.suppressed)
    return (
      <abbr className="suppressed" title={t('suppressed.short')}>
        –<span className="visually-hidden"> {t('suppressed.short')}</span>
      </abbr>
    );
  if (figure.value === null)
    return (
      <abbr className="no-figure" title={t('noEventsLong')}>
        {t('noEvents')}
      </abbr>
    );
  return <>{new Intl.NumberFormat(i18n.language === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 }).format(figure.value)}</>;
}
