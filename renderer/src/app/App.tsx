/** The root: reads the app status, applies the preferences, then shows the shell (or why it cannot). */
import { useEffect } from 'react';
import { actions, useCalepin } from '../state/useCalepin.js';
import { AppShell } from './AppShell.js';
import { StartupScreen } from './StartupScreen.js';
import { useAppearance } from './useAppearance.js';
import { useFlushOnLeave } from './useFlushOnLeave.js';
import { useHashRoute } from './useHashRoute.js';
import { useShortcuts } from './useShortcuts.js';

export function App() {
  const ready = useCalepin((state) => state.status !== null);
  useAppearance();
  useShortcuts();
  useFlushOnLeave();
  useHashRoute();

  useEffect(() => {
    void actions().loadStatus();
    void actions().loadRecent();
  }, []);

  return ready ? <AppShell /> : <StartupScreen />;
}
