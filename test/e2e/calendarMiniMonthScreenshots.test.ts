/**
 * Writes docs/screenshots/calendar-minimonth[-drag|-folded]-<lang>-<theme>.png at 1280×800 (the
 * smallest size the calendar is laid out for): the month with the mini-month above the backlog, a
 * post being dragged over a day of the mini-month, and the mini-month folded. Not part of the
 * normal run: `CALEPIN_SCREENSHOTS=1 npx vitest run --project e2e calendarMiniMonthScreenshots`.
 */
import { describe, expect, it } from 'vitest';
import { calendarDriver } from './support/calendar.js';
import { launchForScreenshots, SCREENSHOT_CASES, screenshotter } from './support/screenshots.js';

const NAMES = {
  fr: { month: 'Mois', region: 'Mini-calendrier', fold: 'Replier le mini-calendrier' },
  en: { month: 'Month', region: 'Mini calendar', fold: 'Collapse the mini calendar' },
} as const;

describe.skipIf(!process.env.CALEPIN_SCREENSHOTS)('mini-month screenshots for the docs', () => {
  it.each(SCREENSHOT_CASES)('captures the mini-month in %s, %s', async (language, theme) => {
    const app = await launchForScreenshots(language, theme, { width: 1280, height: 800 });
    const { page } = app;
    const calendar = calendarDriver(page);
    const names = NAMES[language];
    const { written, shot } = screenshotter(page, language, theme);
    try {
      await page.locator('.post-row').first().waitFor();
      await calendar.showView(names.month);
      await calendar.grid.locator('[data-post-id]').first().waitFor();
      await shot('calendar-minimonth');

      // Halfway through a drag: the pointer over a day of the mini-month.
      const miniMonth = page.getByRole('region', { name: names.region });
      // A post still to come (a published one stays where it went).
      const id = await calendar.grid
        .locator('[data-post-id]')
        .evaluateAll(
          (all) =>
            (all as HTMLElement[]).find((element) => Number(element.dataset.at) > Date.now())?.dataset.postId ?? '',
        );
      const post = calendar.post(id);
      const from = (await post.boundingBox())!;
      const to = (await miniMonth.locator('tbody tr').nth(3).locator('td').nth(4).boundingBox())!;
      // Held by its top left corner, so the floating copy leaves the day under the pointer in sight.
      await page.mouse.move(from.x + 4, from.y + 4);
      await page.mouse.down();
      await page.mouse.move(from.x + 20, from.y + 20, { steps: 4 });
      await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
      await miniMonth.locator('td.drop-target').waitFor();
      await page.screenshot({ path: written[0]!.replace('calendar-minimonth', 'calendar-minimonth-drag') });
      // Let go outside any day (on the page's title): nothing moves, and the drag is over.
      const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
      await page.mouse.move(title.x + 10, title.y + title.height / 2, { steps: 5 });
      await page.mouse.up();
      await page.locator('.backlog-drawer:not(.receiving)').waitFor();

      await miniMonth.getByRole('button', { name: names.fold }).click();
      await miniMonth.locator('table').waitFor({ state: 'detached' });
      await shot('calendar-minimonth-folded');
      expect(written).toHaveLength(2);
    } finally {
      await app.stop();
    }
  });
});
