import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthProvider';
import { currentLanguage, LANGUAGES, type Language } from '../i18n/i18n';

/** RU | EN; when signed in, the choice is saved as the user's language too. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { changeLanguage } = useAuth();
  return (
    <Segmented<Language>
      size="small"
      className="language-switch"
      aria-label={t('app.language')}
      value={currentLanguage()}
      onChange={(language) => void changeLanguage(language)}
      options={LANGUAGES.map((language) => ({
        value: language,
        label: (
          <span lang={language} title={t(`app.languages.${language}`)}>
            {language.toUpperCase()}
          </span>
        ),
      }))}
    />
  );
}
