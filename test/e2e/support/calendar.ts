/** The calendar's grid and backlog drawer, and the real mouse dragging between them. */
import type { Locator, Page } from 'playwright-core';
import type { OperationInput, OperationName, OperationOutput } from '../../../core/api.js';
import { launchCalepin, type Calepin } from './launchCalepin.js';

export function calendarDriver(page: Page) {
  const grid = page.locator('.calendar-grid');
  const day = (date: string) => grid.locator(`[role="cell"][data-date="${date}"]`);
  return {
    grid,
    day,
    drawer: page.locator('.backlog-drawer'),
    /** A post on the grid, wherever it is. */
    post: (id: string) => grid.locator(`[data-post-id="${id}"]`),
    postOn: (date: string, id: string) => day(date).locator(`[data-post-id="${id}"]`),
    backlogItem: (id: string) => page.locator(`.backlog-item[data-post-id="${id}"]`),
    async showView(name: string): Promise<void> {
      await page
        .getByRole('group', { name: /^(Vue du calendrier|Calendar view)$/ })
        .getByRole('button', { name, exact: true })
        .click();
    },
    /** Presses on `from`, moves in small steps as a hand would, and lets go over `to`. */
    async drag(from: Locator, to: Locator): Promise<void> {
      await from.scrollIntoViewIfNeeded();
      const start = await from.boundingBox();
      const end = await to.boundingBox();
      if (!start || !end) throw new Error('drag: an end is not on screen');
      const x = start.x + start.width / 2;
      const y = start.y + start.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + 8, y + 8, { steps: 4 });
      await page.mouse.move(end.x + end.width / 2, end.y + end.height * 0.75, { steps: 20 });
      await page.mouse.up();
    },
  };
}

/** The Calepin API as the page itself calls it (same session), to read what was saved. */
export async function callApi<K extends OperationName>(
  page: Page,
  name: K,
  input: OperationInput<K>,
): Promise<OperationOutput<K>> {
  const result = await page.evaluate(
    async ([operation, body]) => {
      const response = await fetch(`/api/${operation}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        credentials: 'same-origin',
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    },
    [name, input] as const,
  );
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as OperationOutput<K>;
}

/** The French sample launched and shown on the calendar's month view, with its posts drawn. */
export async function launchOnMonth(viewport: { width: number; height: number }): Promise<Calepin> {
  const app = await launchCalepin({ viewport });
  await app.page.locator('.post-row').first().waitFor();
  await calendarDriver(app.page).showView('Mois');
  await app.page.locator('.calendar-grid [data-post-id]').first().waitFor();
  return app;
}
