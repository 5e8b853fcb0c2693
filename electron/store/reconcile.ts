/**
 * Bringing the derived index in line with the post files at open: files added or removed behind
 * our back, and the one change a crash may have interrupted (the last line of history).
 */
import { summarise } from '../../core/model/index.js';
import { sameFile, statOrNull } from './DurableJsonAdapter.js';
import type { HistoryLog } from './history.js';
import { abs, postFile } from './layout.js';
import { readForIndex, readMany, scanPosts, type ReadContext } from './postsScan.js';
import type { JournalRecord } from './summaryCodec.js';
import type { SummaryIndex } from './summaryIndex.js';

export interface ExternalChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

async function change(ctx: ReadContext, index: SummaryIndex, record: JournalRecord): Promise<void> {
  if (ctx.writable) await index.record(record);
  else index.apply(record);
}

/** Post files that appeared or disappeared since the index was written (sync client, second machine). */
export async function reconcileWithFiles(
  ctx: ReadContext,
  index: SummaryIndex,
  ids: readonly string[],
): Promise<ExternalChanges> {
  const onDisk = new Set(ids);
  const added = ids.filter((id) => !index.entries.has(id));
  const removed = [...index.entries.keys()].filter((id) => !onDisk.has(id));
  for (const entry of await readMany(ctx, added))
    await change(ctx, index, { op: 'put', s: entry.summary, f: entry.file });
  for (const id of removed) await change(ctx, index, { op: 'del', id });
  return { added, removed, changed: [] };
}

/**
 * The last history line is the last change that was started. If its post file does not match,
 * the app stopped before the change was acknowledged: the file wins (the index follows it) and a
 * `reconciled` line records that the logged revision never landed.
 */
export async function reconcileLastChange(
  ctx: ReadContext & { actor: string },
  index: SummaryIndex,
  history: HistoryLog,
): Promise<string | null> {
  const last = await history.lastEntry();
  if (!last?.postId || !['create', 'update', 'delete', 'restore'].includes(last.op)) return null;
  const id = last.postId;
  const disk = await readForIndex(ctx, id);
  const known = index.entries.get(id);
  let fixed: string | null = null;
  if (disk && (!known || known.summary.revision !== disk.post.revision || !sameFile(known.file, disk.file))) {
    await change(ctx, index, { op: 'put', s: summarise(disk.post), f: disk.file });
    fixed = id;
  } else if (!disk && known) {
    await change(ctx, index, { op: 'del', id });
    fixed = id;
  }
  const landed = last.op === 'delete' ? disk === null : disk?.post.revision === last.revision;
  if (!landed && ctx.writable) {
    await history.append({
      at: ctx.clock().toISOString(),
      who: ctx.actor,
      op: 'reconciled',
      postId: id,
      revision: disk?.post.revision ?? null,
      post: disk?.post ?? null,
      note: `${last.op} to revision ${last.revision} did not reach the post file`,
    });
    fixed = id;
  }
  return fixed;
}

/**
 * The thorough check, meant to run in the background after opening: stats every post file and
 * re-reads those whose size, mtime or inode differ from the index (edited by a sync client while
 * the app was closed). O(posts) stats, no reads for unchanged files.
 */
export async function reconcileContent(ctx: ReadContext, index: SummaryIndex): Promise<ExternalChanges> {
  const changes = await reconcileWithFiles(ctx, index, (await scanPosts(ctx.dir)).ids);
  const ids = [...index.entries.keys()];
  const changed: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++] as string;
      const now = await statOrNull(abs(ctx.dir, postFile(id)));
      if (now && !sameFile(now, index.entries.get(id)?.file ?? null)) changed.push(id);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  // A changed file that is now broken is set aside by readMany (and reported through ctx).
  for (const entry of await readMany(ctx, changed))
    await change(ctx, index, { op: 'put', s: entry.summary, f: entry.file });
  return { ...changes, changed };
}
