/**
 * "Every 15 minutes while there are changes": the first change after a backup starts a timer;
 * when it fires a backup is taken and the next change starts the next timer. Quiet workspaces
 * make no backups. Timer and clock are injected so tests run the policy without waiting.
 */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set(run, ms) {
    const handle = setTimeout(run, ms);
    // A pending backup must not keep a CLI process alive; close() flushes it instead.
    handle.unref();
    return handle;
  },
  clear(handle) {
    clearTimeout(handle as NodeJS.Timeout);
  },
};

export const BACKUP_INTERVAL_MS = 15 * 60_000;

export interface SchedulerOptions {
  run: () => Promise<void>;
  onError: (error: unknown) => void;
  clock: () => Date;
  timers?: Timers;
  intervalMs?: number;
}

export class BackupScheduler {
  private timer: unknown = null;
  private changed = false;
  private running: Promise<void> | null = null;
  lastBackupAt: Date | null = null;

  constructor(private readonly options: SchedulerOptions) {}

  get pending(): boolean {
    return this.changed;
  }

  markChanged(): void {
    this.changed = true;
    if (this.timer === null) {
      this.timer = (this.options.timers ?? realTimers).set(() => {
        this.timer = null;
        void this.runNow();
      }, this.options.intervalMs ?? BACKUP_INTERVAL_MS);
    }
  }

  /** Takes the backup now if anything changed since the last one (at close, before a restore). */
  async flush(): Promise<void> {
    this.cancelTimer();
    if (this.running) await this.running;
    if (this.changed) await this.runNow();
  }

  stop(): void {
    this.cancelTimer();
  }

  private cancelTimer(): void {
    if (this.timer !== null) (this.options.timers ?? realTimers).clear(this.timer);
    this.timer = null;
  }

  private async runNow(): Promise<void> {
    if (this.running) return this.running;
    this.changed = false;
    this.running = this.options
      .run()
      .then(() => {
        this.lastBackupAt = this.options.clock();
      })
      .catch((error: unknown) => {
        // Try again at the next interval rather than lose the changes' backup.
        this.options.onError(error);
        this.markChanged();
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }
}
