import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, THEMES, type Language, type ThemeChoice } from '../../../preload/contract/document-enums';
import { setLanguage, setTheme, usePreferencesStore } from '../state/preferences-store';

const THEME_LABELS = {
  system: 'settings.themeSystem',
  light: 'settings.themeLight',
  dark: 'settings.themeDark',
} as const;

export function DisplaySettings() {
  const { t } = useTranslation();
  const language = usePreferencesStore((state) => state.language);
  const theme = usePreferencesStore((state) => state.theme);
  const languageId = useId();
  const themeId = useId();
  return (
    <section className="display-settings" aria-label={t('settings.label')}>
      <div className="field compact">
        <label htmlFor={languageId}>{t('settings.language')}</label>
        <select
          id={languageId}
          value={language}
          onChange={(event) => void setLanguage(event.target.value as Language)}
        >
          {LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {t(`languages.${code}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field compact">
        <label htmlFor={themeId}>{t('settings.theme')}</label>
        <select
          id={themeId}
          value={theme}
          onChange={(event) => void setTheme(event.target.value as ThemeChoice)}
        >
          {THEMES.map((choice) => (
            <option key={choice} value={choice}>
              {t(THEME_LABELS[choice])}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
