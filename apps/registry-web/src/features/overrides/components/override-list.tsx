import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '../../../components/formatted-date';
import { FlagList } from '../../../components/flag-list';
import type { NotClearedProposalsQuery } from '../../../gql/graphql';
import { OverrideForm } from './override-form';

type Proposal = NotClearedProposalsQuery['cases'][number]['proposals'][number] & {
  caseId: string;
  caseReference: string;
  caseRegion: string;
};

interface Props {
  proposals: readonly Proposal[];
  submitting: boolean;
  onOverride(proposal: Proposal, justification: string): void;
}

export function OverrideList({ proposals, submitting, onOverride }: Props) {
  const { t } = useTranslation('overrides');
  const [open, setOpen] = useState<string | null>(null);
  return (
    <ul className="card-list">
      {proposals.map((proposal) => {
        const label = `${proposal.caseReference}: ${proposal.municipality.name}`;
        return (
          <li key={proposal.id} className="card">
            <article aria-labelledby={`proposal-${proposal.id}`}>
              <h2 id={`proposal-${proposal.id}`} className="card-title">
                <Link to={`/cases/${encodeURIComponent(proposal.caseId)}`}>{proposal.caseReference}</Link>
                {' → '}
                {proposal.municipality.name} <span className="code-hint">{proposal.municipality.code}</span>
              </h2>
              <p className="muted">
                {t(`common:region.${proposal.caseRegion}`)} · {t(`common:housing.${proposal.housingType}`)} ·{' '}
                <DateText date={proposal.startDate} /> – <DateText date={proposal.endDate} />
              </p>
              <FlagList flags={proposal.check.flags} />
              {open === proposal.id ? (
                <OverrideForm
                  proposalLabel={label}
                  submitting={submitting}
                  onCancel={() => setOpen(null)}
                  onSubmit={(justification) => {
                    setOpen(null);
                    onOverride(proposal, justification);
                  }}
                />
              ) : (
                <button
                  type="button"
                  onClick={() => setOpen(proposal.id)}
                  disabled={submitting}
                  aria-describedby={`proposal-${proposal.id}`}
                >
                  {t('override')}
                </button>
              )}
            </article>
          </li>
        );
      })}
    </ul>
  );
}
