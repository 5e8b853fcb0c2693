import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../i18n/i18n.js';

/** The language the UI is shown in now (re-renders when it changes). */
export function useLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
}
