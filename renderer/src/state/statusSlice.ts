/** What the Node side says about the app: host, preferences, open workspace, read-only, problems. */
import type { AppStatus, Preferences } from '../../../core/api.js';
import type { CalepinErrorData } from '../../../core/errors.js';
import { asErrorData } from './errors.js';
import type { SliceCreator } from './store.js';

export interface StatusSlice {
  status: AppStatus | null;
  /** Set when even the status could not be read (the host is gone). */
  startupError: CalepinErrorData | null;
  loadStatus(): Promise<void>;
  /**
   * Takes a fresh status. When the open workspace changed (or `reload` says its content did, as after
   * a restore), everything read from the old one is dropped and read again.
   */
  applyStatus(status: AppStatus, options?: { reload?: boolean }): void;
  setPreferences(preferences: Partial<Preferences>): Promise<void>;
  retrySaves(): Promise<void>;
  dismissProblem(): Promise<void>;
}

function workspaceKey(status: AppStatus | null): string | null {
  return status?.workspace ? `${status.workspace.id}\u0000${status.workspace.path}` : null;
}

export const createStatusSlice: SliceCreator<StatusSlice> = (deps) => (set, get) => ({
  status: null,
  startupError: null,

  async loadStatus() {
    try {
      get().applyStatus(await deps.call('app.status', {}));
      set({ startupError: null });
    } catch (error) {
      if (get().status === null) set({ startupError: asErrorData(error) });
      else get().reportError(error);
    }
  },

  applyStatus(status, options = {}) {
    const before = get().status;
    set({ status });
    if (options.reload || before === null || workspaceKey(before) !== workspaceKey(status)) get().workspaceChanged();
  },

  async setPreferences(preferences) {
    // Shown at once (a language or theme switch must feel instant), then confirmed by the Node side.
    const before = get().status;
    if (before) set({ status: { ...before, preferences: { ...before.preferences, ...preferences } } });
    const status = await get().attempt(() => deps.call('app.setPreferences', preferences));
    if (status) get().applyStatus(status);
    else await get().loadStatus();
  },

  async retrySaves() {
    const status = await get().attempt(() => deps.call('app.retrySaves', {}));
    if (!status) return;
    get().applyStatus(status);
    if (status.pendingSaves > 0) return;
    get().dismissError();
    get().heldSavesWritten();
    // What was typed after the disk failed goes out now too.
    if (get().editor.dirty) await get().saveNow();
  },

  async dismissProblem() {
    await get().attempt(async () => get().applyStatus(await deps.call('app.dismissProblem', {})));
  },
});
