/** Waiting on what the user sees, never on the clock. */
import { expect } from 'vitest';

/** Retries `read` until it passes `check` (Playwright's own waits cover elements; this covers values). */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => void,
  timeout = 15_000,
): Promise<void> {
  await expect
    .poll(
      async () => {
        const value = await read();
        try {
          check(value);
          return true;
        } catch {
          return false;
        }
      },
      { timeout, interval: 100 },
    )
    .toBe(true);
  check(await read());
}
