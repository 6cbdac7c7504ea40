import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConditionKind, TeamRole, type AddConditionInput } from '../../../gql/graphql';
import { useAreaMunicipalities } from '../api/use-area-municipalities';
import { dayNumber, isIsoDate, todayInSweden } from '../../../lib/dates';

const KINDS = Object.values(ConditionKind);
const ROLES = Object.values(TeamRole).filter((role) => role !== TeamRole.ResponsibleOfficer);
const DEFAULT_NOTIFY: TeamRole[] = [TeamRole.LocalCoordinator];

type Problem = 'kind' | 'areas' | 'description' | 'breachRule' | 'signedOn';

interface Props {
  submitting: boolean;
  onSubmit(input: AddConditionInput): void;
  onCancel(): void;
}

/** A condition as signed: its kind, what it says, what counts as a breach, and who on the team is told. */
export function AddConditionForm({ submitting, onSubmit, onCancel }: Props) {
  const { t, i18n } = useTranslation('conditions');
  const [municipalities] = useAreaMunicipalities();
  const [kind, setKind] = useState<ConditionKind | ''>('');
  const [areas, setAreas] = useState<string[]>([]);
  const [description, setDescription] = useState('');
  const [breachRule, setBreachRule] = useState('');
  const [notify, setNotify] = useState<TeamRole[]>(DEFAULT_NOTIFY);
  const [signedOn, setSignedOn] = useState(todayInSweden());
  const [problem, setProblem] = useState<Problem | null>(null);
  const ids = { kind: useId(), areas: useId(), description: useId(), rule: useId(), signed: useId(), problem: useId(), notify: useId() };
  const collator = new Intl.Collator(i18n.language.startsWith('en') ? 'en' : 'sv');
  const options = [...(municipalities.data?.municipalities ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  const stayAway = kind === ConditionKind.StayAwayFromArea;

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Problem | null =
      kind === ''
        ? 'kind'
        : stayAway && areas.length === 0
          ? 'areas'
          : kind === ConditionKind.Other && description.trim().length < 3
            ? 'description'
            : breachRule.trim().length < 3
              ? 'breachRule'
              : !isIsoDate(signedOn) || dayNumber(signedOn) > dayNumber(todayInSweden())
                ? 'signedOn'
                : null;
    setProblem(found);
    if (found || kind === '') return;
    onSubmit({
      kind,
      areaMunicipalityCodes: stayAway ? areas : null,
      description: description.trim() === '' ? null : description.trim(),
      breachRule: breachRule.trim(),
      notify: [TeamRole.ResponsibleOfficer, ...notify],
      signedOn,
    });
  }

  const invalid = (which: Problem) => ({
    'aria-invalid': problem === which || undefined,
    'aria-describedby': problem === which ? ids.problem : undefined,
  });

  return (
    <form className="condition-form" onSubmit={submit} noValidate aria-label={t('add.formLabel')}>
      <div className="field">
        <label htmlFor={ids.kind}>{t('add.kind')}</label>
        <select id={ids.kind} value={kind} onChange={(event) => setKind(event.target.value as ConditionKind | '')} {...invalid('kind')}>
          <option value="">{t('add.chooseKind')}</option>
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`kind.${value}`)}
            </option>
          ))}
        </select>
      </div>
      {stayAway && (
        <div className="field">
          <label htmlFor={ids.areas}>{t('add.areas')}</label>
          <select
            id={ids.areas}
            multiple
            size={6}
            value={areas}
            onChange={(event) => setAreas([...event.target.selectedOptions].map((option) => option.value))}
            {...invalid('areas')}
          >
            {options.map((municipality) => (
              <option key={municipality.code} value={municipality.code}>
                {municipality.name} ({municipality.code})
              </option>
            ))}
          </select>
          <p className="hint">{t('add.areasHint')}</p>
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.description}>{kind === ConditionKind.Other ? t('add.descriptionRequired') : t('add.description')}</label>
        <textarea
          id={ids.description}
          rows={2}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          {...invalid('description')}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.rule}>{t('add.breachRule')}</label>
        <textarea
          id={ids.rule}
          rows={2}
          value={breachRule}
          onChange={(event) => setBreachRule(event.target.value)}
          {...invalid('breachRule')}
        />
        <p className="hint">{t('add.breachRuleHint')}</p>
      </div>
      <fieldset className="field" aria-describedby={ids.notify}>
        <legend>{t('add.notify')}</legend>
        <p id={ids.notify} className="hint">
          {t('add.notifyHint')}
        </p>
        {ROLES.map((role) => (
          <label key={role} className="field-checkbox">
            <input
              type="checkbox"
              checked={notify.includes(role)}
              onChange={(event) => setNotify((current) => (event.target.checked ? [...current, role] : current.filter((r) => r !== role)))}
            />
            {t(`role.${role}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={ids.signed}>{t('add.signedOn')}</label>
        <input
          id={ids.signed}
          type="date"
          max={todayInSweden()}
          value={signedOn}
          onChange={(event) => setSignedOn(event.target.value)}
          {...invalid('signedOn')}
        />
      </div>
      {problem && (
        <p id={ids.problem} className="field-error">
          {t(`add.problem.${problem}`)}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={submitting}>
          {t('add.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
