import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { useDestinationCleared } from '../api/use-destination-cleared';
import { useMunicipalities } from '../api/use-municipalities';
import { ClearanceAnswerText } from './clearance-answer';

/**
 * The home (responsible) municipality asks whether a destination would be cleared for its own case.
 * The answer is yes or no; asking about many destinations for one case is limited and audited.
 */
export function DestinationQuestion() {
  const { t, i18n } = useTranslation('clearance');
  const [municipalities] = useMunicipalities();
  const { answer, ask, reset } = useDestinationCleared();
  const [caseReference, setCaseReference] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [problems, setProblems] = useState<{ reference?: boolean; municipality?: boolean }>({});
  const ids = { heading: useId(), reference: useId(), referenceProblem: useId(), municipality: useId(), municipalityProblem: useId() };
  const collator = new Intl.Collator(i18n.language.startsWith('en') ? 'en' : 'sv');
  const options = [...(municipalities.data?.municipalities ?? [])].sort((a, b) => collator.compare(a.name, b.name));

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = { reference: caseReference.trim() === '', municipality: municipalityCode === '' };
    setProblems(found);
    if (!found.reference && !found.municipality) void ask(caseReference.trim(), municipalityCode);
  }

  return (
    <section className="card" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('destination.heading')}</h2>
      <p className="hint">{t('destination.intro')}</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={ids.reference}>{t('destination.caseReference')}</label>
          <input
            id={ids.reference}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={caseReference}
            onChange={(event) => {
              setCaseReference(event.target.value);
              reset();
            }}
            aria-invalid={problems.reference || undefined}
            aria-describedby={problems.reference ? ids.referenceProblem : undefined}
          />
          {problems.reference && (
            <p id={ids.referenceProblem} className="field-error">
              {t('destination.referenceMissing')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={ids.municipality}>{t('destination.municipality')}</label>
          <select
            id={ids.municipality}
            value={municipalityCode}
            onChange={(event) => {
              setMunicipalityCode(event.target.value);
              reset();
            }}
            aria-invalid={problems.municipality || undefined}
            aria-describedby={problems.municipality ? ids.municipalityProblem : undefined}
          >
            <option value="">
              {municipalities.fetching ? t('destination.loadingMunicipalities') : t('destination.chooseMunicipality')}
            </option>
            {options.map((municipality) => (
              <option key={municipality.code} value={municipality.code}>
                {municipality.name} ({municipality.code})
              </option>
            ))}
          </select>
          {problems.municipality && (
            <p id={ids.municipalityProblem} className="field-error">
              {t('destination.municipalityMissing')}
            </p>
          )}
          {municipalities.error && <ErrorMessage error={municipalities.error} />}
        </div>
        <button type="submit" className="primary" disabled={answer.status === 'asking'}>
          {t('destination.button')}
        </button>
      </form>
      <div role="status" aria-live="polite" className="answer-region">
        {answer.status === 'asking' && <p className="loading">{t('asking')}</p>}
        {answer.status === 'answered' && <ClearanceAnswerText cleared={answer.cleared} />}
      </div>
      {answer.status === 'failed' && (
        <ErrorMessage
          error={answer.error}
          messages={{ RATE_LIMITED: t('destination.rateLimited'), NOT_FOUND: t('destination.notFound') }}
        />
      )}
    </section>
  );
}
