import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES } from '#web/i18n/languages';

/** One button per other language, named in that language; i18n persists the choice and sets <html lang>. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('language');
  const otherLanguages = SUPPORTED_LANGUAGES.filter((language) => language !== i18n.resolvedLanguage);
  return (
    <div className="language-switch">
      {otherLanguages.map((language) => {
        const name = t(`names.${language}`);
        return (
          <button
            key={language}
            type="button"
            className="button button--quiet"
            lang={language}
            aria-label={t('switchTo', { language: name, lng: language })}
            onClick={() => void i18n.changeLanguage(language)}
          >
            {name}
          </button>
        );
      })}
    </div>
  );
}
