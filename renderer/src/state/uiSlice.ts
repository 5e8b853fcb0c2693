/** Where the user is, and what the app tells them (the last error, a short notice). */
import type { CalepinErrorData } from '../../../core/errors.js';
import { asErrorData, changesStatus } from './errors.js';
import type { SliceCreator } from './store.js';

export const SCREENS = [
  'calendar',
  'composer',
  'backlog',
  'library',
  'requests',
  'review',
  'settings',
  'exports',
] as const;
export type ScreenId = (typeof SCREENS)[number];

export function isScreenId(value: string): value is ScreenId {
  return (SCREENS as readonly string[]).includes(value);
}

export type NoticeKind = 'postDeleted' | 'undone' | 'redone' | 'workspaceSaved' | 'backupRestored' | 'markedPublished';

export interface Notice {
  id: number;
  kind: NoticeKind;
  /** Offer to undo what was just done. */
  undoable: boolean;
}

export interface UiSlice {
  screen: ScreenId;
  /** Counts navigations, so a screen knows it was reached by the user (and moves focus) rather than at start. */
  navigations: number;
  error: CalepinErrorData | null;
  notice: Notice | null;
  navigate(screen: ScreenId): void;
  reportError(error: unknown): void;
  dismissError(): void;
  showNotice(kind: NoticeKind, undoable?: boolean): void;
  dismissNotice(): void;
  /** Runs a task, showing any failure in the error banner; resolves to undefined when it failed. */
  attempt<T>(task: () => Promise<T>): Promise<T | undefined>;
}

export const createUiSlice: SliceCreator<UiSlice> = () => (set, get) => {
  let noticeIds = 0;
  return {
    screen: 'calendar',
    navigations: 0,
    error: null,
    notice: null,

    navigate(screen) {
      const leaving = get().screen;
      if (leaving === 'composer' && screen !== 'composer') void get().saveNow();
      set((state) => ({ screen, navigations: state.navigations + 1 }));
    },

    reportError(error) {
      const data = asErrorData(error);
      set({ error: data });
      if (changesStatus(data)) void get().loadStatus();
    },

    dismissError() {
      set({ error: null });
    },

    showNotice(kind, undoable = false) {
      noticeIds += 1;
      set({ notice: { id: noticeIds, kind, undoable } });
    },

    dismissNotice() {
      set({ notice: null });
    },

    async attempt(task) {
      try {
        return await task();
      } catch (error) {
        get().reportError(error);
        return undefined;
      }
    },
  };
};
