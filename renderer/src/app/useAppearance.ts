/**
 * Applies the preferences to the document: UI language (and `<html lang>`), and the theme. With
 * "system", no theme attribute is set and the CSS follows prefers-color-scheme by itself.
 */
import { useEffect } from 'react';
import { i18n } from '../i18n/i18n.js';
import { resolveLanguage } from '../i18n/resolveLanguage.js';
import { useCalepin } from '../state/useCalepin.js';

export function useAppearance(): void {
  const language = useCalepin((state) => state.status?.preferences.language);
  const systemLocale = useCalepin((state) => state.status?.systemLocale);
  const theme = useCalepin((state) => state.status?.preferences.theme);
  const workspaceName = useCalepin((state) => state.status?.workspace?.name);

  useEffect(() => {
    const resolved = resolveLanguage(language, systemLocale ?? navigator.language);
    document.documentElement.lang = resolved;
    if (i18n.resolvedLanguage !== resolved) void i18n.changeLanguage(resolved);
  }, [language, systemLocale]);

  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    else delete root.dataset.theme;
  }, [theme]);

  useEffect(() => {
    document.title = workspaceName ? i18n.t('app.windowTitle', { workspace: workspaceName }) : i18n.t('app.name');
  }, [workspaceName, language, systemLocale]);
}
