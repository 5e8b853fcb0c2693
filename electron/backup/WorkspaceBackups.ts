/**
 * The backups of one open workspace: taking them (on the schedule, before risky operations),
 * pruning them by the retention policy, listing them. Kept outside the workspace folder, in
 * `<dataDir>/backups/<workspace id>/`, so a sync client or a deleted folder cannot take them too.
 */
import { unlink } from 'node:fs/promises';
import type { BackupInfo } from '../../core/api.js';
import { backupsDirFor, type BackupReason } from './backupFormat.js';
import { BackupScheduler, type Timers } from './BackupScheduler.js';
import { backupEntries, findBackup, listBackups, rememberFolder, type BackupEntry } from './catalog.js';
import { backupsToPrune } from './retention.js';
import { writeBackup } from './writeBackup.js';

export interface WorkspaceBackupsOptions {
  dataDir: string;
  dir: string;
  workspaceId: string;
  /** Read at backup time: the name and zone may change while the workspace is open. */
  describe: () => { name: string; zone: string };
  clock: () => Date;
  onError: (error: unknown) => void;
  timers?: Timers;
  intervalMs?: number;
}

export class WorkspaceBackups {
  readonly scheduler: BackupScheduler;

  constructor(private readonly options: WorkspaceBackupsOptions) {
    this.scheduler = new BackupScheduler({
      run: async () => {
        await this.take('scheduled');
      },
      onError: options.onError,
      clock: options.clock,
      timers: options.timers,
      intervalMs: options.intervalMs,
    });
  }

  get dir(): string {
    return backupsDirFor(this.options.dataDir, this.options.workspaceId);
  }

  async rememberFolder(): Promise<void> {
    await rememberFolder(this.options.dataDir, this.options.dir, this.options.workspaceId);
  }

  /** Takes a backup now, then prunes by the retention policy. */
  async take(reason: BackupReason): Promise<BackupInfo> {
    const { name, zone } = this.options.describe();
    const at = this.options.clock();
    const info = await writeBackup({
      workspaceDir: this.options.dir,
      backupsDir: this.dir,
      workspaceId: this.options.workspaceId,
      name,
      reason,
      at,
    });
    await this.prune(at, zone);
    return info;
  }

  async prune(now: Date, zone: string): Promise<string[]> {
    const entries = await backupEntries(this.options.dataDir, this.options.workspaceId);
    const doomed = new Set(backupsToPrune(entries, now, zone));
    for (const entry of entries) {
      if (doomed.has(entry.id)) await unlink(entry.file).catch(() => undefined);
    }
    return [...doomed];
  }

  list(): Promise<BackupInfo[]> {
    return listBackups(this.options.dataDir, this.options.workspaceId);
  }

  find(id: string): Promise<BackupEntry> {
    return findBackup(this.options.dataDir, this.options.workspaceId, id);
  }
}
