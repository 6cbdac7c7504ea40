import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { Loading } from '../../../components/loading';
import { useAcknowledgeAlert } from '../api/use-acknowledge-alert';
import { useOpenAlerts } from '../api/use-open-alerts';
import { AlertList } from './alert-list';

export function AlertsView() {
  const { t } = useTranslation('alerts');
  const [result] = useOpenAlerts();
  const [ackState, acknowledge] = useAcknowledgeAlert();
  const [acknowledging, setAcknowledging] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (result.fetching && !result.data) return <Loading label={t('loading')} />;
  if (result.error && !result.data) return <ErrorMessage error={result.error} />;
  const alerts = result.data?.alerts ?? [];
  return (
    <>
      <p role="status" className="action-status">
        {done}
      </p>
      {ackState.error && <ErrorMessage error={ackState.error} />}
      {alerts.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <AlertList
          alerts={alerts}
          acknowledging={acknowledging}
          onAcknowledge={(alert) => {
            setAcknowledging(alert.id);
            void acknowledge(alert.id).then((answer) => {
              setAcknowledging(null);
              if (answer.data) setDone(t('acknowledged', { reference: alert.placement.case.reference }));
            });
          }}
        />
      )}
    </>
  );
}
