import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A clearance reference, shown this once: the registry keeps only its hash. It lives in the state of the
 * component that received it and nowhere else (no cache, no storage, no URL), and is gone when that
 * component unmounts (navigation, closing the result).
 */
export function ClearanceReferenceOnce({ reference }: { reference: string }) {
  const { t } = useTranslation('common');
  const labelId = useId();
  const valueRef = useRef<HTMLOutputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copyReference() {
    try {
      await navigator.clipboard.writeText(reference);
      setCopy('copied');
    } catch {
      // No clipboard (insecure origin, denied): select the text so Ctrl+C copies it.
      const selection = window.getSelection();
      if (selection && valueRef.current) selection.selectAllChildren(valueRef.current);
      setCopy('failed');
    }
  }

  return (
    <div className="clearance-reference">
      <p id={labelId} className="clearance-reference-label">
        {t('clearanceReference.label')}
      </p>
      <p>
        <output ref={valueRef} aria-labelledby={labelId} className="clearance-reference-value">
          {reference}
        </output>{' '}
        <button type="button" onClick={copyReference}>
          {t('clearanceReference.copy')}
        </button>
      </p>
      <p className="warning-text">
        <strong>{t('clearanceReference.warningTitle')}</strong> {t('clearanceReference.warning')}
      </p>
      <p role="status" className="copy-status">
        {copy === 'copied' ? t('clearanceReference.copied') : copy === 'failed' ? t('clearanceReference.copyFailed') : ''}
      </p>
    </div>
  );
}
