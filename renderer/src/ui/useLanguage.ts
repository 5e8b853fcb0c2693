import type { UiLanguage } from '../i18n/i18n.js';
import { useSharedTranslation } from '../i18n/sharedTranslation.js';

/** The language the UI is shown in now (re-renders when it changes). */
export function useLanguage(): UiLanguage {
  return useSharedTranslation().language;
}
