/**
 * The calendar's view and shown date, remembered in the user's preferences (the data folder, through
 * app.setPreferences) rather than in localStorage: the web host gets a new port, hence a new origin
 * and an empty localStorage, at every launch, and the choice is the user's, not the workspace's (a
 * workspace folder may be shared). Saved a moment after the last change, and when the screen closes.
 */
import { useEffect, useRef, useState } from 'react';
import type { CalendarPreference } from '../../../../core/api.js';
import { actions, useCalepin } from '../../state/useCalepin.js';

const SAVE_DELAY_MS = 800;

function same(a: CalendarPreference | undefined, b: CalendarPreference): boolean {
  return a !== undefined && a.view === b.view && a.date === b.date;
}

export function useCalendarView(today: string): [CalendarPreference, (next: CalendarPreference) => void] {
  const saved = useCalepin((state) => state.status?.preferences.calendar);
  // A first visit opens on the list of days from today, where every planned post can be read.
  const [shown, setShown] = useState<CalendarPreference>(() => saved ?? { view: 'list', date: today });
  const unsaved = useRef<CalendarPreference | null>(null);

  useEffect(() => {
    if (same(saved, shown)) {
      unsaved.current = null;
      return;
    }
    unsaved.current = shown;
    const timer = window.setTimeout(() => {
      unsaved.current = null;
      void actions().setPreferences({ calendar: shown });
    }, SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [shown, saved]);

  useEffect(
    () => () => {
      if (unsaved.current) void actions().setPreferences({ calendar: unsaved.current });
    },
    [],
  );

  return [shown, setShown];
}
