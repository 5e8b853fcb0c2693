/** The app's store instance and the hook components read it with. */
import { useStore } from 'zustand';
import { call } from '../api/client.js';
import { createCalepinStore, type CalepinState } from './store.js';

export const calepinStore = createCalepinStore({
  call,
  now: () => new Date(),
  autosaveDelayMs: 600,
  setTimer: (run, ms) => window.setTimeout(run, ms),
  clearTimer: (handle) => window.clearTimeout(handle as number),
});

/** Reads the store; wrap multi-value selectors in `useShallow`. */
export function useCalepin<T>(selector: (state: CalepinState) => T): T {
  return useStore(calepinStore, selector);
}

/** The store's verbs, for event handlers (they never change, so reading them does not re-render). */
export function actions(): CalepinState {
  return calepinStore.getState();
}
