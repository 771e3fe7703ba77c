import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, setLanguage, type Language } from '../i18n/i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <Segmented<Language>
      size="small"
      className="language-switch"
      aria-label={t('app.language')}
      value={currentLanguage()}
      onChange={(language) => void setLanguage(language)}
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
