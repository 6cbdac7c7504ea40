import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActualAreaKind, Confidence, type ActualAreaInput } from '../../../gql/graphql';
import { dayNumber, isIsoDate, todayInSweden } from '../../../lib/dates';

const KINDS = Object.values(ActualAreaKind);
const CONFIDENCES = Object.values(Confidence);

interface Props {
  persons: readonly { id: string; name: string }[];
  municipalities: readonly { code: string; name: string }[];
  submitting: boolean;
  onSubmit(input: ActualAreaInput): void;
}

type Problem = 'municipality' | 'kind' | 'confidence' | 'dates';

/** Records where a household member actually lives or spends time. Nothing is kept in the browser but this form. */
export function AddAreaForm({ persons, municipalities, submitting, onSubmit }: Props) {
  const { t } = useTranslation('actual-areas');
  const [personId, setPersonId] = useState(persons[0]?.id ?? '');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [kind, setKind] = useState<ActualAreaKind | ''>('');
  const [confidence, setConfidence] = useState<Confidence | ''>('');
  const [validFrom, setValidFrom] = useState(todayInSweden());
  const [validTo, setValidTo] = useState('');
  const [sourceNote, setSourceNote] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const ids = {
    person: useId(),
    municipality: useId(),
    kind: useId(),
    confidence: useId(),
    from: useId(),
    to: useId(),
    note: useId(),
    problem: useId(),
    hint: useId(),
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (municipalityCode === '') return setProblem('municipality');
    if (kind === '') return setProblem('kind');
    if (confidence === '') return setProblem('confidence');
    if (!isIsoDate(validFrom) || (validTo !== '' && (!isIsoDate(validTo) || dayNumber(validTo) < dayNumber(validFrom))))
      return setProblem('dates');
    setProblem(null);
    onSubmit({
      personId,
      municipalityCode,
      kind,
      confidence,
      validFrom,
      validTo: validTo === '' ? null : validTo,
      sourceNote: sourceNote.trim() === '' ? null : sourceNote.trim(),
    });
  }

  const invalid = (which: Problem) => (problem === which ? { 'aria-invalid': true, 'aria-describedby': ids.problem } : {});

  return (
    <form onSubmit={submit} noValidate aria-label={t('add.formLabel')}>
      <div className="field">
        <label htmlFor={ids.person}>{t('add.person')}</label>
        <select id={ids.person} value={personId} onChange={(event) => setPersonId(event.target.value)}>
          {persons.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.municipality}>{t('add.municipality')}</label>
        <select
          id={ids.municipality}
          value={municipalityCode}
          onChange={(event) => setMunicipalityCode(event.target.value)}
          {...invalid('municipality')}
        >
          <option value="">{t('add.chooseMunicipality')}</option>
          {municipalities.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name} ({m.code})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.kind}>{t('add.kind')}</label>
        <select id={ids.kind} value={kind} onChange={(event) => setKind(event.target.value as ActualAreaKind | '')} {...invalid('kind')}>
          <option value="">{t('add.chooseKind')}</option>
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`kinds.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.confidence}>{t('add.confidence')}</label>
        <select
          id={ids.confidence}
          value={confidence}
          onChange={(event) => setConfidence(event.target.value as Confidence | '')}
          aria-describedby={problem === 'confidence' ? `${ids.problem} ${ids.hint}` : ids.hint}
          aria-invalid={problem === 'confidence' || undefined}
        >
          <option value="">{t('add.chooseConfidence')}</option>
          {CONFIDENCES.map((value) => (
            <option key={value} value={value}>
              {t(`confidences.${value}`)}
            </option>
          ))}
        </select>
        <p id={ids.hint} className="hint">
          {t('add.confidenceHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={ids.from}>{t('add.validFrom')}</label>
        <input id={ids.from} type="date" value={validFrom} onChange={(event) => setValidFrom(event.target.value)} {...invalid('dates')} />
      </div>
      <div className="field">
        <label htmlFor={ids.to}>{t('add.validTo')}</label>
        <input
          id={ids.to}
          type="date"
          min={validFrom}
          value={validTo}
          onChange={(event) => setValidTo(event.target.value)}
          {...invalid('dates')}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.note}>{t('add.sourceNote')}</label>
        <textarea id={ids.note} rows={2} maxLength={500} value={sourceNote} onChange={(event) => setSourceNote(event.target.value)} />
      </div>
      {problem && (
        <p id={ids.problem} className="field-error">
          {t(`add.problems.${problem}`)}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={submitting}>
          {t('add.button')}
        </button>
      </div>
    </form>
  );
}
