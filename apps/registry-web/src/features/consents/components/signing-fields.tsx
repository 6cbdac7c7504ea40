import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentAnswer, SignatoryRole } from '../../../gql/graphql';

export interface SignatoryDraft {
  role: SignatoryRole;
  name: string;
  answer: ConsentAnswer | '';
}

export interface SigningDraft {
  signedOn: string;
  reviewDue: string;
  signatories: SignatoryDraft[];
}

/** Signatory rows for the roles the member's age asks for; a guardian row can be added (two guardians). */
export function signatoriesFor(roles: readonly SignatoryRole[]): SignatoryDraft[] {
  return roles.map((role) => ({ role, name: '', answer: '' }));
}

interface Props {
  draft: SigningDraft;
  onChange(draft: SigningDraft): void;
  required: readonly SignatoryRole[];
  invalid: boolean;
}

/** The day signed, the review date (empty: six months) and each signatory's name and answer. */
export function SigningFields({ draft, onChange, required, invalid }: Props) {
  const { t } = useTranslation('consents');
  const ids = { signed: useId(), review: useId(), reviewHint: useId(), who: useId() };
  const setSignatory = (index: number, change: Partial<SignatoryDraft>) =>
    onChange({ ...draft, signatories: draft.signatories.map((s, i) => (i === index ? { ...s, ...change } : s)) });

  return (
    <>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.signed}>{t('form.signedOn')}</label>
          <input
            id={ids.signed}
            type="date"
            value={draft.signedOn}
            required
            onChange={(e) => onChange({ ...draft, signedOn: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.review}>{t('form.reviewDue')}</label>
          <input
            id={ids.review}
            type="date"
            value={draft.reviewDue}
            aria-describedby={ids.reviewHint}
            onChange={(e) => onChange({ ...draft, reviewDue: e.target.value })}
          />
          <p id={ids.reviewHint} className="hint">
            {t('form.reviewHint')}
          </p>
        </div>
      </div>
      <fieldset className="signatories">
        <legend>{t('form.signatories')}</legend>
        <p className="hint" id={ids.who}>
          {t(`form.who.${required.join('_') || 'PERSON'}`)}
        </p>
        {draft.signatories.map((signatory, index) => (
          <SignatoryRow
            key={index}
            index={index}
            signatory={signatory}
            invalid={invalid}
            onChange={(change) => setSignatory(index, change)}
            onRemove={
              draft.signatories.filter((s) => s.role === signatory.role).length > 1
                ? () => onChange({ ...draft, signatories: draft.signatories.filter((_, i) => i !== index) })
                : undefined
            }
          />
        ))}
        {required.includes('GUARDIAN') && (
          <button
            type="button"
            onClick={() => onChange({ ...draft, signatories: [...draft.signatories, { role: 'GUARDIAN', name: '', answer: '' }] })}
          >
            {t('form.addGuardian')}
          </button>
        )}
      </fieldset>
    </>
  );
}

function SignatoryRow({
  index,
  signatory,
  invalid,
  onChange,
  onRemove,
}: {
  index: number;
  signatory: SignatoryDraft;
  invalid: boolean;
  onChange(change: Partial<SignatoryDraft>): void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation('consents');
  const ids = { name: useId(), answer: useId() };
  const role = t(`role.${signatory.role}`);
  return (
    <div className="signatory-row" role="group" aria-label={t('form.signatoryLabel', { role, number: index + 1 })}>
      <div className="field">
        <label htmlFor={ids.name}>{t('form.name', { role })}</label>
        <input
          id={ids.name}
          type="text"
          autoComplete="off"
          value={signatory.name}
          aria-invalid={(invalid && !signatory.name.trim()) || undefined}
          onChange={(e) => onChange({ name: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.answer}>{t('form.answer', { role })}</label>
        <select
          id={ids.answer}
          value={signatory.answer}
          aria-invalid={(invalid && !signatory.answer) || undefined}
          onChange={(e) => onChange({ answer: e.target.value as ConsentAnswer | '' })}
        >
          <option value="">{t('form.chooseAnswer')}</option>
          <option value="YES">{t('answer.YES')}</option>
          <option value="NO">{t('answer.NO')}</option>
        </select>
      </div>
      {onRemove && (
        <button type="button" className="link-button" onClick={onRemove}>
          {t('form.removeSignatory')}
        </button>
      )}
    </div>
  );
}
