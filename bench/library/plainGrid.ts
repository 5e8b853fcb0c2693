/**
 * What the same Chromium does with a plain grid: the library's 5,000 pictures as static cards (the
 * picture, its name and a line of text) in a scroller as big as Calepin's, with as many columns and
 * as tall rows, no script at all. Scrolled like Calepin's grid, twice: it says how many dropped
 * frames are the machine's (software raster on two shared cores) rather than the grid's.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { WheelFrames } from '../wheelScroll.js';

export interface GridShape {
  /** The scroller's inner size (px). */
  width: number;
  height: number;
  columns: number;
  /** One row of cards, gap included (px). */
  rowHeight: number;
}

interface PlainPicture {
  name: string;
  /** Absolute path of the picture. */
  file: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function plainGridHtml(shape: GridShape, pictures: readonly PlainPicture[]): string {
  const cards = pictures
    .map(
      (picture) =>
        `<div class="card"><img src="${escapeHtml(pathToFileURL(picture.file).href)}" alt="" loading="lazy" ` +
        `decoding="async" width="320" height="240"><b>${escapeHtml(picture.name)}</b><span>Lot · bench</span></div>`,
    )
    .join('');
  return (
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>` +
    `body{margin:0;font:13px system-ui,sans-serif}` +
    `.grid{position:absolute;left:240px;top:160px;width:${shape.width}px;height:${shape.height}px;overflow:auto;` +
    `display:grid;grid-template-columns:repeat(${shape.columns},1fr);grid-auto-rows:${shape.rowHeight - 14}px;gap:14px}` +
    `.card{display:grid;grid-template-rows:auto 1fr auto;overflow:hidden;border:1px solid #ddd;border-radius:10px}` +
    `img{width:100%;height:auto;aspect-ratio:4/3;object-fit:cover;background:#eee}` +
    `b,span{padding:0 8px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}` +
    `</style></head><body><div class="grid">${cards}</div></body></html>`
  );
}

/**
 * Opens the plain grid (written as a file beside the pictures, so it may show them) and returns the
 * frame intervals of two scrolls from the top, each made by `scroll` in the page, then what
 * `wheel` measures of it.
 */
export async function plainGridScrolls(
  browser: Browser,
  dir: string,
  shape: GridShape,
  pictures: readonly PlainPicture[],
  viewport: { width: number; height: number },
  scroll: (page: Page) => Promise<number[]>,
  wheel: (page: Page, selector: string) => Promise<WheelFrames>,
): Promise<{ first: number[]; second: number[]; wheel: WheelFrames }> {
  const html = path.join(dir, 'plain-grid.html');
  await writeFile(html, plainGridHtml(shape, pictures));
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(html).href);
    await page.locator('.card img').first().waitFor();
    const first = await scroll(page);
    await page.locator('.grid').evaluate((grid) => (grid.scrollTop = 0));
    const second = await scroll(page);
    return { first, second, wheel: await wheel(page, '.grid') };
  } finally {
    await context.close();
  }
}
