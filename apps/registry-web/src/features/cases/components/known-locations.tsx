import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { DateText, DateTimeText } from '../../../components/formatted-date';
import { ScrollableTable } from '../../../components/scrollable-table';
import type { KnownLocationsQuery } from '../../../gql/graphql';
import { errorKindOf } from '../../../lib/errors';
import { useCloseKnownLocation, useKnownLocations, useMunicipalityNames } from '../api/use-known-locations';
import { CloseRecordForm } from './close-record-form';

type Location = KnownLocationsQuery['knownLocations'][number];
interface Actor {
  id: string;
  givenName: string;
  familyName: string;
}

/**
 * Where the case's threat actors are known to stay (THREAT_ACTOR_PRESENCE blocks those municipalities),
 * each open location closable with a reason. An actor the caller may not see answers NOT_FOUND, shown
 * exactly like an actor with no locations, so the page tells nothing the API would not.
 */
export function KnownLocations({ actors }: { actors: readonly Actor[] }) {
  const { t } = useTranslation('closings');
  if (actors.length === 0) return null;
  return (
    <section className="card" aria-labelledby="known-locations-heading">
      <h3 id="known-locations-heading">{t('locations.heading')}</h3>
      <p className="hint">{t('locations.intro')}</p>
      {actors.map((actor) => (
        <ActorLocations key={actor.id} actor={actor} />
      ))}
    </section>
  );
}

function ActorLocations({ actor }: { actor: Actor }) {
  const { t } = useTranslation('closings');
  const [{ data, error, fetching }, reexecute] = useKnownLocations(actor.id);
  const names = useMunicipalityNames();
  const [closing, setClosing] = useState<string | undefined>();
  const [closed, setClosed] = useState<string | undefined>();
  const opener = useRef<HTMLButtonElement | null>(null);
  const name = `${actor.givenName} ${actor.familyName}`;
  const hidden = error && errorKindOf(error) === 'NOT_FOUND';
  if (error && !hidden) return <ErrorMessage error={error} />;
  if (fetching && !data) return <p aria-busy="true">{t('locations.loading', { name })}</p>;
  const locations = hidden ? [] : (data?.knownLocations ?? []);
  const placeOf = (location: Location) => `${names.get(location.municipalityCode) ?? location.municipalityCode}`;
  const current = locations.find((location) => location.id === closing);
  return (
    <>
      {locations.length === 0 ? (
        <p>{t('locations.none', { name })}</p>
      ) : (
        <ScrollableTable caption={t('locations.caption', { name })}>
          <thead>
            <tr>
              <th scope="col">{t('locations.column.municipality')}</th>
              <th scope="col">{t('locations.column.valid')}</th>
              <th scope="col">{t('column.status')}</th>
              <th scope="col">{t('column.actions')}</th>
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
                      <span className="hint">
                        {' '}
                        {t('closedBy', { officer: location.closure.closedBy, reason: location.closure.reason })}
                      </span>
                    </>
                  ) : (
                    <strong>{t('open')}</strong>
                  )}
                </td>
                <td>
                  {!location.closure && (
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
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
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
    <CloseRecordForm
      label={label}
      reasonLabel={t('locations.reason')}
      submitLabel={t('locations.submit')}
      submitting={fetching}
      error={error}
      onSubmit={async (reason) => !(await close(location.id, reason)).error}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}
