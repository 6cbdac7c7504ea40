import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClearanceReferenceOnce } from '../../../components/clearance-reference-once';
import { ErrorMessage } from '../../../components/error-message';
import { Loading } from '../../../components/loading';
import { useNotClearedProposals } from '../api/use-not-cleared-proposals';
import { useOverrideProposal } from '../api/use-override-proposal';
import { OverrideList } from './override-list';

interface Outcome {
  caseReference: string;
  municipalityName: string;
  status: string;
  /** shown once; held in this component's state only */
  clearanceReference: string | null;
}

export function OverridesView() {
  const { t } = useTranslation('overrides');
  const { result, proposals } = useNotClearedProposals();
  const { submitting, error, override } = useOverrideProposal();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  let body;
  if (result.fetching && !result.data) body = <Loading label={t('loading')} />;
  else if (result.error && !result.data) body = <ErrorMessage error={result.error} />;
  else if (proposals.length === 0) body = <p>{t('empty')}</p>;
  else
    body = (
      <OverrideList
        proposals={proposals}
        submitting={submitting}
        onOverride={(proposal, justification) => {
          setOutcome(null);
          void override(proposal.id, justification).then((answer) => {
            if (answer)
              setOutcome({
                caseReference: proposal.caseReference,
                municipalityName: answer.municipality.name,
                status: answer.status,
                clearanceReference: answer.clearanceReference ?? null,
              });
          });
        }}
      />
    );

  return (
    <>
      {error && <ErrorMessage error={error} />}
      {outcome && (
        <section className="card outcome" aria-labelledby="override-outcome">
          <h2 id="override-outcome" className="card-title">
            {t('outcome.heading', { reference: outcome.caseReference, name: outcome.municipalityName })}
          </h2>
          <p role="status">
            {t('outcome.status')} <span className="status-badge">{t(`common:proposalStatus.${outcome.status}`)}</span>
          </p>
          {outcome.clearanceReference && <ClearanceReferenceOnce reference={outcome.clearanceReference} />}
          <button type="button" onClick={() => setOutcome(null)}>
            {t('outcome.close')}
          </button>
        </section>
      )}
      {body}
    </>
  );
}
