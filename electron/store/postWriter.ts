/**
 * Saving one post change, in an order that a crash at any point can be recovered from:
 *   1. history line (the intent, with the whole post) — fsynced
 *   2. posts/<id>.json (atomic, durable) — or its removal
 *   3. index journal line — fsynced; the change is acknowledged after this
 * If 2 fails (disk full, read-only folder) the history line is cut back, so disk is as before.
 * If the app dies between 1 and 3, opening compares the last history line with its post file
 * and repairs the index (see `reconcileLastChange`). Only one change is ever in flight (one queue).
 */
import type { Post } from '../../core/model/index.js';
import { summarise } from '../../core/model/index.js';
import { truncateTo } from './durableWrite.js';
import type { FileStat, FsOps } from './fsOps.js';
import { historyFileFor, type HistoryLog, type HistoryOp } from './history.js';
import { JOURNAL_FILE } from './layout.js';
import { removePostFile, writePostFile } from './postFiles.js';
import { writeError } from './storeErrors.js';
import type { SummaryIndex } from './summaryIndex.js';

export interface WriterDeps {
  dir: string;
  ops: FsOps;
  index: SummaryIndex;
  history: HistoryLog;
}

export interface Change {
  at: Date;
  who: string;
}

async function logIntent(
  deps: WriterDeps,
  change: Change,
  op: HistoryOp,
  postId: string,
  revision: number,
  post: Post | null,
) {
  try {
    return await deps.history.append({ at: change.at.toISOString(), who: change.who, op, postId, revision, post });
  } catch (error) {
    throw writeError(error, historyFileFor(change.at));
  }
}

async function recordInIndex(deps: WriterDeps, record: Parameters<SummaryIndex['record']>[0]): Promise<void> {
  try {
    await deps.index.record(record);
  } catch {
    // The post file is already durable: the change stands. The index is derived; it is marked
    // stale and rewritten whole at the next compaction (and rebuilt from files if that fails too).
  }
}

export async function commitPost(deps: WriterDeps, change: Change, op: HistoryOp, post: Post): Promise<FileStat> {
  const mark = await logIntent(deps, change, op, post.id, post.revision, post);
  let file: FileStat;
  try {
    file = await writePostFile(deps.dir, post, deps.ops);
  } catch (error) {
    await truncateTo(mark, deps.ops).catch(() => undefined);
    throw error;
  }
  await recordInIndex(deps, { op: 'put', s: summarise(post), f: file });
  return file;
}

export async function commitDelete(deps: WriterDeps, change: Change, id: string, revision: number): Promise<void> {
  const mark = await logIntent(deps, change, 'delete', id, revision, null);
  try {
    await removePostFile(deps.dir, id, deps.ops);
  } catch (error) {
    await truncateTo(mark, deps.ops).catch(() => undefined);
    throw error;
  }
  await recordInIndex(deps, { op: 'del', id });
}

/** Compacts when due; a failure leaves the journal as it is (still correct), to retry later. */
export async function compactIfDue(deps: WriterDeps): Promise<void> {
  if (!deps.index.needsCompaction()) return;
  try {
    await deps.index.compact();
  } catch (error) {
    throw writeError(error, JOURNAL_FILE);
  }
}
