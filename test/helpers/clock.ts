/**
 * A clock for tests: services take `clock: () => Date`, so a test decides what time it is.
 *
 *   const clock = fixedClock('2026-03-10T09:00:00.000Z');
 *   createCalepinService({ dataDir, host: 'web', systemLocale: 'fr', clock });
 *   clock.advance(15 * 60_000); // a quarter of an hour later
 */
export const DEFAULT_TEST_NOW = '2026-03-10T09:00:00.000Z';

export interface TestClock {
  (): Date;
  /** Moves time forward (or back, with a negative number) by `ms`. */
  advance(ms: number): void;
  /** Sets the time to an ISO instant. */
  set(iso: string): void;
  /** The current time as an ISO string. */
  iso(): string;
}

export function fixedClock(start: string = DEFAULT_TEST_NOW): TestClock {
  let now = Date.parse(start);
  if (Number.isNaN(now)) throw new RangeError(`fixedClock: not an ISO instant: ${start}`);
  const clock = (() => new Date(now)) as TestClock;
  clock.advance = (ms) => {
    now += ms;
  };
  clock.set = (iso) => {
    now = Date.parse(iso);
  };
  clock.iso = () => new Date(now).toISOString();
  return clock;
}
