/**
 * i18next with the two catalogs bundled (the app is offline; nothing is fetched). French is the
 * source language and the fallback. The language actually shown is chosen by useLanguage().
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';

export const UI_LANGUAGES = ['fr', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: 'fr',
  fallbackLng: 'fr',
  supportedLngs: UI_LANGUAGES,
  // React escapes what it renders; escaping here too would show &amp; in the UI.
  interpolation: { escapeValue: false },
  initAsync: false,
  react: { useSuspense: false },
});

export function currentLanguage(): UiLanguage {
  return i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
}
