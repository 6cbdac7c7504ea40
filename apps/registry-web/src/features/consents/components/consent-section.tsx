import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { Loading } from '../../../components/loading';
import { useCaseConsents } from '../api/use-case-consents';
import { useRecordConsent, useRenewConsent, useWithdrawConsent } from '../api/use-consent-mutations';
import { membersMissingConsent, withheldRecipients } from '../consent-rules';
import { ConsentCard } from './consent-card';
import { RecordConsentForm, RenewConsentForm, type Member } from './consent-form';

type Editing = { kind: 'record' } | { kind: 'renew'; consentId: string } | null;

/**
 * Samtycke on the case page: each household member's consents, what they allow and who signed, with
 * record, renew and withdraw; and, in plain words, what a missing or withdrawn consent does to proposals
 * (CONSENT_MISSING) and to the municipalities' clearance answers.
 */
export function ConsentSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation('consents');
  const [result] = useCaseConsents(caseId);
  const [recordState, record] = useRecordConsent();
  const [renewState, renew] = useRenewConsent();
  const [withdrawState, withdraw] = useWithdrawConsent();
  const [editing, setEditing] = useState<Editing>(null);
  const [done, setDone] = useState<string | null>(null);
  const data = result.data?.case;

  let body;
  if (result.fetching && !result.data) body = <Loading label={t('loading')} />;
  else if (result.error && !data) body = <ErrorMessage error={result.error} />;
  else if (data) {
    const people = [data.defector, ...data.relatives];
    const members: Member[] = people.map((p) => ({ id: p.id, name: `${p.givenName} ${p.familyName}`, birthYear: p.birthYear ?? null }));
    const nameOf = (id: string) => members.find((m) => m.id === id)?.name ?? '';
    const missing = membersMissingConsent(
      data.defector.id,
      data.relatives.map((r) => r.id),
      data.consents,
    );
    const withheld = withheldRecipients(data.consents);
    const open = data.status === 'OPEN' || data.status === 'ACTIVE';
    const busy = recordState.fetching || renewState.fetching || withdrawState.fetching;
    const renewing = editing?.kind === 'renew' ? data.consents.find((c) => c.id === editing.consentId) : undefined;
    const renewMember = renewing ? members.find((m) => m.id === renewing.member.id) : undefined;

    body = (
      <>
        {missing.length > 0 && (
          <div className="notice notice-warning consent-missing">
            <p>
              <strong>{t('missing.title')}</strong> {t('missing.text', { names: missing.map(nameOf).join(', '), count: missing.length })}
            </p>
            <p className="hint">
              {t('missing.flag')} <code className="flag-code">CONSENT_MISSING</code>. {t('missing.flagAfter')}
            </p>
          </div>
        )}
        {withheld.length > 0 && (
          <div className="notice notice-warning consent-withheld">
            <p>
              <strong>{t('withheld.title')}</strong>{' '}
              {t('withheld.text', { recipients: withheld.map((r) => t(`recipient.${r}`)).join(t('and')) })}
            </p>
          </div>
        )}
        {members.map((member) => {
          const own = data.consents.filter((c) => c.member.id === member.id);
          return (
            <section key={member.id} className="consent-member" aria-labelledby={`consent-member-${member.id}`}>
              <h3 id={`consent-member-${member.id}`}>{member.name}</h3>
              {own.length === 0 ? (
                <p className="muted">{member.id === data.defector.id ? t('none.defector') : t('none.relative')}</p>
              ) : (
                <div className="card-list">
                  {own.map((consent) => (
                    <ConsentCard
                      key={consent.id}
                      consent={consent}
                      memberName={member.name}
                      busy={busy}
                      canChange={open}
                      onRenew={() => setEditing({ kind: 'renew', consentId: consent.id })}
                      onWithdraw={() =>
                        void withdraw(consent.id).then((answer) => {
                          if (answer.data) setDone(t('withdrawn', { name: member.name }));
                        })
                      }
                    />
                  ))}
                </div>
              )}
            </section>
          );
        })}
        {renewing && renewMember && (
          <RenewConsentForm
            key={renewing.id}
            member={renewMember}
            submitting={renewState.fetching}
            onCancel={() => setEditing(null)}
            onSubmit={(signing) =>
              void renew(renewing.id, signing).then((answer) => {
                if (answer.data) {
                  setEditing(null);
                  setDone(t('renewed', { name: renewMember.name }));
                }
              })
            }
          />
        )}
        {editing?.kind === 'record' ? (
          <RecordConsentForm
            members={members}
            submitting={recordState.fetching}
            onCancel={() => setEditing(null)}
            onSubmit={(input) =>
              void record(caseId, input).then((answer) => {
                if (answer.data) {
                  setEditing(null);
                  setDone(t('recorded', { name: nameOf(input.personId) }));
                }
              })
            }
          />
        ) : (
          open && (
            <p>
              <button type="button" onClick={() => setEditing({ kind: 'record' })}>
                {t('recordButton')}
              </button>
            </p>
          )
        )}
        {recordState.error && <ErrorMessage error={recordState.error} />}
        {renewState.error && <ErrorMessage error={renewState.error} />}
        {withdrawState.error && <ErrorMessage error={withdrawState.error} />}
      </>
    );
  }

  return (
    <section className="case-section consent-section" aria-labelledby="consent-heading">
      <h2 id="consent-heading">{t('heading')}</h2>
      <p className="hint">{t('intro')}</p>
      <p role="status" className="action-status">
        {done}
      </p>
      {body}
    </section>
  );
}
