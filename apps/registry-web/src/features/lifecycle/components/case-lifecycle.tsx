import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { DateText, DateTimeText } from '../../../components/formatted-date';
import { Loading } from '../../../components/loading';
import { ScrollableTable } from '../../../components/scrollable-table';
import { CaseStage, type CaseLifecycleQuery } from '../../../gql/graphql';
import { useCaseLifecycle } from '../api/use-lifecycle';
import { FollowUpForm } from './follow-up-form';
import { StageActions } from './stage-actions';

type Lifecycle = NonNullable<CaseLifecycleQuery['case']>;

/** In the order the work goes (the generated enum is alphabetical). */
const STAGES: readonly CaseStage[] = [
  CaseStage.Referred,
  CaseStage.Assessing,
  CaseStage.Eligible,
  CaseStage.Proposed,
  CaseStage.Placed,
  CaseStage.FollowUp,
  CaseStage.Closed,
];

/** Reasons the service writes itself (openCase, events that move a case, the contract's closeCase): shown in the reader's language. */
const SYSTEM_REASONS: Readonly<Record<string, string>> = {
  'opened the case': 'opened',
  'a proposal was cleared': 'proposalCleared',
  'a placement was confirmed': 'placementConfirmed',
  'the last placement ended': 'placementsEnded',
  'closeCase COMPLETED': 'closeCompleted',
  'closeCase ABORTED': 'closeAborted',
};

/** Where the case stands, what may happen next, its follow-ups and its history (who moved it, and why). */
export function CaseLifecycle({ caseId }: { caseId: string }) {
  const { t } = useTranslation('lifecycle');
  const [result] = useCaseLifecycle(caseId);
  const data = result.data?.case;
  if (result.fetching && !data) return <Loading label={t('loading')} />;
  if (!data) return result.error ? <ErrorMessage error={result.error} /> : null;
  const waiting = data.followUps.some((f) => f.recordedOn === null);
  const mayRecord = waiting || data.stage === CaseStage.FollowUp;

  return (
    <section className="case-lifecycle" aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading">{t('heading')}</h2>
      <ol className="stage-steps" aria-label={t('stepsLabel')}>
        {STAGES.map((stage) => (
          <li key={stage} aria-current={stage === data.stage ? 'step' : undefined} className={stage === data.stage ? 'current' : undefined}>
            {t(`stage.${stage}`)}
          </li>
        ))}
      </ol>
      <dl className="facts facts-inline">
        <dt>{t('current')}</dt>
        <dd>
          <strong>{t(`stage.${data.stage}`)}</strong>
        </dd>
        {data.closureReason && (
          <>
            <dt>{t('closureReasonLabel')}</dt>
            <dd>{t(`closureReason.${data.closureReason}`)}</dd>
          </>
        )}
        {data.escalated && (
          <>
            <dt>{t('escalatedLabel')}</dt>
            <dd>
              <strong className="stale-badge">{t('escalated')}</strong>
            </dd>
          </>
        )}
      </dl>
      <StageActions caseId={data.id} stage={data.stage} nextStages={data.nextStages} />
      <FollowUps followUps={data.followUps} />
      {mayRecord && (
        <section className="card" aria-labelledby="follow-up-form-heading">
          <h3 id="follow-up-form-heading">{t('followUp.formHeading')}</h3>
          <FollowUpForm caseId={data.id} />
        </section>
      )}
      <History entries={data.history} />
    </section>
  );
}

function FollowUps({ followUps }: { followUps: Lifecycle['followUps'] }) {
  const { t } = useTranslation('lifecycle');
  return (
    <section className="card" aria-labelledby="follow-ups-heading">
      <h3 id="follow-ups-heading">{t('followUp.heading')}</h3>
      {followUps.length === 0 ? (
        <p>{t('followUp.none')}</p>
      ) : (
        <ul className="plain-list">
          {followUps.map((f) => (
            <li key={f.id}>
              {t('followUp.due')} <DateText date={f.dueOn} />
              {f.overdue && (
                <>
                  {' '}
                  <strong className="stale-badge">{t('followUp.overdue')}</strong>
                </>
              )}
              {f.recordedOn ? (
                <>
                  {' · '}
                  {t('followUp.recorded')} <DateText date={f.recordedOn} />: {t(`answers.outcome.${f.outcome}`)}; {t('followUp.housing')}:{' '}
                  {t(`answers.housing.${f.housing}`)}; {t('followUp.income')}: {t(`answers.income.${f.income}`)}; {t('followUp.relapse')}:{' '}
                  {t(`answers.relapse.${f.relapse}`)}; {t('followUp.threatStands')}: {t(`answers.threatStands.${f.threatStands}`)}
                  {f.notes && <> — {f.notes}</>}
                </>
              ) : (
                <>
                  {' · '}
                  {t('followUp.notRecorded')}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function History({ entries }: { entries: Lifecycle['history'] }) {
  const { t } = useTranslation('lifecycle');
  return (
    <ScrollableTable caption={t('history.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('history.at')}</th>
          <th scope="col">{t('history.change')}</th>
          <th scope="col">{t('history.by')}</th>
          <th scope="col">{t('history.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {[...entries].reverse().map((entry) => (
          <tr key={entry.id}>
            <td>
              <DateTimeText instant={entry.at} />
            </td>
            <td>
              {t(`kind.${entry.kind}`)}
              {entry.fromStage !== entry.toStage && (
                <>
                  : {entry.fromStage && <>{t(`stage.${entry.fromStage}`)} → </>}
                  {t(`stage.${entry.toStage}`)}
                </>
              )}
              {entry.closureReason && <> ({t(`closureReason.${entry.closureReason}`)})</>}
              {entry.toRegion && entry.fromRegion && (
                <>
                  : {t(`common:region.${entry.fromRegion}`)} → {t(`common:region.${entry.toRegion}`)}
                </>
              )}
            </td>
            <td>{entry.actor}</td>
            <td>{entry.reason in SYSTEM_REASONS ? t(`history.system.${SYSTEM_REASONS[entry.reason]}`) : entry.reason}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
