/**
 * Writes docs/screenshots/exports-<lang>-<theme>.png (the Exports screen after a CSV export) and
 * exports-restore-<lang>-<theme>.png (its lower half: imports and restoring an archive) and
 * exports-import-<lang>-<theme>.png (the CSV just exported, previewed for import). Not
 * part of the normal run, since it rewrites files under docs/:
 * `CALEPIN_SCREENSHOTS=1 npx vitest run --project e2e exportsScreenshots`.
 */
import { describe, expect, it } from 'vitest';
import { appDriver } from './support/app.js';
import { launchForScreenshots, SCREENSHOT_CASES, screenshotter } from './support/screenshots.js';

describe.skipIf(!process.env.CALEPIN_SCREENSHOTS)('exports screenshots for the docs', () => {
  it.each(SCREENSHOT_CASES)('captures the Exports screen in %s, %s', async (language, theme) => {
    const app = await launchForScreenshots(language, theme, { width: 1360, height: 1000 });
    const { page } = app;
    const { written, shot } = screenshotter(page, language, theme);
    try {
      await appDriver(page).goTo('Exports');
      await page
        .getByTestId('exports-count')
        .filter({ hasText: /^\d+ (lignes|rows)/ })
        .waitFor();
      await page.getByRole('button', { name: 'CSV', exact: true }).click();
      await page.locator('.exports-saved').waitFor();
      await shot('exports');
      // The lower half: imports and the restore of an archive.
      await page.locator('.exports-imports').evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await shot('exports-restore');
      // The plan just exported, read back: the import preview with its column mapping.
      const exported = (await page.locator('.exports-path').textContent()) ?? '';
      await page.locator('.imports input[type="text"], .imports input:not([type])').first().fill(exported);
      await page.locator('.imports form button[type="submit"]').click();
      await page.locator('.imports-preview').waitFor();
      await page.locator('.imports').evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await shot('exports-import');
      expect(written).toHaveLength(3);
    } finally {
      await app.stop();
    }
  });
});
