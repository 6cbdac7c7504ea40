import { useTranslation } from 'react-i18next';
import { DateTimeText } from '../../../components/formatted-date';
import { ReasonForm } from '../../../components/reason-form';
import { useCloseSurveillanceHold, useSurveillanceHoldClosures } from '../api/use-surveillance-holds';

interface Person {
  id: string;
  givenName: string;
  familyName: string;
  surveillanceHold: boolean;
}

/**
 * A member's hold as the household table shows it. The hold's own reason is never shown; national
 * coordination, whose holds they are, also sees the last lifting (who, when, why) and may lift an active one.
 */
export function HoldStatus({ person, national, onLift }: { person: Person; national: boolean; onLift(opener: HTMLButtonElement): void }) {
  const { t } = useTranslation('closings');
  const [{ data }] = useSurveillanceHoldClosures(person.id, !national);
  const last = data?.surveillanceHoldClosures.at(-1);
  if (person.surveillanceHold)
    return (
      <div className="status-action">
        <strong>{t('cases:household.holdActive')}</strong>
        {national && (
          <button
            type="button"
            onClick={(event) => onLift(event.currentTarget)}
            aria-label={t('hold.liftLabel', { name: `${person.givenName} ${person.familyName}` })}
          >
            {t('hold.lift')}
          </button>
        )}
      </div>
    );
  return (
    <>
      {t('common:no')}
      {last && (
        <span className="hint conflict-reason closure-note">
          {t('hold.lifted')} <DateTimeText instant={last.closedAt} /> {t('closedBy', { officer: last.closedBy, reason: last.reason })}
        </span>
      )}
    </>
  );
}

/** National coordination lifts a member's hold, saying why; the household and the checks are read again. */
export function LiftHoldForm({ person, onDone, onCancel }: { person: Person; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation('closings');
  const { fetching, error, close } = useCloseSurveillanceHold();
  return (
    <ReasonForm
      label={t('hold.liftLabel', { name: `${person.givenName} ${person.familyName}` })}
      fieldLabel={t('hold.reason')}
      submitLabel={t('hold.submit')}
      submitting={fetching}
      danger
      autoFocus
      error={error}
      onSubmit={(reason) => void close(person.id, reason).then((answer) => !answer.error && onDone())}
      onCancel={onCancel}
    />
  );
}
