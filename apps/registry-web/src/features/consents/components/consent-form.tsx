import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsentDataCategory, ConsentRecipient, type ConsentSigningInput, type RecordConsentInput } from '../../../gql/graphql';
import { todayInSweden } from '../../../lib/dates';
import { requiredSignatories } from '../consent-rules';
import { signatoriesFor, SigningFields, type SigningDraft } from './signing-fields';

const CATEGORIES = Object.values(ConsentDataCategory);
const RECIPIENTS = Object.values(ConsentRecipient);

export interface Member {
  id: string;
  name: string;
  birthYear: number | null;
}

type Problem = 'scope' | 'signatories' | 'date';

/** The signing as the API takes it, or the problem a case worker must fix first. */
export function signingInput(draft: SigningDraft): ConsentSigningInput | 'signatories' | 'date' {
  if (!draft.signedOn || draft.signedOn > todayInSweden()) return 'date';
  if (draft.signatories.length === 0 || draft.signatories.some((s) => !s.name.trim() || !s.answer)) return 'signatories';
  return {
    signedOn: draft.signedOn,
    ...(draft.reviewDue ? { reviewDue: draft.reviewDue } : {}),
    signatories: draft.signatories.map((s) => ({ role: s.role, name: s.name.trim(), answer: s.answer as 'YES' | 'NO' })),
  };
}

function Problems({ problem, id }: { problem: Problem | null; id: string }) {
  const { t } = useTranslation('consents');
  if (!problem) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {t(`form.problem.${problem}`)}
    </p>
  );
}

/** Record a new consent: whose, what data to which recipients, and the first signing. */
export function RecordConsentForm({
  members,
  submitting,
  onSubmit,
  onCancel,
}: {
  members: readonly Member[];
  submitting: boolean;
  onSubmit(input: RecordConsentInput): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('consents');
  const today = todayInSweden();
  const [personId, setPersonId] = useState(members[0]?.id ?? '');
  const member = members.find((m) => m.id === personId);
  const [categories, setCategories] = useState<string[]>(['PLACEMENT_NEEDS']);
  const [recipients, setRecipients] = useState<string[]>(['RECEIVING_MUNICIPALITY_SOCIAL_SERVICES', 'RESPONSIBLE_MUNICIPALITY']);
  const [draft, setDraft] = useState<SigningDraft>({
    signedOn: today,
    reviewDue: '',
    signatories: signatoriesFor(requiredSignatories(member?.birthYear, today)),
  });
  const [problem, setProblem] = useState<Problem | null>(null);
  const ids = { member: useId(), problem: useId() };
  const required = requiredSignatories(member?.birthYear, draft.signedOn || today);

  function chooseMember(id: string) {
    setPersonId(id);
    const chosen = members.find((m) => m.id === id);
    setDraft({ ...draft, signatories: signatoriesFor(requiredSignatories(chosen?.birthYear, draft.signedOn || today)) });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (categories.length === 0 || recipients.length === 0) return setProblem('scope');
    const signing = signingInput(draft);
    if (typeof signing === 'string') return setProblem(signing);
    setProblem(null);
    onSubmit({ personId, categories: categories as ConsentDataCategory[], recipients: recipients as ConsentRecipient[], signing });
  }

  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  return (
    <form className="card consent-form" onSubmit={submit} noValidate aria-label={t('form.recordLabel')}>
      <h4 className="card-title">{t('form.recordLabel')}</h4>
      <div className="field">
        <label htmlFor={ids.member}>{t('form.member')}</label>
        <select id={ids.member} value={personId} onChange={(e) => chooseMember(e.target.value)}>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
              {m.birthYear ? ` (${m.birthYear})` : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="field-row">
        <fieldset className="checkbox-group" aria-invalid={(problem === 'scope' && categories.length === 0) || undefined}>
          <legend>{t('form.categories')}</legend>
          {CATEGORIES.map((value) => (
            <label key={value} className="field-checkbox">
              <input type="checkbox" checked={categories.includes(value)} onChange={() => setCategories(toggle(categories, value))} />
              {t(`category.${value}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="checkbox-group">
          <legend>{t('form.recipients')}</legend>
          {RECIPIENTS.map((value) => (
            <label key={value} className="field-checkbox">
              <input type="checkbox" checked={recipients.includes(value)} onChange={() => setRecipients(toggle(recipients, value))} />
              {t(`recipient.${value}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <SigningFields draft={draft} onChange={setDraft} required={required} invalid={problem === 'signatories'} />
      <Problems problem={problem} id={ids.problem} />
      <div className="actions">
        <button type="submit" className="primary" disabled={submitting}>
          {t('form.record')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}

/** A renewal: a new signing of the same scope, with the answers the member's age asks for today. */
export function RenewConsentForm({
  member,
  submitting,
  onSubmit,
  onCancel,
}: {
  member: Member;
  submitting: boolean;
  onSubmit(signing: ConsentSigningInput): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('consents');
  const today = todayInSweden();
  const [draft, setDraft] = useState<SigningDraft>({
    signedOn: today,
    reviewDue: '',
    signatories: signatoriesFor(requiredSignatories(member.birthYear, today)),
  });
  const [problem, setProblem] = useState<Problem | null>(null);
  const problemId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const signing = signingInput(draft);
    if (typeof signing === 'string') return setProblem(signing);
    setProblem(null);
    onSubmit(signing);
  }

  return (
    <form className="card consent-form" onSubmit={submit} noValidate aria-label={t('form.renewLabel', { name: member.name })}>
      <h4 className="card-title">{t('form.renewLabel', { name: member.name })}</h4>
      <SigningFields
        draft={draft}
        onChange={setDraft}
        required={requiredSignatories(member.birthYear, draft.signedOn || today)}
        invalid={problem === 'signatories'}
      />
      <Problems problem={problem} id={problemId} />
      <div className="actions">
        <button type="submit" className="primary" disabled={submitting}>
          {t('form.renew')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
