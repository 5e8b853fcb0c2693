/** Types the translation keys: `t('nav.calendar')` checks that the key exists in the French source. */
import 'i18next';
import type fr from './fr.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}
