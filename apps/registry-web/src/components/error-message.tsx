import { useTranslation } from 'react-i18next';
import { errorKindOf, inputProblemOf, type ErrorKind } from '../lib/errors';

interface Props {
  error: unknown;
  /** a page's own wording for some codes, e.g. NOT_FOUND: "No such case, or not yours to see" */
  messages?: Partial<Record<ErrorKind, string>>;
}

/** What went wrong, in a case worker's words; never a stack, never the server's text except for input rules. */
export function ErrorMessage({ error, messages }: Props) {
  const { t } = useTranslation('common');
  const kind = errorKindOf(error);
  const detail = kind === 'BAD_USER_INPUT' ? inputProblemOf(error) : undefined;
  return (
    <div role="alert" className="error-message">
      <p>{messages?.[kind] ?? t(`errors.${kind}`)}</p>
      {detail && <p className="error-detail">{t('errors.detail', { detail })}</p>}
    </div>
  );
}
