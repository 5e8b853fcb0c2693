/**
 * The workspace the app has open, and what went wrong getting it open. A workspace that fails to
 * open is not forgotten: its folder is kept so its backups can be offered, and the error stays in
 * `problem` for the status until the user dismisses it. Switching workspaces is serialised, so two
 * clicks never leave two stores holding locks.
 */
import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { CalepinError, type CalepinErrorData } from '../../core/errors.js';
import { createSampleWorkspace } from '../sample/createSampleWorkspace.js';
import { WORKSPACE_FILE, fileStamp } from '../store/layout.js';
import { WorkspaceStore, type StoreOptions } from '../store/WorkspaceStore.js';
import type { RecentList } from './recent.js';

export const SAMPLE_FOLDER = 'Exemple.calepin';

export interface SessionOptions {
  dataDir: string;
  store: StoreOptions;
  recent: RecentList;
  sampleImagesDir: string | null;
}

export class WorkspaceSession {
  store: WorkspaceStore | null = null;
  /** The folder that last failed to open (its backups can still be listed and restored). */
  failedFolder: string | null = null;
  problem: CalepinErrorData | null = null;
  private switching: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SessionOptions) {}

  get sampleFolder(): string {
    return path.join(this.options.dataDir, SAMPLE_FOLDER);
  }

  requireStore(): WorkspaceStore {
    if (!this.store) throw new CalepinError('NO_WORKSPACE');
    return this.store;
  }

  /** Runs one workspace switch after the previous one has finished. */
  private serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.switching.then(run, run);
    this.switching = next.catch(() => undefined);
    return next;
  }

  /**
   * Opens `folder`. A folder that is no workspace at all throws and leaves the current one open;
   * a workspace that cannot be opened (corrupt workspace.json…) replaces it, as a problem.
   */
  open(folder: string): Promise<void> {
    const dir = path.resolve(folder);
    return this.serial(async () => {
      if (!existsSync(path.join(dir, WORKSPACE_FILE))) throw new CalepinError('WORKSPACE_NOT_FOUND', { path: dir });
      await this.adopt(dir, () => WorkspaceStore.open(dir, this.options.store), 'report');
    });
  }

  /** Creation failures (folder not empty, disk full) throw and leave the current workspace open. */
  create(
    folder: string,
    init: { name: string; settings: { zone: string; locale: 'fr' | 'en' } },
    sample: boolean,
  ): Promise<void> {
    const dir = path.resolve(folder);
    return this.serial(async () => {
      const make = sample
        ? () =>
            createSampleWorkspace(dir, { imagesDir: this.options.sampleImagesDir, name: init.name }, this.options.store)
        : () => WorkspaceStore.create(dir, init, this.options.store);
      await this.adopt(dir, make, 'throw');
    });
  }

  /** The sample lives in the data folder and is made the first time it is asked for. */
  openSample(): Promise<void> {
    const dir = this.sampleFolder;
    return this.serial(async () => {
      if (existsSync(path.join(dir, WORKSPACE_FILE)))
        return this.adopt(dir, () => WorkspaceStore.open(dir, this.options.store), 'report');
      // A sample whose creation was cut short has no workspace.json yet: set it aside, start again.
      if (existsSync(dir)) await rename(dir, `${dir}.incomplete-${fileStamp(this.options.store.clock())}`);
      await this.adopt(
        dir,
        () => createSampleWorkspace(dir, { imagesDir: this.options.sampleImagesDir }, this.options.store),
        'throw',
      );
    });
  }

  /** Restores a backup into the open workspace, or into the one that failed to open. */
  restoreBackup(id: string): Promise<void> {
    return this.serial(async () => {
      if (this.store) {
        await this.store.restoreBackup(id);
        this.problem = openingProblem(this.store);
        return;
      }
      const dir = this.failedFolder;
      if (!dir) throw new CalepinError('NO_WORKSPACE');
      await this.adopt(
        dir,
        async () => (await WorkspaceStore.restoreBackupInto(dir, id, this.options.store)).store,
        'throw',
      );
    });
  }

  /**
   * Swaps the open workspace for the one `open` returns. The current one is closed first when it
   * is the same folder (its lock would make the new one read-only), after success otherwise.
   * On failure, `report` makes the broken workspace the current problem; `throw` leaves things as they were.
   */
  private async adopt(dir: string, open: () => Promise<WorkspaceStore>, onFailure: 'report' | 'throw'): Promise<void> {
    if (this.store?.dir === dir) await this.closeCurrent();
    let store: WorkspaceStore;
    try {
      store = await open();
    } catch (error) {
      if (onFailure === 'throw' || !(error instanceof CalepinError) || error.code === 'INTERNAL') throw error;
      await this.closeCurrent();
      this.failedFolder = dir;
      this.problem = error.toData();
      return;
    }
    await this.closeCurrent();
    this.store = store;
    this.failedFolder = null;
    this.problem = openingProblem(store);
    // The recent list is a convenience: failing to save it must not undo a successful open.
    await this.options.recent
      .add(store.dir, store.info().name)
      .catch((error: unknown) => this.options.store.onBackgroundError?.(error));
  }

  backupsOfFailedFolder(): ReturnType<typeof WorkspaceStore.backupsForFolder> {
    if (!this.failedFolder) throw new CalepinError('NO_WORKSPACE');
    return WorkspaceStore.backupsForFolder(this.failedFolder, this.options.dataDir);
  }

  /** A media file of the open workspace by hash, only if media.json lists it and it stays inside the folder. */
  mediaFile(sha256: string): string | null {
    const store = this.store;
    if (!store) return null;
    const item = store.listMedia().find((candidate) => candidate.sha256 === sha256);
    if (!item) return null;
    const file = path.resolve(store.dir, ...item.file.split('/'));
    return file.startsWith(store.dir + path.sep) ? file : null;
  }

  async closeCurrent(): Promise<void> {
    const store = this.store;
    this.store = null;
    await store?.close();
  }

  /** Waits for a switch in progress, then closes whatever is open. */
  close(): Promise<void> {
    return this.serial(() => this.closeCurrent());
  }
}

/** What to tell the user after an open: a file set aside, or why the workspace is read-only. */
function openingProblem(store: WorkspaceStore): CalepinErrorData | null {
  const first = store.openReport.problems[0];
  if (first) return first;
  const reason = store.readOnlyReason;
  return reason && reason.code !== 'WORKSPACE_READ_ONLY' ? reason : null;
}
