import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { DateText, DateTimeText } from '../../../components/formatted-date';
import { Loading } from '../../../components/loading';
import { ReasonForm } from '../../../components/reason-form';
import type { OpenConditionReviewsQuery } from '../../../gql/graphql';
import { useCloseConditionReview } from '../api/use-condition-mutations';
import { useOpenConditionReviews } from '../api/use-condition-reviews';
import '../../../styles/conditions.css';

type Review = OpenConditionReviewsQuery['conditionReviews'][number];

/**
 * The open breach reviews awaiting the caller's team, across cases (the /alerts page): each names its case and
 * condition, what was recorded and when the review was raised, and closes with a decision.
 */
export function BreachReviewsSection() {
  const { t } = useTranslation('conditions');
  const [result] = useOpenConditionReviews();
  const [closeState, close] = useCloseConditionReview();
  const [closing, setClosing] = useState<string | null>(null);
  // Closed here: hidden at once, before the list comes back from the refetch the mutation starts.
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const [failed, setFailed] = useState<{ id: string; error: unknown } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  function submit(review: Review, label: string, decision: string) {
    setDone(null);
    setFailed(null);
    void close(review.id, decision).then((answer) => {
      if (answer.error || !answer.data) return setFailed({ id: review.id, error: answer.error });
      setClosed((before) => new Set(before).add(review.id));
      setClosing(null);
      setDone(t('awaiting.closed', { condition: label, reference: review.caseReference }));
      // The item (and the focused form) is gone: keep keyboard users in the section.
      heading.current?.focus();
    });
  }

  const reviews = (result.data?.conditionReviews ?? []).filter((review) => review.closedAt === null && !closed.has(review.id));
  let body;
  if (result.fetching && !result.data) body = <Loading label={t('awaiting.loading')} />;
  else if (result.error && !result.data) body = <ErrorMessage error={result.error} />;
  else if (reviews.length === 0) body = <p>{t('awaiting.empty')}</p>;
  else
    body = (
      <ul className="card-list">
        {reviews.map((review) => {
          const label = t(`kind.${review.conditionKind}`);
          const headingId = `breach-review-${review.id}`;
          const breach = review.breach;
          return (
            <li key={review.id} className="card condition-card condition-breached">
              <article aria-labelledby={headingId}>
                <h3 id={headingId} className="card-title">
                  {label} ·{' '}
                  <Link to={`/cases/${encodeURIComponent(review.caseId)}`}>{t('awaiting.case', { reference: review.caseReference })}</Link>
                </h3>
                <dl className="facts">
                  <dt>{t('awaiting.recorded')}</dt>
                  <dd>
                    <span className={`badge grade-${breach.compliance.toLowerCase()}`}>{t(`grade.${breach.compliance}`)}</span>{' '}
                    {t('awaiting.observedOn')} <DateText date={breach.observedOn} />
                    {breach.note && <span className="preserve-lines"> · {breach.note}</span>}
                  </dd>
                  <dt>{t('history.recordedBy')}</dt>
                  <dd className="user-id">{breach.recordedBy}</dd>
                  <dt>{t('awaiting.raised')}</dt>
                  <dd>
                    <DateTimeText instant={review.raisedAt} />
                  </dd>
                  <dt>{t('notify')}</dt>
                  <dd>{review.notify.map((role) => t(`role.${role}`)).join(', ')}</dd>
                </dl>
                {failed?.id === review.id && <ErrorMessage error={failed.error} />}
                {closing === review.id ? (
                  <ReasonForm
                    label={t('awaiting.formLabel', { condition: label, reference: review.caseReference })}
                    autoFocus
                    fieldLabel={t('review.decision')}
                    submitLabel={t('review.close')}
                    submitting={closeState.fetching}
                    onSubmit={(decision) => submit(review, label, decision)}
                    onCancel={() => {
                      setClosing(null);
                      setFailed(null);
                    }}
                  />
                ) : (
                  <button type="button" onClick={() => setClosing(review.id)} disabled={closeState.fetching} aria-describedby={headingId}>
                    {t('review.close')}
                  </button>
                )}
              </article>
            </li>
          );
        })}
      </ul>
    );

  return (
    <section className="case-section breach-reviews" aria-labelledby="breach-reviews-heading">
      <h2 id="breach-reviews-heading" ref={heading} tabIndex={-1}>
        {t('awaiting.heading')}
      </h2>
      <p className="hint">{t('awaiting.intro')}</p>
      <p role="status" className="action-status">
        {done}
      </p>
      {body}
    </section>
  );
}
