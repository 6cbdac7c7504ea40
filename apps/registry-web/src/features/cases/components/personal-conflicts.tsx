import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { DateTimeText } from '../../../components/formatted-date';
import { ReasonForm } from '../../../components/reason-form';
import { ScrollableTable } from '../../../components/scrollable-table';
import { KeepApartScope, type PersonalConflictsQuery } from '../../../gql/graphql';
import { ReviewDate } from './review-date';
import { useConflictChanges, usePersonalConflicts } from '../api/use-personal-conflicts';

type Conflict = PersonalConflictsQuery['personalConflicts'][number];
interface Member {
  id: string;
  givenName: string;
  familyName: string;
}

const SCOPES = Object.values(KeepApartScope);

/**
 * The household's personal conflicts, member by member: each side's part, how far apart the two must be
 * kept (the checker blocks destinations within that scope), when it is next to be reviewed, and closing.
 */
export function PersonalConflicts({ members }: { members: readonly Member[] }) {
  const { t } = useTranslation('conflicts');
  return (
    <section className="card" aria-labelledby="personal-conflicts-heading">
      <h3 id="personal-conflicts-heading">{t('heading')}</h3>
      <p className="hint">{t('intro')}</p>
      {members.map((member) => (
        <MemberConflicts key={member.id} member={member} />
      ))}
    </section>
  );
}

function MemberConflicts({ member }: { member: Member }) {
  const { t } = useTranslation('conflicts');
  const { data, error, fetching, reload } = usePersonalConflicts(member.id);
  const [editing, setEditing] = useState<{ id: string; mode: 'review' | 'close' } | undefined>();
  const name = `${member.givenName} ${member.familyName}`;
  if (error) return <ErrorMessage error={error} />;
  const conflicts = data?.personalConflicts ?? [];
  if (fetching && !data) return <p aria-busy="true">{t('loading', { name })}</p>;
  if (conflicts.length === 0) return <p>{t('none', { name })}</p>;
  const current = conflicts.find((c) => c.id === editing?.id);
  return (
    <>
      <ScrollableTable caption={t('caption', { name })}>
        <thead>
          <tr>
            <th scope="col">{t('column.kind')}</th>
            <th scope="col">{t('column.roles')}</th>
            <th scope="col">{t('column.scope')}</th>
            <th scope="col">{t('column.review')}</th>
            <th scope="col">{t('column.status')}</th>
            <th scope="col">{t('column.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((conflict) => (
            <tr key={conflict.id}>
              <th scope="row">
                {t(`kind.${conflict.kind}`)}
                {conflict.reason && <span className="hint conflict-reason">{conflict.reason}</span>}
              </th>
              <td>
                {t('roles', {
                  member: t(`role.${conflict.personRole}`),
                  other: t(`role.${conflict.otherRole}`),
                })}
                {conflict.otherPersonId === null && <span className="hint"> {t('otherHidden')}</span>}
              </td>
              <td>{t(`scope.${conflict.scope}`)}</td>
              <td>{conflict.reviewDue ? <ReviewDate date={conflict.reviewDue} /> : '–'}</td>
              <td>
                {conflict.closure ? (
                  <>
                    {t('closed')} <DateTimeText instant={conflict.closure.closedAt} />
                    <span className="hint"> {t('closedBy', { officer: conflict.closure.closedBy, reason: conflict.closure.reason })}</span>
                  </>
                ) : (
                  <strong>{t('open')}</strong>
                )}
              </td>
              <td>
                {!conflict.closure && (
                  <div className="actions actions-compact">
                    <button
                      type="button"
                      onClick={() => setEditing({ id: conflict.id, mode: 'review' })}
                      aria-label={t('reviewLabel', { kind: t(`kind.${conflict.kind}`), name })}
                    >
                      {t('review')}
                    </button>
                    <button
                      type="button"
                      onClick={() => setEditing({ id: conflict.id, mode: 'close' })}
                      aria-label={t('closeLabel', { kind: t(`kind.${conflict.kind}`), name })}
                    >
                      {t('close')}
                    </button>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
      {current && editing && (
        <ConflictForm
          key={`${current.id}-${editing.mode}`}
          conflict={current}
          mode={editing.mode}
          name={name}
          onDone={() => {
            setEditing(undefined);
            reload();
          }}
          onCancel={() => setEditing(undefined)}
        />
      )}
    </>
  );
}

function ConflictForm({
  conflict,
  mode,
  name,
  onDone,
  onCancel,
}: {
  conflict: Conflict;
  mode: 'review' | 'close';
  name: string;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('conflicts');
  const { submitting, error, review, close } = useConflictChanges();
  const [scope, setScope] = useState<KeepApartScope>(conflict.scope);
  const [reviewDue, setReviewDue] = useState(conflict.reviewDue ?? '');
  const ids = { scope: useId(), review: useId() };

  async function submit(reason: string) {
    const done =
      mode === 'close'
        ? await close(conflict.id, reason)
        : await review(conflict.id, { scope, ...(reviewDue ? { reviewDue } : {}), ...(reason ? { reason } : {}) });
    if (done) onDone();
  }

  return (
    <ReasonForm
      label={t(mode === 'close' ? 'closeLabel' : 'reviewLabel', { kind: t(`kind.${conflict.kind}`), name })}
      fieldLabel={t(mode === 'close' ? 'form.closeReason' : 'form.reason')}
      submitLabel={t(mode === 'close' ? 'form.submitClose' : 'form.submitReview')}
      submitting={submitting}
      danger={mode === 'close'}
      optional={mode === 'review'}
      autoFocus={mode === 'close'}
      error={error}
      onSubmit={(reason) => void submit(reason)}
      onCancel={onCancel}
    >
      {mode === 'review' && (
        <div className="field-row">
          <div className="field">
            <label htmlFor={ids.scope}>{t('form.scope')}</label>
            <select id={ids.scope} value={scope} onChange={(event) => setScope(event.target.value as KeepApartScope)}>
              {SCOPES.map((value) => (
                <option key={value} value={value}>
                  {t(`scope.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.review}>{t('form.reviewDue')}</label>
            <input id={ids.review} type="date" value={reviewDue} onChange={(event) => setReviewDue(event.target.value)} />
          </div>
        </div>
      )}
    </ReasonForm>
  );
}
