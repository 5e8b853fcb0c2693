/**
 * One pending action run after a delay unless cancelled first (hover intent: show a card once the
 * pointer rests). Starting again replaces the pending action; unmounting cancels it. The handle is
 * stable across renders, so handlers made once (FullCalendar's options) can hold it.
 */
import { useEffect, useMemo } from 'react';

export interface DelayedAction {
  start(action: () => void): void;
  cancel(): void;
}

export function useDelayedAction(delayMs: number): DelayedAction {
  const handle = useMemo(() => {
    let timer: number | undefined;
    return {
      start(action: () => void) {
        window.clearTimeout(timer);
        timer = window.setTimeout(() => {
          timer = undefined;
          action();
        }, delayMs);
      },
      cancel() {
        window.clearTimeout(timer);
        timer = undefined;
      },
    };
  }, [delayMs]);
  useEffect(() => () => handle.cancel(), [handle]);
  return handle;
}
