import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonForm } from '../../../components/reason-form';
import { CaseStage, ClosureReason } from '../../../gql/graphql';
import { LIFECYCLE_REASON } from '../../../lib/reason';
import { useCloseCaseWithReason, useEscalateCase, useReopenCase, useTransitionCase } from '../api/use-lifecycle';

/** In the reports' order, OTHER last (the generated enum is alphabetical). */
const CLOSURE_REASONS: readonly ClosureReason[] = [
  ClosureReason.PlanCompleted,
  ClosureReason.OtherSupport,
  ClosureReason.PlacedInCare,
  ClosureReason.ConsentWithdrawn,
  ClosureReason.Relapsed,
  ClosureReason.ThreatEnded,
  ClosureReason.Other,
];

interface Props {
  caseId: string;
  stage: CaseStage;
  nextStages: readonly CaseStage[];
}

/** The moves open to the case now: the next stages its guards allow, closing with a reason, escalating, reopening. */
export function StageActions({ caseId, stage, nextStages }: Props) {
  const { t } = useTranslation('lifecycle');
  const [moveState, move] = useTransitionCase();
  const [closeState, close] = useCloseCaseWithReason();
  const [escalateState, escalate] = useEscalateCase();
  const [reopenState, reopen] = useReopenCase();
  const [to, setTo] = useState<CaseStage | ''>('');
  const [closureReason, setClosureReason] = useState<ClosureReason | ''>('');
  const [problem, setProblem] = useState<'to' | 'closure' | null>(null);
  const ids = { to: useId(), closure: useId(), problem: useId() };

  if (stage === CaseStage.Closed)
    return (
      <div className="card-grid">
        <section className="card" aria-labelledby={`${ids.to}-reopen`}>
          <h3 id={`${ids.to}-reopen`}>{t('reopen.heading')}</h3>
          <p className="hint">{t('reopen.hint')}</p>
          <ReasonForm
            label={t('reopen.heading')}
            fieldLabel={t('form.reason')}
            submitLabel={t('reopen.submit')}
            length={LIFECYCLE_REASON}
            submitting={reopenState.fetching}
            error={reopenState.error}
            onSubmit={async (reason) => !(await reopen(caseId, reason)).error}
          />
        </section>
      </div>
    );

  return (
    <div className="card-grid">
      <section className="card" aria-labelledby={`${ids.to}-move`}>
        <h3 id={`${ids.to}-move`}>{t('move.heading')}</h3>
        {nextStages.length === 0 ? (
          <p className="hint">{t(`move.none.${stage}`)}</p>
        ) : (
          <ReasonForm
            label={t('move.heading')}
            fieldLabel={t('form.reason')}
            submitLabel={t('move.submit')}
            length={LIFECYCLE_REASON}
            submitting={moveState.fetching}
            error={moveState.error}
            ready={() => {
              if (to === '' || !nextStages.includes(to)) {
                setProblem('to');
                return false;
              }
              setProblem(null);
              return true;
            }}
            onSubmit={async (reason) => {
              const done = !(await move(caseId, to as CaseStage, reason)).error;
              if (done) setTo('');
              return done;
            }}
          >
            <div className="field">
              <label htmlFor={ids.to}>{t('move.to')}</label>
              <select
                id={ids.to}
                value={to}
                onChange={(event) => setTo(event.target.value as CaseStage | '')}
                aria-invalid={problem === 'to' || undefined}
                aria-describedby={problem === 'to' ? ids.problem : undefined}
              >
                <option value="">{t('move.choose')}</option>
                {nextStages.map((next) => (
                  <option key={next} value={next}>
                    {t(`stage.${next}`)}
                  </option>
                ))}
              </select>
              {problem === 'to' && (
                <p id={ids.problem} className="field-error">
                  {t('move.toProblem')}
                </p>
              )}
            </div>
          </ReasonForm>
        )}
      </section>
      <section className="card" aria-labelledby={`${ids.to}-close`}>
        <h3 id={`${ids.to}-close`}>{t('close.heading')}</h3>
        <ReasonForm
          label={t('close.heading')}
          fieldLabel={t('form.reason')}
          submitLabel={t('close.submit')}
          length={LIFECYCLE_REASON}
          danger
          submitting={closeState.fetching}
          error={closeState.error}
          ready={() => {
            if (closureReason === '') {
              setProblem('closure');
              return false;
            }
            setProblem(null);
            return true;
          }}
          onSubmit={async (reason) => !(await close(caseId, closureReason as ClosureReason, reason)).error}
        >
          <div className="field">
            <label htmlFor={ids.closure}>{t('close.closureReason')}</label>
            <select
              id={ids.closure}
              value={closureReason}
              onChange={(event) => setClosureReason(event.target.value as ClosureReason | '')}
              aria-invalid={problem === 'closure' || undefined}
              aria-describedby={problem === 'closure' ? `${ids.problem}-closure` : undefined}
            >
              <option value="">{t('close.choose')}</option>
              {CLOSURE_REASONS.map((value) => (
                <option key={value} value={value}>
                  {t(`closureReason.${value}`)}
                </option>
              ))}
            </select>
            {problem === 'closure' && (
              <p id={`${ids.problem}-closure`} className="field-error">
                {t('close.closureProblem')}
              </p>
            )}
          </div>
        </ReasonForm>
      </section>
      <section className="card" aria-labelledby={`${ids.to}-escalate`}>
        <h3 id={`${ids.to}-escalate`}>{t('escalate.heading')}</h3>
        <p className="hint">{t('escalate.hint')}</p>
        <ReasonForm
          label={t('escalate.heading')}
          fieldLabel={t('form.reason')}
          submitLabel={t('escalate.submit')}
          length={LIFECYCLE_REASON}
          submitting={escalateState.fetching}
          error={escalateState.error}
          onSubmit={async (reason) => !(await escalate(caseId, reason)).error}
        />
      </section>
    </div>
  );
}
