import { useTranslation } from 'react-i18next';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation('common');
  return (
    <p role="status" className="loading">
      {label ?? t('loading')}
    </p>
  );
}
