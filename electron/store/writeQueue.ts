/**
 * One serial queue for every write of a workspace. Saves, compaction and restores never
 * interleave, so an append-only journal always has at most one change in flight: after a crash
 * only the last change can be incomplete, which is what the open-time check looks at.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  get size(): number {
    return this.waiting;
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    this.waiting += 1;
    const result = this.tail.then(task);
    // A failed task must not stop the ones queued after it.
    this.tail = result
      .catch(() => undefined)
      .finally(() => {
        this.waiting -= 1;
      });
    return result;
  }

  /** Resolves once everything queued so far has finished. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
