/** Opening, creating and switching workspaces, and the recent list. */
import type { AppStatus, RecentWorkspace } from '../../../core/api.js';
import type { SliceCreator } from './store.js';

export interface WorkspacesSlice {
  recent: RecentWorkspace[];
  loadRecent(): Promise<void>;
  /** The native folder picker; `null` when the host has none (web) or the user cancelled. */
  pickFolder(purpose: 'open' | 'create'): Promise<string | null | undefined>;
  openWorkspace(path: string): Promise<boolean>;
  createWorkspace(input: { path: string; name: string; sample: boolean }): Promise<boolean>;
  openSample(): Promise<boolean>;
  /** Drops everything read from the previous workspace and reads the new one. */
  workspaceChanged(): void;
}

export const createWorkspacesSlice: SliceCreator<WorkspacesSlice> = (deps) => (set, get) => {
  async function switchTo(open: () => Promise<AppStatus>): Promise<boolean> {
    // Whatever is being typed belongs to the workspace we are leaving: save it there first.
    await get().saveNow();
    const status = await get().attempt(open);
    if (!status) return false;
    get().applyStatus(status);
    void get().loadRecent();
    return true;
  }

  return {
    recent: [],

    async loadRecent() {
      const recent = await get().attempt(() => deps.call('workspaces.recent', {}));
      if (recent) set({ recent });
    },

    async pickFolder(purpose) {
      const picked = await get().attempt(() => deps.call('workspaces.pickFolder', { purpose }));
      return picked === undefined ? undefined : picked.path;
    },

    openWorkspace: (path) => switchTo(() => deps.call('workspaces.open', { path })),
    createWorkspace: (input) => switchTo(() => deps.call('workspaces.create', input)),
    openSample: () => switchTo(() => deps.call('workspaces.openSample', {})),

    workspaceChanged() {
      const state = get();
      state.resetEditor();
      state.resetUndo();
      state.resetPosts();
      state.resetMedia();
      state.resetRequests();
      state.resetReview();
      state.resetSettings();
      state.clearFilters();
      // A notice's Undo belongs to the workspace it was shown in.
      state.dismissNotice();
      if (state.status?.workspace) void get().loadPosts();
    },
  };
};
