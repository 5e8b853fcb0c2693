/**
 * A value that follows `value` once it has stopped changing for `delayMs`. The composer's findings
 * and previews read the text through it: checking and drawing a look-alike cost a few
 * milliseconds, which must not be paid on every keystroke of someone typing (the typing budget is
 * 16 ms for everything), only when they pause — as a spell-checker does.
 */
import { useEffect, useState } from 'react';

/** Long enough to sit between two keystrokes of fast typing, short enough to feel live. */
export const SETTLE_MS = 150;

export function useSettledValue<T>(value: T, delayMs = SETTLE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
