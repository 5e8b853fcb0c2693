/**
 * Scrolling a long list 80 px a frame, and what the same Chromium does with a plain list: 5,000
 * static lines of the same height and content in a scroller of the same size, no script at all.
 * Without a GPU every newly shown line is rastered in software on the two cores the page shares
 * with the compositor, so even the plain list can miss frames the first time its lines are shown;
 * the bare page says how much of a figure is the browser's and how much is Calepin's.
 */
import type { Browser, Page } from 'playwright-core';
import { wheelTwice, type WheelFrames } from '../wheelScroll.js';

export const SCROLL_FRAMES = 240;
const STEP_PX = 80;

/** The same distance and pace by wheel, twice from the top: what a user's scroll shows, frame by frame. */
export function wheelPasses(page: Page, selector: string): Promise<WheelFrames> {
  return wheelTwice(page, selector, { frames: SCROLL_FRAMES, step: STEP_PX });
}

/** Scrolls `selector` from the top, one step a frame; the intervals between frames (ms). */
export async function scrollFrames(page: Page, selector: string): Promise<number[]> {
  return page.evaluate(
    async ({ selector, frames, step }) => {
      const list = document.querySelector<HTMLElement>(selector)!;
      list.scrollTop = 0;
      // Let the jump back to the top settle (and its lines be drawn) before timing.
      for (let settle = 0; settle < 10; settle += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
      const intervals: number[] = [];
      let last = performance.now();
      for (let frame = 0; frame < frames; frame += 1) {
        list.scrollTop += step;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = performance.now();
        intervals.push(now - last);
        last = now;
      }
      return intervals;
    },
    { selector, frames: SCROLL_FRAMES, step: STEP_PX },
  );
}

/** A static page: one scroller of `width` × `height` px holding `count` lines like Calepin's. */
function plainListHtml(width: number, height: number, count: number): string {
  const statuses = ['Brouillon', 'En relecture', 'Approuvé', 'Programmé'];
  const lines = Array.from(
    { length: count },
    (_, i) =>
      `<div class="line"><span class="time">${String(8 + (i % 13)).padStart(2, '0')}:30</span>` +
      `<b>Post ${i} : nouveautés de la semaine à l’atelier</b>` +
      `<span class="excerpt">Texte du post ${i}. Venez découvrir nos nouveautés cette semaine !</span>` +
      `<span class="chip">@atelier.instagram</span><span class="chip">${statuses[i % 4]}</span></div>`,
  ).join('');
  return (
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>` +
    `body{margin:0;font:14px system-ui,sans-serif}` +
    `.list{position:absolute;left:240px;top:200px;width:${width}px;height:${height}px;overflow:auto}` +
    `.line{height:42px;box-sizing:border-box;display:flex;gap:12px;align-items:center;padding:0 12px;` +
    `border-bottom:1px solid #e3e3e8;white-space:nowrap;overflow:hidden}` +
    `.time{width:44px;color:#555}.excerpt{flex:1;overflow:hidden;text-overflow:ellipsis;color:#666}` +
    `.chip{border-radius:999px;background:#eef0f6;padding:2px 8px;font-size:12px}` +
    `</style></head><body><div class="list">${lines}</div></body></html>`
  );
}

/** The plain list's first and second passes, then its wheel scrolls, in a page of its own in `browser`. */
export async function plainListFrames(
  browser: Browser,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Promise<{ first: number[]; second: number[]; wheel: WheelFrames }> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.setContent(plainListHtml(Math.round(size.width), Math.round(size.height), 5_000));
    const first = await scrollFrames(page, '.list');
    const second = await scrollFrames(page, '.list');
    return { first, second, wheel: await wheelPasses(page, '.list') };
  } finally {
    await context.close();
  }
}

/** Frames that took longer than 25 ms: a frame and a half at 60 Hz, one dropped at least. */
export const overBudget = (intervals: number[]) => intervals.filter((interval) => interval > 25).length;
