import { useTranslation } from 'react-i18next';

export interface FlagView {
  code: string;
  severity: 'BLOCK' | 'WARN';
  message: string;
}

/**
 * The checker's flags. The code stays a code (RIVAL_NETWORK_PRESENCE), visible as text, so officers and
 * the rulebook use one vocabulary; the message is the API's own sentence, already redacted for the caller.
 */
export function FlagList({ flags, emptyText }: { flags: readonly FlagView[]; emptyText?: string }) {
  const { t } = useTranslation('common');
  if (flags.length === 0) return <p className="flags-none">{emptyText ?? t('flags.none')}</p>;
  const ordered = [...flags].sort((a, b) => (a.severity === b.severity ? a.code.localeCompare(b.code) : a.severity === 'BLOCK' ? -1 : 1));
  return (
    <ul className="flag-list">
      {ordered.map((flag) => (
        <li key={flag.code} className={`flag flag-${flag.severity.toLowerCase()}`}>
          <span className="flag-head">
            <code className="flag-code">{flag.code}</code> <span className="severity">{t(`flags.severity.${flag.severity}`)}</span>
          </span>
          <span className="flag-message">{flag.message}</span>
        </li>
      ))}
    </ul>
  );
}
