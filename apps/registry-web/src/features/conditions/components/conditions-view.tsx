import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { Loading } from '../../../components/loading';
import { useCaseConditions } from '../api/use-case-conditions';
import { useAddCondition, useCloseConditionReview, useEndCondition, useRecordCompliance } from '../api/use-condition-mutations';
import { AddConditionForm } from './add-condition-form';
import { ConditionCard } from './condition-card';
import '../../../styles/conditions.css';

type Action = 'add' | 'record' | 'close' | 'end';

/** The conditions the defector signed: compliance over time, and breaches under review by the team. */
export function ConditionsView({ caseId }: { caseId: string }) {
  const { t } = useTranslation('conditions');
  const [result] = useCaseConditions(caseId);
  const [addState, add] = useAddCondition();
  const [recordState, record] = useRecordCompliance();
  const [closeState, close] = useCloseConditionReview();
  const [endState, end] = useEndCondition();
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [last, setLast] = useState<Action | null>(null);
  const busy = addState.fetching || recordState.fetching || closeState.fetching || endState.fetching;
  // Only the latest action's error is shown: an older failure says nothing about the current state.
  const actionError = { add: addState.error, record: recordState.error, close: closeState.error, end: endState.error }[last ?? 'add'];

  function act(kind: Action, mutation: Promise<{ data?: unknown }>, message: string, after?: () => void) {
    setLast(kind);
    setDone(null);
    void mutation.then((answer) => {
      if (answer.data) {
        setDone(message);
        after?.();
      }
    });
  }

  const conditions = result.data?.case?.conditions ?? [];
  const openReviews = conditions.flatMap((c) => c.reviews.filter((r) => r.closedAt === null)).length;
  let body;
  if (result.fetching && !result.data) body = <Loading />;
  else if (result.error && !result.data) body = <ErrorMessage error={result.error} />;
  else
    body = (
      <>
        {openReviews > 0 && (
          <p className="notice" role="note">
            {t('openReviews', { count: openReviews })}
          </p>
        )}
        {conditions.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <ul className="card-list">
            {conditions.map((condition) => (
              <ConditionCard
                key={condition.id}
                condition={condition}
                busy={busy}
                onRecord={(input) =>
                  act('record', record(condition.id, input), t('done.recorded', { condition: t(`kind.${condition.kind}`) }))
                }
                onCloseReview={(reviewId, decision) => act('close', close(reviewId, decision), t('done.closed'))}
                onEnd={(reason) => act('end', end(condition.id, reason), t('done.ended', { condition: t(`kind.${condition.kind}`) }))}
              />
            ))}
          </ul>
        )}
        {adding ? (
          <AddConditionForm
            submitting={busy}
            onSubmit={(input) =>
              act('add', add(caseId, input), t('done.added', { condition: t(`kind.${input.kind}`) }), () => setAdding(false))
            }
            onCancel={() => setAdding(false)}
          />
        ) : (
          <button type="button" onClick={() => setAdding(true)}>
            {t('add.open')}
          </button>
        )}
      </>
    );

  return (
    <section className="conditions" aria-labelledby="conditions-heading">
      <h2 id="conditions-heading">{t('heading')}</h2>
      <p className="hint">{t('intro')}</p>
      <p role="status" className="action-status">
        {done}
      </p>
      {last && actionError && <ErrorMessage error={actionError} />}
      {body}
    </section>
  );
}
