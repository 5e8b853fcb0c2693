/** Workspace settings and its backups. */
import type { BackupInfo } from '../../../core/api.js';
import type { HashtagGroup, Snippet, WorkspaceSettings } from '../../../core/model/index.js';
import type { LoadState } from './postsSlice.js';
import type { SliceCreator } from './store.js';

export interface SettingsSlice {
  backups: BackupInfo[];
  backupsState: LoadState;
  loadBackups(): Promise<void>;
  /** Resolves to true when the backup was put back. */
  restoreBackup(id: string): Promise<boolean>;
  updateWorkspace(change: { name?: string; settings?: Partial<WorkspaceSettings> }): Promise<boolean>;
  /** Reusable text (issue 3): each resolves to true when saved. */
  saveSnippets(snippets: Snippet[]): Promise<boolean>;
  saveHashtagGroups(hashtagGroups: HashtagGroup[]): Promise<boolean>;
  setSignature(accountId: string, signature: string): Promise<boolean>;
  resetSettings(): void;
}

export function latestBackup(backups: readonly BackupInfo[]): BackupInfo | null {
  return [...backups].sort((a, b) => b.at.localeCompare(a.at))[0] ?? null;
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (deps) => (set, get) => ({
  backups: [],
  backupsState: 'idle',

  async loadBackups() {
    set({ backupsState: 'loading' });
    const backups = await get().attempt(() => deps.call('workspaces.backups', {}));
    set(backups ? { backups, backupsState: 'ready' } : { backupsState: 'failed' });
  },

  async restoreBackup(id) {
    await get().saveNow();
    const status = await get().attempt(() => deps.call('workspaces.restoreBackup', { id }));
    if (!status) return false;
    // Same workspace, other content: everything read from it is stale.
    get().applyStatus(status, { reload: true });
    get().showNotice('backupRestored');
    return true;
  },

  async updateWorkspace(change) {
    const workspace = await get().attempt(() => deps.call('workspace.update', change));
    if (!workspace) return false;
    set((state) => (state.status ? { status: { ...state.status, workspace } } : {}));
    get().showNotice('workspaceSaved');
    return true;
  },

  async saveSnippets(snippets) {
    const workspace = await get().attempt(() => deps.call('snippets.save', { snippets }));
    if (!workspace) return false;
    set((state) => (state.status ? { status: { ...state.status, workspace } } : {}));
    get().showNotice('workspaceSaved');
    return true;
  },

  async saveHashtagGroups(hashtagGroups) {
    const workspace = await get().attempt(() => deps.call('hashtagGroups.save', { hashtagGroups }));
    if (!workspace) return false;
    set((state) => (state.status ? { status: { ...state.status, workspace } } : {}));
    get().showNotice('workspaceSaved');
    return true;
  },

  async setSignature(accountId, signature) {
    const workspace = await get().attempt(() => deps.call('accounts.setSignature', { accountId, signature }));
    if (!workspace) return false;
    set((state) => (state.status ? { status: { ...state.status, workspace } } : {}));
    get().showNotice('workspaceSaved');
    return true;
  },

  resetSettings() {
    set({ backups: [], backupsState: 'idle' });
  },
});
