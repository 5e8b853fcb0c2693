/**
 * Jobs that wait their turn, at most `concurrency` running at once, the most recently asked for
 * first; two requests under the same key share one job. The library's thumbnails are made through
 * one: a window scrolling over thousands of new pictures asks for dozens a second, and making them
 * all at once would take every core from the window that is scrolling. The newest request is the
 * card on screen now; the older ones may already have scrolled past, they are made afterwards.
 */
export class NewestFirstQueue {
  /** Starters of the waiting jobs, the newest last. */
  readonly #waiting: (() => void)[] = [];
  readonly #jobs = new Map<string, Promise<unknown>>();
  #running = 0;

  constructor(readonly concurrency: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1)
      throw new Error(`concurrency must be a positive integer: ${concurrency}`);
  }

  run<T>(key: string, job: () => Promise<T>): Promise<T> {
    const same = this.#jobs.get(key);
    if (same) return same as Promise<T>;
    const result = new Promise<T>((resolve, reject) => {
      this.#waiting.push(() => {
        this.#running += 1;
        // Through a promise, so a job that throws at once still frees its place.
        Promise.resolve()
          .then(job)
          .then(resolve, reject)
          .finally(() => {
            this.#running -= 1;
            this.#jobs.delete(key);
            this.#next();
          });
      });
    });
    this.#jobs.set(key, result);
    this.#next();
    return result;
  }

  /** Jobs asked for and not finished (running or waiting). */
  get pending(): number {
    return this.#jobs.size;
  }

  #next(): void {
    while (this.#running < this.concurrency && this.#waiting.length > 0) this.#waiting.pop()!();
  }
}
