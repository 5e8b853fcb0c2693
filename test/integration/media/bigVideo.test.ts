/**
 * A 2 GB video is hashed and copied as a stream: memory stays flat. Slow (it writes 2 GB), so it
 * runs only with CALEPIN_SLOW_TESTS=1; it needs /usr/bin/ffmpeg to make the video's header.
 */
import { copyFile, readdir, stat, truncate } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { importMediaFiles } from '../../../electron/media/importMedia.js';
import { WorkspaceStore } from '../../../electron/store/WorkspaceStore.js';
import { fixedClock } from '../../helpers/clock.js';
import { makeTempWorkspace, type TempWorkspace } from '../../helpers/workspace.js';
import { HAS_FFMPEG, mp4 } from './generate.js';

const SLOW = process.env.CALEPIN_SLOW_TESTS === '1';
let ws: TempWorkspace | undefined;

afterAll(async () => {
  await ws?.remove();
});

it.skipIf(!SLOW || !HAS_FFMPEG)(
  'imports a 2 GB video with peak memory under 300 MB (CALEPIN_SLOW_TESTS=1, needs ffmpeg)',
  async () => {
    const clock = fixedClock();
    ws = await makeTempWorkspace({ clock });
    const small = ws.root.join('small.mp4');
    const big = ws.root.join('big.mp4');
    await mp4(small, 2);
    await copyFile(small, big);
    // The real MP4 (moov first), then zeros up to 2 GB: a sparse file, cheap to make.
    await truncate(big, 2 * 1024 ** 3);
    const store = await WorkspaceStore.open(ws.dir, ws.storeOptions());
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    try {
      const [result] = await importMediaFiles(store, [big], { clock, dataDir: ws.dataDir });
      expect(result).toMatchObject({ status: 'imported' });
      expect(result!.item).toMatchObject({ kind: 'video', bytes: 2 * 1024 ** 3, width: 320, height: 240 });
      expect((await stat(path.join(ws.dir, result!.item!.file))).size).toBe(2 * 1024 ** 3);
    } finally {
      clearInterval(sampler);
      await store.close();
    }
    expect(peak - baseline).toBeLessThan(300 * 1024 ** 2);
    expect((await readdir(path.join(ws.dir, 'media'))).filter((n) => n.startsWith('.'))).toEqual([]);
  },
  180_000,
);
