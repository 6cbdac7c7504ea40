import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { Loading } from '../../../components/loading';
import { useActualAreas } from '../api/use-actual-areas';
import { useAddActualArea } from '../api/use-add-actual-area';
import { useEndActualArea } from '../api/use-end-actual-area';
import { useMunicipalityNames } from '../api/use-municipality-names';
import { AddAreaForm } from './add-area-form';
import { PersonAreas } from './person-areas';

interface Person {
  id: string;
  givenName: string;
  familyName: string;
}

function MemberAreas({ person, names }: { person: Person; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation('actual-areas');
  const [result] = useActualAreas(person.id);
  const [endState, end] = useEndActualArea();
  const name = `${person.givenName} ${person.familyName}`;
  if (result.fetching && !result.data) return <Loading label={t('list.loading', { name })} />;
  if (result.error && !result.data) return <ErrorMessage error={result.error} messages={{ NOT_FOUND: t('notFound') }} />;
  return (
    <PersonAreas
      name={name}
      areas={result.data?.actualAreas ?? []}
      municipalityNames={names}
      ending={endState.fetching}
      endError={endState.error}
      onEnd={(id) => void end(id)}
    />
  );
}

/**
 * Where the household's members actually are besides the registered home (police intelligence): a list per
 * member and a form to add one. The checker counts each as a home; an unconfirmed one only warns.
 */
export function ActualAreasSection({ persons }: { persons: readonly Person[] }) {
  const { t } = useTranslation('actual-areas');
  const { list, names } = useMunicipalityNames();
  const [addState, add] = useAddActualArea();
  const [formKey, setFormKey] = useState(0);
  const [added, setAdded] = useState(false);
  return (
    <section className="actual-areas" aria-labelledby="actual-areas-heading">
      <h2 id="actual-areas-heading">{t('heading')}</h2>
      <p className="hint">{t('intro')}</p>
      {persons.map((person) => (
        <MemberAreas key={person.id} person={person} names={names} />
      ))}
      <details className="add-area">
        <summary>{t('add.open')}</summary>
        <AddAreaForm
          key={formKey}
          persons={persons.map((p) => ({ id: p.id, name: `${p.givenName} ${p.familyName}` }))}
          municipalities={list}
          submitting={addState.fetching}
          onSubmit={async (input) => {
            setAdded(false);
            const outcome = await add(input);
            if (!outcome.error) {
              setFormKey((k) => k + 1);
              setAdded(true);
            }
          }}
        />
        {addState.error && <ErrorMessage error={addState.error} messages={{ NOT_FOUND: t('notFound') }} />}
        {added && !addState.error && <p role="status">{t('add.done')}</p>}
      </details>
    </section>
  );
}
