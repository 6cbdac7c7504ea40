import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/confirm-button';
import { DateText } from '../../../components/formatted-date';
import type { CaseConsentsQuery } from '../../../gql/graphql';

export type ConsentData = NonNullable<CaseConsentsQuery['case']>['consents'][number];

interface Props {
  consent: ConsentData;
  memberName: string;
  busy: boolean;
  canChange: boolean;
  onRenew(): void;
  onWithdraw(): void;
}

/** One consent: its status in words, what it lets go to whom, who signed and answered what, and its dates. */
export function ConsentCard({ consent, memberName, busy, canChange, onRenew, onWithdraw }: Props) {
  const { t } = useTranslation('consents');
  const headingId = `consent-${consent.id}`;
  return (
    <article className="card consent-card" aria-labelledby={headingId}>
      <h4 id={headingId} className="card-title">
        {t('card.title')} <DateText date={consent.signedOn} />{' '}
        <span className={`status-badge consent-${consent.status.toLowerCase()}`}>{t(`status.${consent.status}`)}</span>
      </h4>
      <p className="consent-meaning">{t(`meaning.${consent.status}`)}</p>
      <dl className="facts">
        <dt>{t('card.data')}</dt>
        <dd>
          <ul className="plain-list">
            {consent.scope.categories.map((category) => (
              <li key={category}>{t(`category.${category}`)}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('card.recipients')}</dt>
        <dd>
          <ul className="plain-list">
            {consent.scope.recipients.map((recipient) => (
              <li key={recipient}>{t(`recipient.${recipient}`)}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('card.signedOn')}</dt>
        <dd>
          <DateText date={consent.signedOn} />
        </dd>
        {consent.renewals > 0 && (
          <>
            <dt>{t('card.renewed')}</dt>
            <dd>
              {t('card.renewals', { count: consent.renewals })}, {t('card.lastSigned')} <DateText date={consent.lastSignedOn} />
            </dd>
          </>
        )}
        <dt>{t('card.reviewDue')}</dt>
        <dd>
          <DateText date={consent.reviewDue} />
        </dd>
        {consent.withdrawnOn && (
          <>
            <dt>{t('card.withdrawnOn')}</dt>
            <dd>
              <strong>
                <DateText date={consent.withdrawnOn} />
              </strong>
            </dd>
          </>
        )}
      </dl>
      <table className="data-table signatory-table">
        <caption>{t('card.signatoriesCaption', { name: memberName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('card.signatory')}</th>
            <th scope="col">{t('card.role')}</th>
            <th scope="col">{t('card.answer')}</th>
          </tr>
        </thead>
        <tbody>
          {consent.signatories.map((signatory, index) => (
            <tr key={index}>
              <th scope="row">{signatory.name ?? t('card.memberThemselves')}</th>
              <td>{t(`role.${signatory.role}`)}</td>
              <td>{signatory.answer === 'NO' ? <strong className="stale-badge">{t('answer.NO')}</strong> : t('answer.YES')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {canChange && consent.status !== 'WITHDRAWN' && (
        <div className="actions">
          <button type="button" onClick={onRenew} disabled={busy}>
            {t('card.renew')}
          </button>
          <ConfirmButton
            label={t('card.withdraw')}
            question={t('card.withdrawQuestion', { name: memberName })}
            confirmLabel={t('card.withdrawConfirm')}
            onConfirm={onWithdraw}
            disabled={busy}
          />
        </div>
      )}
    </article>
  );
}
