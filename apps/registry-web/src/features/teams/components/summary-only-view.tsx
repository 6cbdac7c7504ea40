import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTimeText } from '../../../components/formatted-date';
import { ErrorMessage } from '../../../components/error-message';
import { Loading } from '../../../components/loading';
import { ScrollableTable } from '../../../components/scrollable-table';
import type { CaseAccessQuery } from '../../../gql/graphql';
import { useBreakGlass, useCaseAccess } from '../api/use-case-access';
import { MIN_REASON, reasonProblem } from '../reason';

type Summary = NonNullable<CaseAccessQuery['caseSummary']>;

interface Props {
  caseId: string;
  /** called once a break-glass grant is given: the page reads the case's details again */
  onGranted(grant: { expiresAt: string }): void;
}

/**
 * A case of the officer's region whose team they are not on: what every officer of the region may know
 * (that it exists, its status and its checker results) and break-glass, with a stated reason, for
 * time-limited access that the responsible officer and the auditors are told about at once.
 */
export function SummaryOnlyView({ caseId, onGranted }: Props) {
  const { t } = useTranslation('teams');
  const [result] = useCaseAccess(caseId);
  const summary = result.data?.caseSummary;
  if (result.fetching && !result.data) return <Loading label={t('loading')} />;
  if (!summary)
    return (
      <>
        <h1>{t('cases:detail.titleUnknown')}</h1>
        {result.error ? (
          <ErrorMessage error={result.error} messages={{ NOT_FOUND: t('summary.notFound') }} />
        ) : (
          <p role="alert">{t('summary.notFound')}</p>
        )}
      </>
    );
  return (
    <div className="summary-only">
      <h1>{t('summary.title', { reference: summary.reference })}</h1>
      <p className="notice">{t('summary.notOnTeam')}</p>
      <dl className="facts facts-inline">
        <dt>{t('summary.region')}</dt>
        <dd>{t(`common:region.${summary.region}`)}</dd>
        <dt>{t('summary.status')}</dt>
        <dd>{t(`common:caseStatus.${summary.status}`)}</dd>
      </dl>
      <Checks checks={summary.checks} />
      <BreakGlassForm caseId={caseId} onGranted={onGranted} />
    </div>
  );
}

function Checks({ checks }: { checks: Summary['checks'] }) {
  const { t } = useTranslation('teams');
  if (checks.length === 0) return <p>{t('summary.noChecks')}</p>;
  return (
    <ScrollableTable caption={t('summary.checksCaption')}>
      <thead>
        <tr>
          <th scope="col">{t('summary.checkedAt')}</th>
          <th scope="col">{t('summary.proposal')}</th>
          <th scope="col">{t('summary.result')}</th>
          <th scope="col">{t('summary.flags')}</th>
        </tr>
      </thead>
      <tbody>
        {checks.map((check, index) => (
          <tr key={index}>
            <th scope="row">
              <DateTimeText instant={check.checkedAt} />
            </th>
            <td>{t(`common:proposalStatus.${check.proposalStatus}`)}</td>
            <td>{check.cleared ? t('summary.cleared') : <strong>{t('summary.notCleared')}</strong>}</td>
            <td>
              {check.flags.length === 0
                ? t('summary.noFlags')
                : check.flags.map((flag) => (
                    <span key={flag.code} className={`flag-code-inline flag-${flag.severity.toLowerCase()}`}>
                      <code>{flag.code}</code> ({t(`common:flags.severity.${flag.severity}`)}){' '}
                    </span>
                  ))}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

function BreakGlassForm({ caseId, onGranted }: Props) {
  const { t } = useTranslation('teams');
  const [state, breakGlass] = useBreakGlass();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState(false);
  const ids = { heading: useId(), reason: useId(), hint: useId(), problem: useId() };
  return (
    <section className="card break-glass" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} className="card-title">
        {t('breakGlass.heading')}
      </h2>
      <p>{t('breakGlass.explanation')}</p>
      <ul className="plain-list">
        <li>{t('breakGlass.timeLimit')}</li>
        <li>{t('breakGlass.responsibleTold')}</li>
        <li>{t('breakGlass.auditorTold')}</li>
      </ul>
      <form
        className="break-glass-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (reasonProblem(reason)) return setProblem(true);
          setProblem(false);
          void breakGlass(caseId, reason.trim()).then((answer) => {
            if (answer.data) onGranted(answer.data.breakGlass);
          });
        }}
      >
        <div className="field">
          <label htmlFor={ids.reason}>{t('breakGlass.reason')}</label>
          <textarea
            id={ids.reason}
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-describedby={problem ? `${ids.problem} ${ids.hint}` : ids.hint}
            aria-invalid={problem || undefined}
          />
          <p id={ids.hint} className="hint">
            {t('breakGlass.reasonHint')}
          </p>
        </div>
        {problem && (
          <p id={ids.problem} className="field-error" role="alert">
            {t('problem.reason', { min: MIN_REASON })}
          </p>
        )}
        {state.error && <ErrorMessage error={state.error} />}
        <button type="submit" className="danger" disabled={state.fetching}>
          {t('breakGlass.submit')}
        </button>
      </form>
    </section>
  );
}
