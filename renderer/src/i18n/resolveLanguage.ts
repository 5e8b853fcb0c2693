import type { LanguagePreference } from '../../../core/api.js';
import type { UiLanguage } from './i18n.js';

/** The language to show: the user's choice, or the system's when they follow it (French when unknown). */
export function resolveLanguage(
  preference: LanguagePreference | undefined,
  systemLocale: string | undefined,
): UiLanguage {
  if (preference === 'fr' || preference === 'en') return preference;
  return systemLocale?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}
