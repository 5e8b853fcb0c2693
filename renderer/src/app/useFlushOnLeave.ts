/**
 * Nothing typed is lost when the window goes away: hiding it saves at once, and closing or reloading
 * while a save is pending asks the browser to hold on (and saves meanwhile).
 */
import { useEffect } from 'react';
import { actions } from '../state/useCalepin.js';

export function useFlushOnLeave(): void {
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void actions().saveNow();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const { editor } = actions();
      if (!editor.dirty && editor.save !== 'saving') return;
      void actions().saveNow();
      event.preventDefault();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);
}
