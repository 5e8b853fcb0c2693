/**
 * Writes docs/screenshots/calendar-misfit-<lang>-<theme>.png (the hover card of a post whose
 * Instagram picture is 9:16) and composer-misfit-<lang>-<theme>.png (that variant's problem list in
 * Rédaction). Not part of the normal run, since it rewrites files under docs/:
 * `CALEPIN_SCREENSHOTS=1 npx vitest run --project e2e mediaMisfitScreenshots`.
 */
import { describe, expect, it } from 'vitest';
import { calendarDriver, callApi } from './support/calendar.js';
import { launchForScreenshots, SCREENSHOT_CASES, screenshotter } from './support/screenshots.js';

describe.skipIf(!process.env.CALEPIN_SCREENSHOTS)('media misfit screenshots for the docs', () => {
  it.each(SCREENSHOT_CASES)('captures a 9:16 picture on Instagram in %s, %s', async (language, theme) => {
    const app = await launchForScreenshots(language, theme, { width: 1400, height: 980 });
    const { page } = app;
    const calendar = calendarDriver(page);
    const { written, shot } = screenshotter(page, language, theme);
    try {
      await page.locator('.post-row, .calendar-grid').first().waitFor();
      // The Montréal winter hours, planned today, with the snowy shop front (9:16) on Instagram too.
      const summary = (await callApi(page, 'posts.list', {})).find((p) => /^Montréal\s*:\s*horaires/u.test(p.title));
      if (!summary) throw new Error('the sample has no Montréal winter hours post');
      const post = await callApi(page, 'posts.get', { id: summary.id });
      const instagram = post.variants.find((v) => v.media.some((m) => m.mediaId === 'img-croissants'));
      if (!instagram) throw new Error('the Instagram variant carries no croissants');
      const today = new Date().toISOString().slice(0, 10);
      await callApi(page, 'posts.update', {
        id: post.id,
        patch: {
          plannedAt: `${today}T11:00:00.000Z`,
          variants: post.variants.map((v) =>
            v.accountId === instagram.accountId ? { ...v, media: [{ mediaId: 'img-montreal' }] } : v,
          ),
        },
      });
      await page.reload();
      await calendar.showView(language === 'fr' ? 'Mois' : 'Month');
      const tile = calendar.post(post.id);
      await tile.waitFor();
      await tile.hover();
      await page.locator('.hover-card .problem-error').first().waitFor();
      await shot('calendar-misfit');
      await page.mouse.move(5, 5);

      // Enter on the focused post opens it in Rédaction.
      await tile.focus();
      await page.keyboard.press('Enter');
      await page.locator(`.variant-tab[data-account="${instagram.accountId}"]`).click();
      const finding = page.locator('.variant-problems .finding[data-code="media_ratio_not_supported"]');
      await finding.waitFor();
      await page.locator('.variant-media-item').first().waitFor();
      await page.waitForFunction(() => [...document.images].every((image) => image.complete));
      // The media and, under them, the problem list that says what is wrong with them.
      await page.locator('.variant-problems').evaluate((list) => list.scrollIntoView({ block: 'end' }));
      await shot('composer-misfit');
      expect(written).toHaveLength(2);
    } finally {
      await app.stop();
    }
  });
});
