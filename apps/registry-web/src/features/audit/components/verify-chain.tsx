import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { useVerifyAuditLog } from '../api/use-verify-audit-log';

/** Walks the hash chain and its signed checkpoints on the server and says whether it holds. */
export function VerifyChain() {
  const { t } = useTranslation('audit');
  const { state, verify } = useVerifyAuditLog();
  return (
    <section className="card" aria-labelledby="verify-heading">
      <h2 id="verify-heading">{t('verify.heading')}</h2>
      <p className="hint">{t('verify.intro')}</p>
      <button type="button" className="primary" onClick={() => void verify()} disabled={state.status === 'verifying'}>
        {t('verify.button')}
      </button>
      <div role="status" aria-live="polite" className="answer-region">
        {state.status === 'verifying' && <p className="loading">{t('verify.verifying')}</p>}
        {state.status === 'done' &&
          (state.verification.valid ? (
            <>
              <p className="verify-result is-intact">{t('verify.intact')}</p>
              <p className="muted">
                {t('verify.checked', { count: state.verification.checkedEvents })}{' '}
                {state.verification.lastSignedCheckpointSeq != null
                  ? t('verify.checkpoint', { seq: state.verification.lastSignedCheckpointSeq })
                  : t('verify.noCheckpoint')}
              </p>
            </>
          ) : (
            <>
              <p className="verify-result is-broken">
                {state.verification.firstInvalidSeq != null
                  ? t('verify.broken', { seq: state.verification.firstInvalidSeq })
                  : t('verify.brokenUnknown')}
              </p>
              {state.verification.reason && <p>{state.verification.reason}</p>}
              <p className="muted">{t('verify.checked', { count: state.verification.checkedEvents })}</p>
            </>
          ))}
      </div>
      {state.status === 'failed' && <ErrorMessage error={state.error} />}
    </section>
  );
}
