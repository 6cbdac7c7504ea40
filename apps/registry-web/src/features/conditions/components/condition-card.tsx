import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateText, DateTimeText } from '../../../components/formatted-date';
import { ReasonForm } from '../../../components/reason-form';
import { ScrollableTable } from '../../../components/scrollable-table';
import type { CaseConditionsQuery, RecordComplianceInput } from '../../../gql/graphql';
import { RecordComplianceForm } from './record-compliance-form';

export type ConditionData = NonNullable<CaseConditionsQuery['case']>['conditions'][number];

/** How many observations the card shows before "show all". */
const RECENT = 5;

interface Props {
  condition: ConditionData;
  busy: boolean;
  onRecord(input: RecordComplianceInput): void;
  onCloseReview(reviewId: string, decision: string): void;
  onEnd(reason: string): void;
}

/** One condition: what it says, what counts as a breach, who is told, its compliance and open reviews. */
export function ConditionCard({ condition, busy, onRecord, onCloseReview, onEnd }: Props) {
  const { t } = useTranslation('conditions');
  const [closing, setClosing] = useState<string | null>(null);
  const [ending, setEnding] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const label = t(`kind.${condition.kind}`);
  const headingId = `condition-${condition.id}`;
  const openReviews = condition.reviews.filter((review) => review.closedAt === null);
  const closedReviews = condition.reviews.filter((review) => review.closedAt !== null);
  const observations = [...condition.compliance].reverse();
  const shown = showAll ? observations : observations.slice(0, RECENT);

  return (
    <li className={`card condition-card${openReviews.length > 0 ? ' condition-breached' : ''}`}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="card-title">
          {label}{' '}
          {condition.endedOn ? (
            <span className="badge">{t('ended')}</span>
          ) : condition.currentCompliance ? (
            <span className={`badge grade-${condition.currentCompliance.toLowerCase()}`}>{t(`grade.${condition.currentCompliance}`)}</span>
          ) : (
            <span className="badge">{t('notObserved')}</span>
          )}
        </h3>
        {openReviews.map((review) => (
          <div key={review.id} className="review-callout" role="note" aria-label={t('review.label')}>
            <p>
              <strong>{t('review.open')}</strong> {t(`grade.${review.breach.compliance}`)} <DateText date={review.breach.observedOn} />
              {' · '}
              {t('review.raised')} <DateTimeText instant={review.raisedAt} />
            </p>
            {closing === review.id ? (
              <ReasonForm
                label={t('review.formLabel', { condition: label })}
                autoFocus
                fieldLabel={t('review.decision')}
                submitLabel={t('review.close')}
                submitting={busy}
                onSubmit={(decision) => {
                  onCloseReview(review.id, decision);
                  setClosing(null);
                }}
                onCancel={() => setClosing(null)}
              />
            ) : (
              <button type="button" onClick={() => setClosing(review.id)} disabled={busy} aria-describedby={headingId}>
                {t('review.close')}
              </button>
            )}
          </div>
        ))}
        <dl className="facts">
          <dt>{t('signedOn')}</dt>
          <dd>
            <DateText date={condition.signedOn} />
          </dd>
          {condition.areas.length > 0 && (
            <>
              <dt>{t('areas')}</dt>
              <dd>{condition.areas.map((area) => area.name).join(', ')}</dd>
            </>
          )}
          {condition.description && (
            <>
              <dt>{t('description')}</dt>
              <dd>{condition.description}</dd>
            </>
          )}
          <dt>{t('breachRule')}</dt>
          <dd>{condition.breachRule}</dd>
          <dt>{t('notify')}</dt>
          <dd>{condition.notify.map((role) => t(`role.${role}`)).join(', ')}</dd>
          {condition.endedOn && (
            <>
              <dt>{t('endedOn')}</dt>
              <dd>
                <DateText date={condition.endedOn} /> {condition.endReason && `· ${condition.endReason}`}
              </dd>
            </>
          )}
        </dl>
        {observations.length === 0 ? (
          <>
            <h4>{t('history.heading', { count: condition.complianceCount })}</h4>
            <p className="muted">{t('history.empty')}</p>
          </>
        ) : (
          <ScrollableTable caption={t('history.heading', { count: condition.complianceCount })}>
            <thead>
              <tr>
                <th scope="col">{t('history.observedOn')}</th>
                <th scope="col">{t('history.grade')}</th>
                <th scope="col">{t('history.note')}</th>
                <th scope="col">{t('history.recordedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <DateText date={entry.observedOn} />
                  </td>
                  <td>
                    <span className={`badge grade-${entry.compliance.toLowerCase()}`}>{t(`grade.${entry.compliance}`)}</span>
                  </td>
                  <td>{entry.note ?? ''}</td>
                  <td>{entry.recordedBy}</td>
                </tr>
              ))}
            </tbody>
          </ScrollableTable>
        )}
        {observations.length > RECENT && (
          <button type="button" className="link-button" onClick={() => setShowAll((value) => !value)}>
            {showAll ? t('history.showRecent') : t('history.showAll', { count: observations.length })}
          </button>
        )}
        {closedReviews.length > 0 && (
          <details>
            <summary>{t('review.closedHeading', { count: closedReviews.length })}</summary>
            <ul className="plain-list">
              {closedReviews.map((review) => (
                <li key={review.id}>
                  <DateText date={review.breach.observedOn} />: {review.decision} ({review.closedBy},{' '}
                  <DateTimeText instant={review.closedAt as string} />)
                </li>
              ))}
            </ul>
          </details>
        )}
        {!condition.endedOn && (
          <div className="condition-actions">
            <h4>{t('record.heading')}</h4>
            <RecordComplianceForm conditionLabel={label} signedOn={condition.signedOn} submitting={busy} onSubmit={onRecord} />
            <div className="condition-end">
              {ending ? (
                <ReasonForm
                  label={t('end.formLabel', { condition: label })}
                  autoFocus
                  fieldLabel={t('end.reason')}
                  submitLabel={t('end.confirm')}
                  submitting={busy}
                  danger
                  onSubmit={(reason) => {
                    onEnd(reason);
                    setEnding(false);
                  }}
                  onCancel={() => setEnding(false)}
                />
              ) : (
                <button type="button" onClick={() => setEnding(true)} disabled={busy} aria-describedby={headingId}>
                  {t('end.start')}
                </button>
              )}
            </div>
          </div>
        )}
      </article>
    </li>
  );
}
