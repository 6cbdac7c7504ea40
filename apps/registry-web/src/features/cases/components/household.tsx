import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummaryQuery } from '../../../gql/graphql';
import { ScrollableTable } from '../../../components/scrollable-table';
import { HoldStatus, LiftHoldForm } from './surveillance-hold';

type Person = NonNullable<CaseSummaryQuery['case']>['defector'];

/**
 * The defector and the relatives who move with them. A surveillance hold is shown, its reason never;
 * national coordination (the API's rule for closeSurveillanceHold) may lift one, saying why.
 */
export function Household({
  defector,
  relatives,
  canLiftHolds = false,
}: {
  defector: Person;
  relatives: readonly Person[];
  canLiftHolds?: boolean;
}) {
  const { t } = useTranslation('cases');
  const members = [defector, ...relatives];
  const [lifting, setLifting] = useState<string | undefined>();
  const [lifted, setLifted] = useState<string | undefined>();
  const opener = useRef<HTMLButtonElement | null>(null);
  const current = members.find((person) => person.id === lifting);
  return (
    <>
      <ScrollableTable caption={t('household.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('household.name')}</th>
            <th scope="col">{t('household.role')}</th>
            <th scope="col">{t('household.birthYear')}</th>
            <th scope="col">{t('household.hold')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((person, index) => (
            <tr key={person.id}>
              <th scope="row">
                {person.givenName} {person.familyName}
              </th>
              <td>{index === 0 ? t('household.defector') : t('household.relative')}</td>
              <td>{person.birthYear ?? '–'}</td>
              <td>
                <HoldStatus
                  person={person}
                  national={canLiftHolds}
                  onLift={(button) => {
                    opener.current = button;
                    setLifted(undefined);
                    setLifting(person.id);
                  }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
      {lifted && (
        <p role="status" className="notice">
          {t('closings:hold.liftedNotice', { name: lifted })}
        </p>
      )}
      {current && canLiftHolds && (
        <LiftHoldForm
          key={current.id}
          person={current}
          onDone={() => {
            setLifting(undefined);
            setLifted(`${current.givenName} ${current.familyName}`);
          }}
          onCancel={() => {
            setLifting(undefined);
            opener.current?.focus();
          }}
        />
      )}
    </>
  );
}
