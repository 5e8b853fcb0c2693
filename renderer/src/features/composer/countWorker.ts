/**
 * Counts long texts off the main thread, so that a 200,000-character paste does not freeze the
 * window. It keeps its own chunk cache (core/networks/chunks.ts), so typing in a long text recounts
 * only the sentence that changed here too.
 */
import type { CountTarget, TargetCount } from '../../../../core/networks/index.js';
import { countGroups } from './variantCounts.js';

export interface CountRequest {
  readonly id: number;
  readonly groups: readonly { text: string; targets: CountTarget[] }[];
}

export interface CountAnswer {
  readonly id: number;
  readonly counted: TargetCount[][];
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<CountRequest>) => void) | null;
  postMessage(message: CountAnswer): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, groups } = event.data;
  scope.postMessage({ id, counted: countGroups(groups) });
};
