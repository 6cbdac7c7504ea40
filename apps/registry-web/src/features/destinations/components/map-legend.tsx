import { useTranslation } from 'react-i18next';
import { VERDICTS, type Verdict } from '../verdict';

/** What the map's colours and patterns mean, with how many municipalities carry each verdict. */
export function MapLegend({ counts }: { counts: Record<Verdict, number> }) {
  const { t } = useTranslation('destinations');
  return (
    <div className="map-legend">
      <p className="map-legend-title">{t('legend.title')}</p>
      <ul>
        {VERDICTS.map((verdict) => (
          <li key={verdict}>
            <span className={`legend-swatch verdict-${verdict}`} aria-hidden="true" />
            <span>
              {t(`verdict.${verdict}`)} <span className="legend-count">({counts[verdict]})</span>
            </span>
            <span className="legend-description">{t(`legend.${verdict}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
