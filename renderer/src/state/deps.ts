/**
 * What the store needs from the outside world, passed in so that the slices run unchanged in the
 * app and in unit tests (a fake `call`, a fixed clock, no real timers).
 */
import type { OperationInput, OperationName, OperationOutput } from '../../../core/api.js';

export type CallFn = <K extends OperationName>(name: K, input: OperationInput<K>) => Promise<OperationOutput<K>>;

export interface StoreDeps {
  call: CallFn;
  now: () => Date;
  /** How long the editor waits after the last keystroke before saving. */
  autosaveDelayMs: number;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
}
