/** How a workspace is opened; shared by the store and its helpers. */
import type { Timers } from '../backup/BackupScheduler.js';
import type { FsOps } from './fsOps.js';

export interface StoreOptions {
  clock: () => Date;
  /** Who makes the changes, for history (the person's name or id). */
  actor: string;
  /** The app's data folder; backups go to `<dataDir>/backups/<workspace id>/`. */
  dataDir: string;
  /** Open without the lock and without writing anything (CLI reads while the app runs). */
  readOnly?: boolean;
  /** Tests: the file-system calls of every durable write (order checks, injected ENOSPC). */
  fsOps?: FsOps;
  /** Heartbeat age after which another process's lock is taken over (default 10 s, min 2 s). */
  lockStaleMs?: number;
  /** Journal lines before they are folded into the index snapshot (default 2,000). */
  compactAfter?: number;
  /** `enabled: false` turns the schedule off (backups before migrations and on request still happen). */
  backups?: { enabled?: boolean; timers?: Timers; intervalMs?: number; onClose?: boolean };
  /** Failures nobody awaits (a scheduled backup); the app logs them. */
  onBackgroundError?: (error: unknown) => void;
}
