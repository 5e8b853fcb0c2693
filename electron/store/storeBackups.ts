/**
 * The store's side of backups: the schedule (off when `backups.enabled` is false), the copies
 * taken before risky operations, and restoring one in place. See electron/backup/ for the files.
 */
import path from 'node:path';
import type { BackupInfo } from '../../core/api.js';
import type { BackupReason } from '../backup/backupFormat.js';
import { restoreBackupFiles } from '../backup/restore.js';
import { WorkspaceBackups } from '../backup/WorkspaceBackups.js';
import type { StoreOptions } from './storeOptions.js';

export class StoreBackups {
  private current: WorkspaceBackups | null = null;

  constructor(
    private readonly dir: string,
    private readonly options: StoreOptions,
    /** Read at backup time: the name and zone may change while the workspace is open. */
    private readonly describe: () => { name: string; zone: string },
  ) {}

  private get enabled(): boolean {
    return this.options.backups?.enabled !== false;
  }

  /** The backups of a workspace id, before the store knows it is the one it keeps (migration). */
  for(workspaceId: string): WorkspaceBackups {
    return new WorkspaceBackups({
      dataDir: this.options.dataDir,
      dir: path.resolve(this.dir),
      workspaceId,
      describe: this.describe,
      clock: this.options.clock,
      onError: (error) => this.options.onBackgroundError?.(error),
      timers: this.options.backups?.timers,
      intervalMs: this.options.backups?.intervalMs,
    });
  }

  /** Files the folder under its id (so its backups can be found even if workspace.json breaks). */
  async start(workspaceId: string, writable: boolean): Promise<void> {
    this.current = this.for(workspaceId);
    await this.current.rememberFolder().catch((error: unknown) => this.options.onBackgroundError?.(error));
    // A writable workspace without any backup gets its first one on the normal schedule.
    if (writable && (await this.current.list()).length === 0) this.markChanged();
  }

  markChanged(): void {
    if (this.enabled) this.current?.scheduler.markChanged();
  }

  list(): Promise<BackupInfo[]> {
    return this.current?.list() ?? Promise.resolve([]);
  }

  take(reason: BackupReason): Promise<BackupInfo> {
    if (!this.current) throw new Error('backups not started');
    return this.current.take(reason);
  }

  /** A `before-restore` backup, then the files swapped (the current ones set aside, never deleted). */
  async restore(id: string, workspaceId: string, at: Date): Promise<{ asideDir: string }> {
    const backups = this.current ?? this.for(workspaceId);
    const entry = await backups.find(id);
    await backups.take('before-restore').catch((error: unknown) => this.options.onBackgroundError?.(error));
    const request = { dir: path.resolve(this.dir), dataDir: this.options.dataDir, workspaceId, backupFile: entry.file };
    return restoreBackupFiles({ ...request, backupId: id, at });
  }

  /** At close: the backup the schedule still owes, unless turned off. */
  async close(flush: boolean): Promise<void> {
    if (flush && this.enabled && this.options.backups?.onClose !== false) await this.current?.scheduler.flush();
    this.current?.scheduler.stop();
  }
}
