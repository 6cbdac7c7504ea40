import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTimeText } from '../../../components/formatted-date';
import { ErrorMessage } from '../../../components/error-message';
import { Loading } from '../../../components/loading';
import { ScrollableTable } from '../../../components/scrollable-table';
import { TeamRole } from '../../../gql/graphql';
import { useAddTeamMember, useCaseTeam, useRemoveTeamMember } from '../api/use-case-team';
import { MIN_REASON, reasonProblem } from '../reason';

const ROLES = Object.values(TeamRole);

/**
 * The case's team on the case page: who works it, in what role and why. Only the team and national
 * coordination read the case's details; adding and removing members is audited, with the reason given.
 */
export function TeamSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation('teams');
  const [result] = useCaseTeam(caseId);
  const [addState, add] = useAddTeamMember();
  const [removeState, remove] = useRemoveTeamMember();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const data = result.data?.case;

  let body;
  if (result.fetching && !result.data) body = <Loading label={t('loading')} />;
  else if (result.error && !data) body = <ErrorMessage error={result.error} />;
  else if (data) {
    const members = [...data.team].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.addedAt.localeCompare(b.addedAt));
    const removingMember = members.find((m) => m.id === removing);
    body = (
      <>
        <ScrollableTable caption={t('table.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('table.officer')}</th>
              <th scope="col">{t('table.role')}</th>
              <th scope="col">{t('table.reason')}</th>
              <th scope="col">{t('table.added')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('table.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id}>
                <th scope="row" className="user-id">
                  {member.officer}
                </th>
                <td>{t(`role.${member.role}`)}</td>
                <td className="preserve-lines">{member.reason}</td>
                <td>
                  <DateTimeText instant={member.addedAt} /> <span className="muted">{t('table.by', { officer: member.addedBy })}</span>
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() => setRemoving(member.id)}
                    disabled={removeState.fetching}
                    aria-label={t('remove.buttonLabel', { officer: member.officer })}
                  >
                    {t('remove.button')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
        {removingMember && (
          <ReasonForm
            key={removingMember.id}
            label={t('remove.formLabel', { officer: removingMember.officer })}
            hint={removingMember.role === 'RESPONSIBLE_OFFICER' ? t('remove.responsibleHint') : t('remove.hint')}
            submitLabel={t('remove.confirm')}
            danger
            submitting={removeState.fetching}
            onCancel={() => setRemoving(null)}
            onSubmit={(reason) =>
              void remove(caseId, removingMember.id, reason).then((answer) => {
                if (answer.data) {
                  setRemoving(null);
                  setDone(t('remove.done', { officer: removingMember.officer }));
                }
              })
            }
          />
        )}
        {removeState.error && <ErrorMessage error={removeState.error} />}
        {adding ? (
          <AddMemberForm
            submitting={addState.fetching}
            onCancel={() => setAdding(false)}
            onSubmit={(officer, role, reason) =>
              void add(caseId, officer, role, reason).then((answer) => {
                if (answer.data) {
                  setAdding(false);
                  setDone(t('add.done', { officer }));
                }
              })
            }
          />
        ) : (
          <p>
            <button type="button" onClick={() => setAdding(true)}>
              {t('add.button')}
            </button>
          </p>
        )}
        {addState.error && <ErrorMessage error={addState.error} />}
      </>
    );
  }

  return (
    <section className="case-section team-section" aria-labelledby="team-heading">
      <h2 id="team-heading">{t('heading')}</h2>
      <p className="hint">{t('intro')}</p>
      <p role="status" className="action-status">
        {done}
      </p>
      {body}
    </section>
  );
}

function AddMemberForm({
  submitting,
  onSubmit,
  onCancel,
}: {
  submitting: boolean;
  onSubmit(officer: string, role: TeamRole, reason: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('teams');
  const [officer, setOfficer] = useState('');
  const [role, setRole] = useState<TeamRole | ''>('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<'officer' | 'role' | 'reason' | null>(null);
  const ids = { officer: useId(), officerHint: useId(), role: useId(), reason: useId(), problem: useId() };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!officer.trim()) return setProblem('officer');
    if (!role) return setProblem('role');
    if (reasonProblem(reason)) return setProblem('reason');
    setProblem(null);
    onSubmit(officer.trim(), role, reason.trim());
  }

  return (
    <form className="card team-form" onSubmit={submit} noValidate aria-label={t('add.formLabel')}>
      <h3 className="card-title">{t('add.formLabel')}</h3>
      <div className="field">
        <label htmlFor={ids.officer}>{t('add.officer')}</label>
        <input
          id={ids.officer}
          type="text"
          autoComplete="off"
          value={officer}
          onChange={(e) => setOfficer(e.target.value)}
          aria-describedby={ids.officerHint}
          aria-invalid={problem === 'officer' || undefined}
        />
        <p id={ids.officerHint} className="hint">
          {t('add.officerHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={ids.role}>{t('add.role')}</label>
        <select
          id={ids.role}
          value={role}
          onChange={(e) => setRole(e.target.value as TeamRole | '')}
          aria-invalid={problem === 'role' || undefined}
        >
          <option value="">{t('add.chooseRole')}</option>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`role.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.reason}>{t('add.reason')}</label>
        <textarea
          id={ids.reason}
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={problem === 'reason' || undefined}
        />
      </div>
      {problem && (
        <p id={ids.problem} className="field-error" role="alert">
          {t(`problem.${problem}`, { min: MIN_REASON })}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={submitting}>
          {t('add.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}

/** A reason asked before an audited change (removing a member). */
export function ReasonForm({
  label,
  hint,
  submitLabel,
  danger,
  submitting,
  onSubmit,
  onCancel,
}: {
  label: string;
  hint: string;
  submitLabel: string;
  danger?: boolean;
  submitting: boolean;
  onSubmit(reason: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('teams');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState(false);
  const ids = { reason: useId(), hint: useId(), problem: useId() };
  return (
    <form
      className="card team-form"
      noValidate
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        if (reasonProblem(reason)) return setProblem(true);
        setProblem(false);
        onSubmit(reason.trim());
      }}
    >
      <h3 className="card-title">{label}</h3>
      <div className="field">
        <label htmlFor={ids.reason}>{t('remove.reason')}</label>
        <textarea
          id={ids.reason}
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-describedby={problem ? `${ids.problem} ${ids.hint}` : ids.hint}
          aria-invalid={problem || undefined}
        />
        <p id={ids.hint} className="hint">
          {hint}
        </p>
      </div>
      {problem && (
        <p id={ids.problem} className="field-error" role="alert">
          {t('problem.reason', { min: MIN_REASON })}
        </p>
      )}
      <div className="actions">
        <button type="submit" className={danger ? 'danger' : 'primary'} disabled={submitting}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
