/**
 * One open workspace: the door the API service goes through. Opening takes the folder's lock (a
 * second instance gets a read-only store with the reason), loads and checks every file; writes go
 * through one serial queue; backups are taken on a schedule, outside the folder.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { BackupInfo, WorkspaceInfo } from '../../core/api.js';
import { CalepinError, type CalepinErrorData } from '../../core/errors.js';
import type { ContentRequest, MediaItem, Post, PostDraft, PostPatch, PostSummary } from '../../core/model/index.js';
import type { BackupReason } from '../backup/backupFormat.js';
import { backupsForFolder } from '../backup/catalog.js';
import { restoreIntoBrokenWorkspace } from './brokenWorkspace.js';
import { createWorkspaceFiles, type CreateInit } from './createWorkspace.js';
import { nodeFsOps, type FsOps } from './fsOps.js';
import type { HistoryEntry } from './history.js';
import { postFile } from './layout.js';
import { loadWorkspace, type LoadedState, type OpenReport } from './loadWorkspace.js';
import { lockWorkspace, type WorkspaceLock } from './lock.js';
import { quarantineFile } from './postFiles.js';
import type { ConflictInfo } from './postsScan.js';
import { PostStore } from './PostStore.js';
import { reconcileContent, type ExternalChanges } from './reconcile.js';
import { StoreBackups } from './storeBackups.js';
import type { StoreOptions } from './storeOptions.js';
import { DEFAULT_COMPACT_AFTER } from './summaryIndex.js';
import { WorkspaceDoc, type WorkspacePatch } from './workspaceDoc.js';
import { workspaceInfo, type WorkspaceData } from './workspaceFiles.js';
import { WriteQueue } from './writeQueue.js';

export type { StoreOptions } from './storeOptions.js';

export class WorkspaceStore {
  private state!: LoadedState;
  private posts!: PostStore;
  private doc!: WorkspaceDoc;
  private readonly queue = new WriteQueue();
  private readonly conflictList: ConflictInfo[] = [];
  private readonly backupsOf: StoreBackups;
  private lockLost: CalepinErrorData | null = null;
  private closed = false;

  private constructor(
    readonly dir: string,
    private readonly options: StoreOptions,
    private readonly ops: FsOps,
    private lock: WorkspaceLock | null,
  ) {
    this.backupsOf = new StoreBackups(dir, options, () => ({
      name: this.state ? this.workspaceData.name : '',
      zone: this.state ? this.workspaceData.settings.zone : 'UTC',
    }));
  }

  static async open(folder: string, options: StoreOptions): Promise<WorkspaceStore> {
    const dir = path.resolve(folder);
    const isDir = await stat(dir).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isDir) throw new CalepinError('WORKSPACE_NOT_FOUND', { path: dir });
    let lock: WorkspaceLock | null = null;
    let reason: CalepinErrorData | null = null;
    const holder: { store?: WorkspaceStore } = {};
    if (options.readOnly) reason = { code: 'WORKSPACE_READ_ONLY', params: { reason: 'requested' } };
    else {
      const locked = await lockWorkspace(dir, () => holder.store?.loseLock(), options.lockStaleMs);
      if (locked.ok) lock = locked.lock;
      else reason = locked.reason.toData();
    }
    const store = new WorkspaceStore(dir, options, options.fsOps ?? nodeFsOps, lock);
    holder.store = store;
    try {
      await store.load(reason);
      await store.backupsOf.start(store.workspaceData.id, store.readOnlyReason === null);
    } catch (error) {
      await lock?.release();
      throw error;
    }
    return store;
  }

  /** Creates the folder's files (it must be empty or absent), then opens it. */
  static async create(folder: string, init: CreateInit, options: StoreOptions): Promise<WorkspaceStore> {
    const dir = path.resolve(folder);
    await createWorkspaceFiles(dir, init, {
      ops: options.fsOps ?? nodeFsOps,
      clock: options.clock,
      actor: options.actor,
    });
    return WorkspaceStore.open(dir, options);
  }

  /** The backups of a workspace that failed to open, newest (the one to offer) first. */
  static backupsForFolder(folder: string, dataDir: string): ReturnType<typeof backupsForFolder> {
    return backupsForFolder(dataDir, path.resolve(folder));
  }

  /** Restores a backup into a workspace that cannot be opened (e.g. workspace.json is garbage), then opens it. */
  static async restoreBackupInto(folder: string, backupId: string, options: StoreOptions) {
    const { asideDir } = await restoreIntoBrokenWorkspace(folder, backupId, options);
    return { store: await WorkspaceStore.open(folder, options), asideDir };
  }

  private async load(reason: CalepinErrorData | null): Promise<void> {
    const state = await loadWorkspace({
      dir: this.dir,
      ops: this.ops,
      clock: this.options.clock,
      actor: this.options.actor,
      readOnlyReason: reason,
      compactAfter: this.options.compactAfter ?? DEFAULT_COMPACT_AFTER,
      backupBeforeMigration: async (workspaceId) =>
        void (await this.backupsOf.for(workspaceId).take('before-migration')),
    });
    // A newer Calepin may want this folder: do not keep it locked for a read-only look.
    if (state.readOnlyReason?.code === 'WORKSPACE_NEWER_SCHEMA') await this.releaseLock();
    this.state = state;
    this.conflictList.splice(0, this.conflictList.length, ...state.conflicts);
    const shared = { dir: this.dir, ops: this.ops, clock: this.options.clock, actor: this.options.actor };
    const onSaved = () => this.markChanged();
    const onConflict = (conflict: ConflictInfo) => void this.conflictList.push(conflict);
    this.doc = new WorkspaceDoc(state.db, { ...shared, history: state.history, onSaved, onConflict });
    this.posts = new PostStore({
      ...shared,
      index: state.index,
      history: state.history,
      queue: this.queue,
      defaultZone: () => this.workspaceData.settings.zone,
      assertWritable: () => this.assertWritable(),
      writable: () => this.readOnlyReason === null,
      onSaved,
      onConflict,
      onCorrupt: async (id, error) => {
        const movedTo = this.readOnlyReason
          ? null
          : await quarantineFile(this.dir, postFile(id), this.options.clock(), this.ops);
        state.report.quarantined.push({ file: postFile(id), movedTo, reason: String(error.params.reason) });
        if (movedTo) await state.index.record({ op: 'del', id }).catch(() => undefined);
      },
    });
  }

  private markChanged(): void {
    this.backupsOf.markChanged();
  }

  private loseLock(): void {
    this.lockLost = { code: 'WORKSPACE_LOCKED', params: { path: this.dir } };
  }

  private async releaseLock(): Promise<void> {
    await this.lock?.release();
    this.lock = null;
  }

  private get workspaceData(): WorkspaceData {
    return this.state.db?.data ?? this.state.workspace;
  }

  /** Why nothing may be written (locked, newer schema, corrupt file, asked for); `null` when writable. */
  get readOnlyReason(): CalepinErrorData | null {
    return this.lockLost ?? this.state.readOnlyReason;
  }

  /** Saves that failed (disk full, read-only folder) and are held in memory until `retrySaves()`. */
  get pendingSaves(): number {
    return this.posts.pendingCount + (this.doc.pending ? 1 : 0);
  }

  get openReport(): OpenReport {
    return this.state.report;
  }

  /**
   * Looks at every post file for changes made outside the app (a sync client while the app was
   * closed); opening only notices added and removed files. Meant to run in the background once
   * the calendar is shown; the index follows what it finds.
   */
  async checkExternalChanges(): Promise<ExternalChanges> {
    this.assertOpen();
    const writable = this.readOnlyReason === null;
    const { quarantined, problems } = this.state.report;
    const ctx = { dir: this.dir, ops: this.ops, clock: this.options.clock, writable, quarantined, problems };
    return this.queue.run(() => reconcileContent(ctx, this.state.index));
  }

  /** Sync-conflict copies in posts/ and versions kept aside before our saves, until the user settles them. */
  conflicts(): ConflictInfo[] {
    return [...this.conflictList];
  }

  private assertOpen(): void {
    if (this.closed) throw new CalepinError('NO_WORKSPACE');
  }

  private assertWritable(): void {
    this.assertOpen();
    const reason = this.readOnlyReason;
    if (reason) throw new CalepinError('WORKSPACE_READ_ONLY', { reason: reason.code });
  }

  info(): WorkspaceInfo {
    this.assertOpen();
    return workspaceInfo(this.dir, this.workspaceData, this.state.index, this.listMedia().length);
  }

  /** workspace.json as read; `schemaVersion` is above 2 only for a newer workspace opened read-only. */
  workspace(): WorkspaceData {
    this.assertOpen();
    return this.workspaceData;
  }

  async updateWorkspace(patch: WorkspacePatch): Promise<WorkspaceInfo> {
    this.assertWritable();
    await this.queue.run(() => this.doc.update(patch));
    return this.info();
  }

  listPosts(): PostSummary[] {
    this.assertOpen();
    return this.posts.list();
  }

  async getPost(id: string): Promise<Post> {
    this.assertOpen();
    return this.posts.get(id);
  }

  async createPost(draft: PostDraft): Promise<Post> {
    return this.posts.create(draft);
  }

  /** `patch` holds only the fields to change; `expectedRevision` guards against saving over another change. */
  async updatePost(id: string, patch: PostPatch, expectedRevision?: number): Promise<Post> {
    return this.posts.update(id, patch, expectedRevision);
  }

  async deletePost(id: string): Promise<{ id: string }> {
    return this.posts.delete(id);
  }

  /** Deleting several posts at once takes a backup first (DESIGN.md §2). */
  async deletePosts(ids: readonly string[]): Promise<string[]> {
    this.assertWritable();
    if (ids.length > 1) await this.backupNow('before-bulk-delete');
    const deleted: string[] = [];
    for (const id of ids) deleted.push((await this.posts.delete(id)).id);
    return deleted;
  }

  /** Undo of a delete or an edit: the whole post back under its id, with the next revision. */
  async restorePost(post: Post): Promise<Post> {
    return this.posts.restore(post);
  }

  listRequests(): ContentRequest[] {
    this.assertOpen();
    return this.workspaceData.requests;
  }

  listMedia(): MediaItem[] {
    this.assertOpen();
    return this.state.media.data?.items ?? [];
  }

  /**
   * Adds media items, or replaces those with the same id: one durable write of media.json through
   * the write queue. If the disk refuses, media.json and what reads return stay as they were.
   */
  async addMedia(items: readonly MediaItem[]): Promise<void> {
    this.assertWritable();
    if (items.length === 0) return;
    await this.queue.run(async () => {
      const db = this.state.media;
      const before = db.data;
      const byId = new Map((before?.items ?? []).map((item) => [item.id as string, item]));
      for (const item of items) byId.set(item.id, item);
      db.data = { items: [...byId.values()] };
      try {
        await db.write();
      } catch (error) {
        db.data = before;
        throw error;
      }
      this.markChanged();
    });
  }

  /**
   * Takes items out of media.json (one durable write); returns those it removed. The stored files
   * are the caller's to delete, after this write succeeded, so a refused write loses nothing.
   */
  async removeMedia(ids: readonly string[]): Promise<MediaItem[]> {
    this.assertWritable();
    const gone = new Set(ids);
    return this.queue.run(async () => {
      const db = this.state.media;
      const before = db.data;
      const items = before?.items ?? [];
      const removed = items.filter((item) => gone.has(item.id));
      if (removed.length === 0) return [];
      db.data = { items: items.filter((item) => !gone.has(item.id)) };
      try {
        await db.write();
      } catch (error) {
        db.data = before;
        throw error;
      }
      this.markChanged();
      return removed;
    });
  }

  /** Writes the saves held in memory; resolves with how many are still pending, throws if the disk still refuses. */
  async retrySaves(): Promise<number> {
    this.assertWritable();
    await this.queue.run(() => this.doc.retry());
    return this.posts.retry();
  }

  async backups(): Promise<BackupInfo[]> {
    this.assertOpen();
    return this.backupsOf.list();
  }

  /** Before an import or a bulk delete (reason), or "back up now" in the UI. */
  async backupNow(reason: BackupReason = 'manual'): Promise<BackupInfo> {
    this.assertOpen();
    return this.backupsOf.take(reason);
  }

  /**
   * Puts a backup back: a `before-restore` backup is taken, the current files are moved aside
   * (never deleted), the backup is unpacked in their place and the workspace reloaded.
   */
  async restoreBackup(id: string): Promise<{ asideDir: string }> {
    this.assertOpen();
    // Allowed on a workspace read-only because a file is corrupt: that is what backups are for.
    const reason = this.readOnlyReason;
    if (!this.lock || (reason && reason.code !== 'WORKSPACE_CORRUPT')) {
      throw new CalepinError('WORKSPACE_READ_ONLY', { reason: reason?.code ?? 'WORKSPACE_LOCKED' });
    }
    return this.queue.run(async () => {
      const at = this.options.clock();
      const { asideDir } = await this.backupsOf.restore(id, this.workspaceData.id, at);
      this.posts.forget();
      await this.load(null);
      await this.state.history.append(restoredEntry(at, this.options.actor, id, asideDir));
      return { asideDir };
    });
  }

  /** Finishes queued writes, folds the journal, takes the pending backup and releases the lock. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.queue.idle();
    if (!this.readOnlyReason) {
      if (this.pendingSaves > 0) await this.retrySaves().catch(() => undefined);
      const index = this.state.index;
      if (index.journalLines > 0 || index.stale) await this.queue.run(() => index.compact()).catch(() => undefined);
    }
    await this.backupsOf.close(!this.readOnlyReason);
    await this.releaseLock();
    this.closed = true;
  }
}

function restoredEntry(at: Date, who: string, id: string, asideDir: string): HistoryEntry {
  const note = `${id}; previous files in ${asideDir}`;
  return { at: at.toISOString(), who, op: 'backup-restored', postId: null, revision: null, post: null, note };
}
