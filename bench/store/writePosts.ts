/**
 * Writes a generated workspace's posts as the store writes them (one file a post) and then its
 * summary index, 256 files at a time. Shared by the store and calendar benches' generators.
 */
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { summarise, type Post } from '../../core/model/index.js';
import { toJsonText } from '../../electron/store/jsonFile.js';
import type { IndexEntry } from '../../electron/store/summaryCodec.js';
import { SummaryIndex } from '../../electron/store/summaryIndex.js';

export async function writePostsAndIndex(
  dir: string,
  n: number,
  makePost: (i: number) => Post,
  /** Called with each batch once its files are written (the store bench writes history lines). */
  afterBatch: (batch: readonly Post[]) => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  const entries: IndexEntry[] = [];
  for (let from = 0; from < n; from += 256) {
    const batch = Array.from({ length: Math.min(256, n - from) }, (_, k) => makePost(from + k));
    await Promise.all(
      batch.map(async (post) => {
        const file = path.join(dir, 'posts', `${post.id}.json`);
        await writeFile(file, toJsonText(post));
        const s = await stat(file);
        entries.push({ summary: summarise(post), file: { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino } });
      }),
    );
    await afterBatch(batch);
  }
  const index = new SummaryIndex(dir);
  index.replaceAll(entries);
  await index.compact();
}
