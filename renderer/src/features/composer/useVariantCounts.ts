/**
 * The variants' counts for the composer. Texts of ordinary length are counted right away on the
 * main thread (well under a millisecond per keystroke). Once a text is long enough that counting it
 * would hold up the window (a 200,000-character paste takes ~150 ms, more on a slow machine), it is
 * counted in a worker: the last counts stay on screen, marked as being recounted, until the answer.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Account, Variant } from '../../../../core/model/index.js';
import type { TargetCount } from '../../../../core/networks/index.js';
import { partsOf } from '../../state/editorDraft.js';
import type { CountAnswer, CountRequest } from './countWorker.js';
import { assembleCounts, countGroups, countVariants, groupByText, type VariantCounts } from './variantCounts.js';

/** Past this many UTF-16 units in one text, count in the worker. */
export const OFF_THREAD_FROM = 20_000;

type Groups = CountRequest['groups'];

/**
 * One worker for the composer, one request in flight: while it counts, only the latest request
 * waits (a paste followed by keystrokes does not queue a recount per keystroke).
 */
class CountingWorker {
  private worker: Worker | null = null;
  private broken = false;
  private nextId = 1;
  private inFlight: { id: number; groups: Groups; resolve: (counted: TargetCount[][] | null) => void } | null = null;
  private waiting: { groups: Groups; resolve: (counted: TargetCount[][] | null) => void } | null = null;

  /** Resolves with the counts, or null when a later request superseded this one. */
  count(groups: Groups): Promise<TargetCount[][] | null> {
    return new Promise((resolve) => {
      if (this.inFlight === null) this.send(groups, resolve);
      else {
        this.waiting?.resolve(null);
        this.waiting = { groups, resolve };
      }
    });
  }

  private start(): Worker | null {
    if (this.worker || this.broken) return this.worker;
    try {
      this.worker = new Worker(new URL('./countWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      this.broken = true;
      return null;
    }
    this.worker.onmessage = (event: MessageEvent<CountAnswer>) => {
      if (this.inFlight?.id !== event.data.id) return;
      this.inFlight.resolve(event.data.counted);
      this.next();
    };
    // A worker that cannot start (a policy, a missing file) must not leave the counters waiting:
    // count on the main thread from then on.
    this.worker.onerror = () => {
      this.broken = true;
      this.worker?.terminate();
      this.worker = null;
      const pending = this.inFlight;
      pending?.resolve(countGroups(pending.groups));
      this.next();
    };
    return this.worker;
  }

  private send(groups: Groups, resolve: (counted: TargetCount[][] | null) => void): void {
    const worker = this.start();
    if (worker === null) {
      resolve(countGroups(groups));
      return;
    }
    const id = this.nextId++;
    this.inFlight = { id, groups, resolve };
    worker.postMessage({ id, groups } satisfies CountRequest);
  }

  private next(): void {
    this.inFlight = null;
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting) this.send(waiting.groups, waiting.resolve);
  }
}

let shared: CountingWorker | null = null;

function isLong(variants: readonly Variant[]): boolean {
  return variants.some((variant) => partsOf(variant).some((part) => part.length > OFF_THREAD_FROM));
}

export interface ShownCounts {
  readonly counts: VariantCounts;
  /** True while a long text is being counted off the main thread; `counts` are the last known. */
  readonly counting: boolean;
}

const NONE: VariantCounts = new Map();

export function useVariantCounts(variants: readonly Variant[], accounts: ReadonlyMap<string, Account>): ShownCounts {
  const long = useMemo(() => isLong(variants), [variants]);
  const onThread = useMemo(() => (long ? null : countVariants(variants, accounts)), [long, variants, accounts]);
  const [answer, setAnswer] = useState<{ variants: readonly Variant[]; counts: VariantCounts } | null>(null);

  useEffect(() => {
    if (!long) return;
    let current = true;
    const groups = groupByText(variants, accounts);
    shared ??= new CountingWorker();
    void shared.count(groups.map(({ text, targets }) => ({ text, targets }))).then((counted) => {
      if (current && counted !== null) setAnswer({ variants, counts: assembleCounts(groups, counted) });
    });
    return () => {
      current = false;
    };
  }, [long, variants, accounts]);

  if (onThread !== null) return { counts: onThread, counting: false };
  return { counts: answer?.counts ?? NONE, counting: answer?.variants !== variants };
}
