import { useTranslation } from 'react-i18next';

/** Switches between Swedish and English for this page's lifetime; nothing is stored. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const other = i18n.language.startsWith('en') ? 'sv' : 'en';
  return (
    <button type="button" className="language-switch" lang={other} onClick={() => void i18n.changeLanguage(other)}>
      {t(`language.switchTo.${other}`)}
    </button>
  );
}
