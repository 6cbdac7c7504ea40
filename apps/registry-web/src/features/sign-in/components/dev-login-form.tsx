import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { PoliceRegion } from '../../../gql/graphql';
import { ROLES, type Role } from '../../../lib/roles';
import { useDevLogin } from '../api/use-dev-login';

const REGIONS = Object.values(PoliceRegion);

type Problem = 'region' | 'municipality';

/**
 * Development sign-in: a role, and the region or municipality it acts for. Options are the API's codes
 * (POLICE_REGIONAL, SYD), so what is chosen here is what the token says.
 */
export function DevLoginForm({ onSignedIn }: { onSignedIn(): void }) {
  const { t } = useTranslation('sign-in');
  const { signingIn, error, signIn } = useDevLogin();
  const [role, setRole] = useState<Role>('POLICE_REGIONAL');
  const [region, setRegion] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const ids = { role: useId(), region: useId(), regionHint: useId(), municipality: useId(), municipalityHint: useId(), problem: useId() };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const code = municipality.trim();
    const found: Problem | null =
      role === 'POLICE_REGIONAL' && !region ? 'region' : role === 'MUNICIPALITY' && !/^\d{4}$/.test(code) ? 'municipality' : null;
    setProblem(found);
    if (found) return;
    const ok = await signIn({
      role,
      policeRegion: role === 'POLICE_REGIONAL' ? region : undefined,
      municipalityCode: role === 'MUNICIPALITY' ? code : undefined,
    });
    if (ok) onSignedIn();
  }

  return (
    <form className="sign-in-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={ids.role}>{t('dev.role')}</label>
        <select id={ids.role} value={role} onChange={(event) => setRole(event.target.value as Role)}>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.region}>{t('dev.region')}</label>
        <select
          id={ids.region}
          value={region}
          onChange={(event) => setRegion(event.target.value)}
          aria-describedby={problem === 'region' ? `${ids.problem} ${ids.regionHint}` : ids.regionHint}
          aria-invalid={problem === 'region' || undefined}
        >
          <option value="">{t('dev.noRegion')}</option>
          {REGIONS.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
        <p id={ids.regionHint} className="hint">
          {t('dev.regionHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={ids.municipality}>{t('dev.municipality')}</label>
        <input
          id={ids.municipality}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={4}
          value={municipality}
          onChange={(event) => setMunicipality(event.target.value)}
          aria-describedby={problem === 'municipality' ? `${ids.problem} ${ids.municipalityHint}` : ids.municipalityHint}
          aria-invalid={problem === 'municipality' || undefined}
        />
        <p id={ids.municipalityHint} className="hint">
          {t('dev.municipalityHint')}
        </p>
      </div>
      {problem && (
        <p id={ids.problem} className="field-error" role="alert">
          {t(problem === 'region' ? 'dev.regionMissing' : 'dev.municipalityMissing')}
        </p>
      )}
      {error !== undefined && <ErrorMessage error={error} messages={{ NOT_FOUND: t('dev.unavailable') }} />}
      <button type="submit" className="primary" disabled={signingIn}>
        {t('signIn')}
      </button>
    </form>
  );
}
