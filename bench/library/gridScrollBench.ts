/**
 * Issue 5's grid target, measured in the real app in Chromium: a workspace with 5,000 pictures
 * (small distinct JPEGs written straight into its media folder and media.json, since importing
 * 5,000 files is the media suite's business), the Médiathèque open, then its grid scrolled by a
 * fixed step on every animation frame. Each frame's interval is recorded; an interval longer than
 * one and a half 60 Hz frames counts the frames it skipped as dropped. Target: no dropped frames.
 * The CPU the page's threads spent per frame is reported too: unlike frame intervals, it hardly
 * depends on what else the machine is running.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import type { Report } from '../report.js';
import { median, percentile } from '../report.js';
import { newSampleWorkspace } from '../../test/e2e/support/calepinFiles.js';
import { launchBrowser, launchCalepin } from '../../test/e2e/support/launchCalepin.js';
import { plainGridScrolls, type GridShape } from './plainGrid.js';
import { pageCpuDuring } from './threadCpu.js';
import { wheelTwice, type WheelFrames } from '../wheelScroll.js';

const ITEMS = 5_000;
const FRAMES = 600;
const STEP_PX = 40;
const FRAME_MS = 1000 / 60;
const VIEWPORT = { width: 1360, height: 900 };

/** Writes ITEMS distinct small pictures into the workspace, listed in its media.json. */
export async function fillLibrary(workspace: string): Promise<void> {
  const mediaJson = path.join(workspace, 'media.json');
  const doc = JSON.parse(await readFile(mediaJson, 'utf8')) as { items: unknown[] };
  const importedAt = new Date().toISOString();
  for (let index = 0; index < ITEMS; index += 1) {
    const hue = (index * 47) % 360;
    const bytes = await sharp({
      create: { width: 160, height: 120, channels: 3, background: `hsl(${hue}, 55%, ${35 + (index % 40)}%)` },
    })
      .jpeg({ quality: 70 })
      .toBuffer();
    // The index after the JPEG's end keeps two equal colours two items (decoders ignore trailing bytes).
    const stored = Buffer.concat([bytes, Buffer.from(String(index))]);
    const sha256 = createHash('sha256').update(stored).digest('hex');
    const file = `media/${sha256.slice(0, 2)}/${sha256}.jpg`;
    await mkdir(path.join(workspace, 'media', sha256.slice(0, 2)), { recursive: true });
    await writeFile(path.join(workspace, file), stored);
    doc.items.push({
      id: `bench-${index}`,
      sha256,
      name: `Photo ${String(index + 1).padStart(4, '0')}.jpg`,
      file,
      kind: 'image',
      mime: 'image/jpeg',
      width: 160,
      height: 120,
      bytes: stored.length,
      alt: index % 3 === 0 ? '' : `Photo de test numéro ${index + 1}`,
      tags: index % 5 === 0 ? ['bench', 'couleur'] : ['bench'],
      folder: `Lot ${Math.floor(index / 500) + 1}`,
      importedAt,
    });
  }
  await writeFile(mediaJson, JSON.stringify(doc));
}

/** Scrolls the grid by `step` px on each of FRAMES animation frames; the intervals between frames. */
export function frameIntervals(page: Page, step: number, selector = '.media-scroll'): Promise<number[]> {
  return page.evaluate(
    ({ frames, step, selector }) =>
      new Promise<number[]>((resolve) => {
        const scroller = document.querySelector(selector)!;
        const out: number[] = [];
        let last = 0;
        let count = 0;
        const tick = (now: number) => {
          if (last !== 0) out.push(now - last);
          last = now;
          scroller.scrollTop += step;
          count += 1;
          if (count < frames) requestAnimationFrame(tick);
          else resolve(out);
        };
        requestAnimationFrame(tick);
      }),
    { frames: FRAMES, step, selector },
  );
}

/** The grid's distance and pace by wheel, twice from the top: what a user's scroll shows, frame by frame. */
function gridWheel(page: Page, selector = '.media-scroll'): Promise<WheelFrames> {
  return wheelTwice(page, selector, { frames: FRAMES, step: STEP_PX });
}

/** Frames skipped: an interval of n 60 Hz frames (rounded) past 1.5 frames skipped n − 1. */
function droppedOf(intervals: readonly number[]): number {
  return intervals.reduce((sum, ms) => sum + (ms > FRAME_MS * 1.5 ? Math.round(ms / FRAME_MS) - 1 : 0), 0);
}

/** Calepin's grid as it stands on screen (size, columns, row pitch), and the plain grid scrolled like it. */
async function plainGridBaseline(page: Page, workspace: string, dir: string) {
  const shape: GridShape = await page.locator('.media-scroll').evaluate((scroller) => {
    const cards = [...scroller.querySelectorAll<HTMLElement>('.media-card')];
    const tops = [...new Set(cards.map((card) => Math.round(card.getBoundingClientRect().top)))].sort((a, b) => a - b);
    return {
      width: scroller.clientWidth,
      height: scroller.clientHeight,
      columns: cards.filter((card) => Math.round(card.getBoundingClientRect().top) === tops[0]).length,
      rowHeight: (tops[1] ?? tops[0]! + 240) - tops[0]!,
    };
  });
  const doc = JSON.parse(await readFile(path.join(workspace, 'media.json'), 'utf8')) as {
    items: { name: string; file: string }[];
  };
  const pictures = doc.items.map((item) => ({ name: item.name, file: path.join(workspace, item.file) }));
  const browser = await launchBrowser();
  try {
    return await plainGridScrolls(
      browser,
      dir,
      shape,
      pictures,
      VIEWPORT,
      (plainPage) => frameIntervals(plainPage, STEP_PX, '.grid'),
      gridWheel,
    );
  } finally {
    await browser.close();
  }
}

export async function runLibraryBench(report: Report): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), 'calepin-bench-library-'));
  const workspace = path.join(root, 'Bench.calepin');
  try {
    await newSampleWorkspace(workspace);
    await fillLibrary(workspace);
    const app = await launchCalepin({ workspace, viewport: VIEWPORT });
    try {
      const { page } = app;
      await page.getByRole('navigation').getByRole('button', { name: 'Médiathèque', exact: true }).click();
      await page.locator('.media-card').first().waitFor();
      const cards = await page.locator('.media-card').count();
      // The same count of frames with nothing moving: what this machine's load alone costs.
      const idle = await frameIntervals(page, 0);
      const { result: cold, cpu: coldCpu } = await pageCpuDuring(page, () => frameIntervals(page, STEP_PX));
      const backToTop = () => page.locator('.media-scroll').evaluate((element) => (element.scrollTop = 0));
      await backToTop();
      // Again over the same rows: the thumbnails are in the cache now, only the grid's own work is left.
      // Timed without a trace (recording one costs the page CPU of its own), then traced for the CPU.
      const intervals = await frameIntervals(page, STEP_PX);
      await backToTop();
      const { cpu } = await pageCpuDuring(page, () => frameIntervals(page, STEP_PX));
      const wheel = await gridWheel(page);
      // A new session: the thumbnails are on disk (as after an import), the window has decoded none.
      await page.reload();
      await page.getByRole('navigation').getByRole('button', { name: 'Médiathèque', exact: true }).click();
      await page.locator('.media-card img').first().waitFor();
      const session = await frameIntervals(page, STEP_PX);
      const plain = await plainGridBaseline(page, workspace, root);
      report({
        name: `library grid, idle page, dropped frames of ${FRAMES}`,
        value: droppedOf(idle),
        unit: 'frames',
        target: '',
      });
      report({
        name: `library grid, first scroll (thumbnails made), dropped`,
        value: droppedOf(cold),
        unit: 'frames',
        target: '',
      });
      report({
        name: `library grid, first scroll of a session (thumbnails on disk), dropped`,
        value: droppedOf(session),
        unit: 'frames',
        target: '',
      });
      report({
        name: `plain static grid of ${ITEMS} pictures (same Chromium, no script), first scroll, dropped`,
        value: droppedOf(plain.first),
        unit: 'frames',
        target: '',
      });
      report({
        name: `plain static grid, second scroll, dropped of ${FRAMES}`,
        value: droppedOf(plain.second),
        unit: 'frames',
        target: '',
      });
      const dropped = droppedOf(intervals);
      // What a frame costs the page in CPU, whatever else the machine is doing (threadCpu.ts).
      const perFrame = (ms: number) => Math.round((ms / FRAMES) * 100) / 100;
      report({
        name: `library grid, first scroll, page main thread CPU per frame`,
        value: perFrame(coldCpu.main),
        unit: 'ms',
        target: '',
      });
      report({
        name: `library grid scroll (warm), main thread CPU per frame`,
        value: perFrame(cpu.main),
        unit: 'ms',
        target: '',
      });
      report({
        name: `library grid scroll (warm), raster + compositor CPU per frame`,
        value: perFrame(cpu.raster + cpu.compositor),
        unit: 'ms',
        target: '',
      });
      report({ name: `library grid, ${ITEMS} items: cards in the DOM`, value: cards, unit: 'cards', target: '' });
      report({
        name: `library grid scroll (warm), frame interval (median)`,
        value: median(intervals),
        unit: 'ms',
        target: '≈ 16.7',
      });
      report({
        name: `library grid scroll (warm), frame interval (p95)`,
        value: percentile(intervals, 95),
        unit: 'ms',
        target: '',
      });
      report({
        name: `library grid scroll (warm), dropped frames of ${FRAMES}`,
        value: dropped,
        unit: 'frames',
        target: '0',
      });
      const pace = `wheel scroll, twice ${wheel.scrolled / 2} px at ${STEP_PX * 60} px/s`;
      report({
        name: `library grid, ${pace}, frames dropped (of ${wheel.frames})`,
        value: wheel.dropped,
        unit: 'frames',
        target: '0',
      });
      report({
        name: `library grid, same scroll, frames shown before the main thread's drawing`,
        value: wheel.lateDrawing,
        unit: 'frames',
        target: '',
      });
      report({
        name: `library grid, same scroll, frames with a blank strip`,
        value: wheel.blank,
        unit: 'frames',
        target: '',
      });
      report({
        name: `plain static grid, same scroll, frames dropped (of ${plain.wheel.frames})`,
        value: plain.wheel.dropped,
        unit: 'frames',
        target: '',
      });
    } finally {
      await app.stop();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
