/**
 * Holds on to the last `capacity` values by key, dropping the least recently kept first. Pure (no
 * DOM): the library uses it to keep recently shown thumbnails alive (thumbnailKeeper.ts).
 */
export class RecentKeeper<T> {
  readonly #values = new Map<string, T>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new Error(`capacity must be a positive integer: ${capacity}`);
  }

  /** Keeps `make()`'s value under `key` (made only if the key is new), now the most recent one. */
  keep(key: string, make: () => T): void {
    const existing = this.#values.get(key);
    this.#values.delete(key);
    this.#values.set(key, existing ?? make());
    // A Map iterates in insertion order: its first key is the least recently kept.
    while (this.#values.size > this.capacity) {
      const oldest = this.#values.keys().next().value as string;
      this.#values.delete(oldest);
    }
  }

  has(key: string): boolean {
    return this.#values.has(key);
  }

  get size(): number {
    return this.#values.size;
  }
}
