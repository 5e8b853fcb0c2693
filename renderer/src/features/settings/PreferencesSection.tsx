/** Language and theme, saved at once (they are the user's, not the workspace's). */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { LanguagePreference, ThemePreference } from '../../../../core/api.js';
import { actions, useCalepin } from '../../state/useCalepin.js';
import { SegmentedControl } from '../../ui/SegmentedControl.js';

export function PreferencesSection() {
  const { t } = useTranslation();
  const { language, theme } = useCalepin(
    useShallow((state) => ({
      language: state.status?.preferences.language ?? 'system',
      theme: state.status?.preferences.theme ?? 'system',
    })),
  );
  return (
    <section className="settings-section" aria-labelledby="settings-preferences">
      <div className="settings-intro">
        <h2 id="settings-preferences">{t('settings.preferences.title')}</h2>
        <p>{t('settings.preferences.description')}</p>
      </div>
      <div className="settings-body">
        <SegmentedControl<LanguagePreference>
          label={t('settings.preferences.language')}
          value={language}
          options={[
            { value: 'system', label: t('settings.preferences.languages.system') },
            { value: 'fr', label: t('settings.preferences.languages.fr') },
            { value: 'en', label: t('settings.preferences.languages.en') },
          ]}
          onChange={(value) => void actions().setPreferences({ language: value })}
        />
        <SegmentedControl<ThemePreference>
          label={t('settings.preferences.theme')}
          value={theme}
          options={[
            { value: 'system', label: t('settings.preferences.themes.system') },
            { value: 'light', label: t('settings.preferences.themes.light') },
            { value: 'dark', label: t('settings.preferences.themes.dark') },
          ]}
          onChange={(value) => void actions().setPreferences({ theme: value })}
        />
      </div>
    </section>
  );
}
