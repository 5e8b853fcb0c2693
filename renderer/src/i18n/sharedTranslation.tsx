/**
 * One subscription to the UI language for the whole app, handed down by context to the components
 * drawn by the hundred (list rows, account badges, status chips). react-i18next's useTranslation
 * copies the i18n instance's properties when a component mounts, which made each row of the list
 * view cost a sixth of a frame while scrolling; reading a context costs nothing. Everything still
 * re-renders when the language changes, since the context value changes then (and only then).
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from './i18n.js';

type Translate = TFunction<'translation', undefined>;

export interface SharedTranslation {
  t: Translate;
  language: UiLanguage;
}

const SharedTranslationContext = createContext<SharedTranslation | null>(null);

export function SharedTranslationProvider({ children }: { children: ReactNode }) {
  const { t, i18n: instance } = useTranslation();
  const language: UiLanguage = instance.resolvedLanguage === 'en' ? 'en' : 'fr';
  const value = useMemo(() => ({ t, language }), [t, language]);
  return <SharedTranslationContext.Provider value={value}>{children}</SharedTranslationContext.Provider>;
}

/** `t` and the shown language, from the provider at the app's root (renderer/src/main.tsx). */
export function useSharedTranslation(): SharedTranslation {
  const shared = useContext(SharedTranslationContext);
  if (!shared) throw new Error('useSharedTranslation needs the SharedTranslationProvider of main.tsx above it');
  return shared;
}
