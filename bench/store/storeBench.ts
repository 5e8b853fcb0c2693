/**
 * Store benchmark (DESIGN.md §2, issue 2): opening to the point where the calendar's summaries are
 * ready, saving one edited post (fsync included), size on disk, at 1k, 20k and 50k posts, and the
 * ratio 50k/1k. Figures are with a warm page cache (the generated workspace was just written or
 * read); a cold first open after a reboot is slower.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { WorkspaceStore } from '../../electron/store/WorkspaceStore.js';
import { median, percentile, type Report } from '../report.js';
import { benchWorkspace } from './generateWorkspace.js';

const SIZES = [1_000, 20_000, 50_000];
const OPENS = 5;
const SAVES = 200;
const log = (line: string) => console.error(line);

async function diskUsage(dir: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += (await stat(path.join(entry.parentPath, entry.name))).blocks * 512;
  }
  return bytes;
}

interface Figures {
  openMs: number;
  saveMedian: number;
  saveP95: number;
  blockMs: number;
  closeMs: number;
  checkMs: number;
  mb: number;
}

async function measure(n: number, dataDir: string): Promise<Figures> {
  const dir = await benchWorkspace(n, log);
  const options = { clock: () => new Date(), actor: 'bench', dataDir, backups: { enabled: false } };
  const opens: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    const started = performance.now();
    const store = await WorkspaceStore.open(dir, options);
    const summaries = store.listPosts();
    opens.push(performance.now() - started);
    if (summaries.length !== n) throw new Error(`expected ${n} summaries, got ${summaries.length}`);
    await store.close();
  }

  const store = await WorkspaceStore.open(dir, options);
  const checking = performance.now();
  await store.checkExternalChanges();
  const checkMs = performance.now() - checking;
  const ids = store.listPosts().map((s) => s.id);
  const saves: number[] = [];
  const loop = monitorEventLoopDelay({ resolution: 1 });
  for (let i = 0; i < SAVES; i++) {
    const id = ids[(i * 7_919) % ids.length] as string;
    const post = await store.getPost(id); // the editor has the post open
    if (i === 10) loop.enable(); // after warm-up
    const started = performance.now();
    await store.updatePost(
      id,
      { title: `${post.title.slice(0, 60)} (édité ${i})`, masterText: `${post.masterText} ✎` },
      post.revision,
    );
    saves.push(performance.now() - started);
  }
  loop.disable();
  const closing = performance.now();
  await store.close(); // folds the journal lines of those saves into the snapshot
  const closeMs = performance.now() - closing;
  const measured = saves.slice(10);
  return {
    openMs: median(opens),
    saveMedian: median(measured),
    saveP95: percentile(measured, 95),
    blockMs: loop.max / 1e6,
    closeMs,
    checkMs,
    mb: (await diskUsage(dir)) / 1e6,
  };
}

export async function runStoreBench(report: Report): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'calepin-bench-data-'));
  const all = new Map<number, Figures>();
  try {
    for (const n of SIZES) {
      const f = await measure(n, dataDir);
      all.set(n, f);
      const k = `${n / 1000}k`;
      const openTarget = n === 20_000 ? '≤ 500' : n === 50_000 ? '≤ 1000' : '';
      const saveTarget = n >= 20_000 ? '≤ 20' : '';
      report({ name: `store: open to summaries ready, ${k} posts`, value: f.openMs, unit: 'ms', target: openTarget });
      report({ name: `store: save one edited post, median, ${k} posts`, value: f.saveMedian, unit: 'ms', target: '' });
      report({
        name: `store: save one edited post, p95, ${k} posts`,
        value: f.saveP95,
        unit: 'ms',
        target: saveTarget,
      });
      report({
        name: `store: longest event-loop block while saving, ${k}`,
        value: f.blockMs,
        unit: 'ms',
        target: '≤ 16',
      });
      report({
        name: `store: close (journal folded into index), ${k} posts`,
        value: f.closeMs,
        unit: 'ms',
        target: '',
      });
      report({ name: `store: background check of every post file, ${k}`, value: f.checkMs, unit: 'ms', target: '' });
      report({ name: `store: size on disk with history, ${k} posts`, value: f.mb, unit: 'MB', target: '' });
    }
    const small = all.get(1_000);
    const large = all.get(50_000);
    if (small && large) {
      report({
        name: 'store: ratio 50k/1k, save p95',
        value: large.saveP95 / small.saveP95,
        unit: '×',
        target: '≤ 1.5',
      });
      report({
        name: 'store: ratio 50k/1k, save median',
        value: large.saveMedian / small.saveMedian,
        unit: '×',
        target: '',
      });
      report({ name: 'store: ratio 50k/1k, open', value: large.openMs / small.openMs, unit: '×', target: '' });
      report({ name: 'store: ratio 50k/1k, size on disk', value: large.mb / small.mb, unit: '×', target: '' });
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
