/**
 * Writes docs/screenshots/library-detail-<lang>-<theme>.png (the Médiathèque with an item's detail
 * panel open) and composer-media-<lang>-<theme>.png (a variant's media in Rédaction). Not part of the
 * normal run, since it rewrites files under docs/:
 * `CALEPIN_SCREENSHOTS=1 npx vitest run --project e2e libraryScreenshots`.
 */
import { describe, expect, it } from 'vitest';
import { launchForScreenshots, SCREENSHOT_CASES, screenshotter } from './support/screenshots.js';

describe.skipIf(!process.env.CALEPIN_SCREENSHOTS)('library screenshots for the docs', () => {
  it.each(SCREENSHOT_CASES)('captures the library and a variant’s media in %s, %s', async (language, theme) => {
    const app = await launchForScreenshots(language, theme, { width: 1360, height: 900 });
    const { page } = app;
    const { written, shot } = screenshotter(page, language, theme);
    const pictures = () =>
      page.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0));
    try {
      await page.locator('.app-nav [data-screen="library"], nav button').first().waitFor();
      await page
        .getByRole('navigation')
        .getByRole('button', { name: language === 'fr' ? 'Médiathèque' : 'Media library', exact: true })
        .click();
      await page.locator('.media-card').first().waitFor();
      await page.locator('.media-open').nth(1).click();
      await page.locator('.usage-list, .media-detail .muted').first().waitFor();
      await pictures();
      await shot('library-detail');

      // The first post that uses it, opened from the panel: its variants carry the picture.
      await page.locator('.usage-list .link-button').first().click();
      const media = page.locator('.variant-media').first();
      await media.locator('.variant-media-item').first().waitFor();
      await media.scrollIntoViewIfNeeded();
      await pictures();
      await shot('composer-media');
      expect(written).toHaveLength(2);
    } finally {
      await app.stop();
    }
  });
});
