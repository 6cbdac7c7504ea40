import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { DateText, DateTimeText } from '../../../components/formatted-date';
import { ReasonForm } from '../../../components/reason-form';
import { ScrollableTable } from '../../../components/scrollable-table';
import type { KnownLocationsQuery } from '../../../gql/graphql';
import { errorKindOf } from '../../../lib/errors';
import { useCloseKnownLocation, useKnownLocations, useMunicipalityNames } from '../api/use-known-locations';
import { usePersonalConflicts } from '../api/use-personal-conflicts';

type Location = KnownLocationsQuery['knownLocations'][number];

/**
 * Where the persons THREAT_ACTOR_PRESENCE counts for this household are known to stay: the threat
 * assessment's actors and the other side of each open personal conflict the caller may see. Each open
 * location can be closed with a reason. A person the caller may not see is never listed (the API leaves
 * them out, or answers NOT_FOUND, shown like a person with no locations), so the page tells nothing the
 * API would not.
 */
export function KnownLocations({ actors, members }: { actors: readonly { id: string }[]; members: readonly { id: string }[] }) {
  const { t } = useTranslation('closings');
  const [counterparts, setCounterparts] = useState<Readonly<Record<string, string>>>({});
  const report = useCallback(
    (memberId: string, ids: string) => setCounterparts((known) => (known[memberId] === ids ? known : { ...known, [memberId]: ids })),
    [],
  );
  const household = new Set(members.map((member) => member.id));
  const persons = [
    ...new Set([...actors.map((actor) => actor.id), ...members.flatMap((member) => counterparts[member.id]?.split(',') ?? [])]),
  ].filter((id) => id && !household.has(id));
  return (
    <section className="card" aria-labelledby="known-locations-heading">
      <h3 id="known-locations-heading">{t('locations.heading')}</h3>
      <p className="hint">{t('locations.intro')}</p>
      {members.map((member) => (
        <ConflictCounterparts key={member.id} memberId={member.id} onFound={report} />
      ))}
      {persons.length === 0 ? <p>{t('locations.nobody')}</p> : persons.map((id) => <PersonLocations key={id} personId={id} />)}
    </section>
  );
}

/** Reports the other side of a member's open conflicts (those the caller may see); renders nothing. */
function ConflictCounterparts({ memberId, onFound }: { memberId: string; onFound(memberId: string, ids: string): void }) {
  const { data } = usePersonalConflicts(memberId);
  const ids = (data?.personalConflicts ?? [])
    .flatMap((conflict) => (conflict.otherPersonId && !conflict.closure ? [conflict.otherPersonId] : []))
    .join(',');
  useEffect(() => onFound(memberId, ids), [memberId, ids, onFound]);
  return null;
}

function PersonLocations({ personId }: { personId: string }) {
  const { t } = useTranslation('closings');
  const [{ data, error, fetching }, reexecute] = useKnownLocations(personId);
  const names = useMunicipalityNames();
  const [closing, setClosing] = useState<string | undefined>();
  const [closed, setClosed] = useState<string | undefined>();
  const opener = useRef<HTMLButtonElement | null>(null);
  // Not the caller's to see: nothing at all, exactly like a person who has no locations and no name here.
  if (error && errorKindOf(error) === 'NOT_FOUND') return null;
  if (error) return <ErrorMessage error={error} />;
  if (fetching && !data) return <p aria-busy="true">{t('locations.loading')}</p>;
  if (!data?.person) return null;
  const name = `${data.person.givenName} ${data.person.familyName}`;
  const locations = data.knownLocations;
  const placeOf = (location: Location) => names.get(location.municipalityCode) ?? location.municipalityCode;
  const current = locations.find((location) => location.id === closing);
  if (locations.length === 0) return <p>{t('locations.none', { name })}</p>;
  return (
    <>
      <ScrollableTable caption={t('locations.caption', { name })}>
        <thead>
          <tr>
            <th scope="col">{t('locations.column.municipality')}</th>
            <th scope="col">{t('locations.column.valid')}</th>
            <th scope="col">{t('column.status')}</th>
          </tr>
        </thead>
        <tbody>
          {locations.map((location) => (
            <tr key={location.id}>
              <th scope="row">
                {placeOf(location)} <span className="code-hint">{location.municipalityCode}</span>
              </th>
              <td>
                <DateText date={location.validFrom} /> –{' '}
                {location.validTo ? <DateText date={location.validTo} /> : t('locations.untilFurther')}
              </td>
              <td>
                {location.closure ? (
                  <>
                    {t('closed')} <DateTimeText instant={location.closure.closedAt} />
                    <span className="hint closure-note">
                      {' '}
                      {t('closedBy', { officer: location.closure.closedBy, reason: location.closure.reason })}
                    </span>
                  </>
                ) : (
                  // The action sits with the state it changes: three columns fit a 390 px screen.
                  <div className="status-action">
                    <strong>{t('open')}</strong>
                    <button
                      type="button"
                      onClick={(event) => {
                        opener.current = event.currentTarget;
                        setClosed(undefined);
                        setClosing(location.id);
                      }}
                      aria-label={t('locations.closeLabel', { place: placeOf(location), name })}
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
      {closed && (
        <p role="status" className="notice">
          {t('locations.closedNotice', { place: closed, name })}
        </p>
      )}
      {current && (
        <CloseLocation
          key={current.id}
          location={current}
          label={t('locations.closeLabel', { place: placeOf(current), name })}
          onDone={() => {
            setClosing(undefined);
            setClosed(placeOf(current));
            reexecute({ requestPolicy: 'network-only' });
          }}
          onCancel={() => {
            setClosing(undefined);
            opener.current?.focus();
          }}
        />
      )}
    </>
  );
}

function CloseLocation({ location, label, onDone, onCancel }: { location: Location; label: string; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation('closings');
  const { fetching, error, close } = useCloseKnownLocation();
  return (
    <ReasonForm
      label={label}
      fieldLabel={t('locations.reason')}
      submitLabel={t('locations.submit')}
      submitting={fetching}
      danger
      autoFocus
      error={error}
      onSubmit={(reason) => void close(location.id, reason).then((answer) => !answer.error && onDone())}
      onCancel={onCancel}
    />
  );
}
