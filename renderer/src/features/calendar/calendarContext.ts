/** What every post on the grid needs to draw itself, computed once per render of the calendar. */
import { createContext, useContext } from 'react';
import type { GapConflict } from '../../../../core/calendar/gaps.js';
import type { Account, Label } from '../../../../core/model/index.js';

export interface CalendarContextValue {
  /** The zone the calendar shows (the workspace's, or an account's). */
  zone: string;
  accounts: ReadonlyMap<string, Account>;
  labels: ReadonlyMap<string, Label>;
  conflicts: ReadonlyMap<string, GapConflict[]>;
}

export const CalendarContext = createContext<CalendarContextValue>({
  zone: 'UTC',
  accounts: new Map(),
  labels: new Map(),
  conflicts: new Map(),
});

export const useCalendarContext = () => useContext(CalendarContext);
