import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PoliceRegion } from '../../../gql/graphql';

const REGIONS = Object.values(PoliceRegion);

/** Zooms the map to one police region (changes its viewBox); the table is not filtered. */
export function RegionZoom({ region, onChange }: { region: string | null; onChange(region: string | null): void }) {
  const { t } = useTranslation('destinations');
  const id = useId();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{t('zoom.label')}</label>
      <select id={id} value={region ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{t('zoom.country')}</option>
        {REGIONS.map((code) => (
          <option key={code} value={code}>
            {t(`common:region.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
