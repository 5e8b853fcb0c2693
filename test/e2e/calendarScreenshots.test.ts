/**
 * Writes docs/screenshots/calendar-<view>-<lang>-<theme>.png for the month, week, day and list views,
 * with the backlog drawer and, in the month, a hover card. Not part of the normal run, since it
 * rewrites files under docs/: `CALEPIN_SCREENSHOTS=1 npx vitest run --project e2e calendarScreenshots`.
 */
import { describe, expect, it } from 'vitest';
import { calendarDriver } from './support/calendar.js';
import { launchForScreenshots, SCREENSHOT_CASES, screenshotter } from './support/screenshots.js';

const VIEWS = {
  fr: { month: 'Mois', week: 'Semaine', day: 'Jour', list: 'Liste' },
  en: { month: 'Month', week: 'Week', day: 'Day', list: 'List' },
} as const;

describe.skipIf(!process.env.CALEPIN_SCREENSHOTS)('calendar screenshots for the docs', () => {
  it.each(SCREENSHOT_CASES)('captures each view in %s, %s', async (language, theme) => {
    const app = await launchForScreenshots(language, theme, { width: 1400, height: 980 });
    const { page } = app;
    const calendar = calendarDriver(page);
    const { written, shot } = screenshotter(page, language, theme);
    try {
      await page.locator('.post-row').first().waitFor();
      await calendar.showView(VIEWS[language].list);
      await shot('calendar-list');
      await calendar.showView(VIEWS[language].month);
      await calendar.grid.locator('[data-post-id]').first().waitFor();
      await shot('calendar-month');
      // A hover card over a post, as the pointer resting on it shows.
      await calendar.grid.locator('[data-post-id]').nth(2).hover();
      await page.locator('.hover-card li').first().waitFor();
      await page.screenshot({ path: written[0]!.replace('calendar-list', 'calendar-hover') });
      await page.mouse.move(5, 5);
      await calendar.showView(VIEWS[language].week);
      await calendar.grid.locator('.fc-timegrid-body, [data-post-id]').first().waitFor();
      await shot('calendar-week');
      await calendar.showView(VIEWS[language].day);
      await shot('calendar-day');
      expect(written).toHaveLength(4);
    } finally {
      await app.stop();
    }
  });
});
