/**
 * Writes docs/screenshots/composer-variants-<lang>-<theme>.png (a variant past the X limit) and
 * composer-thread-<lang>-<theme>.png (the same text split into a thread). Not part of the normal run,
 * since it rewrites files under docs/: `CALEPIN_SCREENSHOTS=1 npx vitest run --project e2e composerScreenshots`.
 */
import { describe, expect, it } from 'vitest';
import { launchForScreenshots, SCREENSHOT_CASES, screenshotter } from './support/screenshots.js';

const LONG =
  'Le pain du jour sort du four à 7 h, et la brioche au sucre à 8 h. ' +
  'Cette semaine, la fournée du samedi est au levain de seigle : croûte épaisse, mie dense, parfaite avec un comté. ' +
  'Venez la goûter à la Croix-Rousse ou rue Mercière, on vous garde une tranche ! ' +
  'Et pour les pressés, les précommandes ouvrent vendredi soir sur notre site.';

describe.skipIf(!process.env.CALEPIN_SCREENSHOTS)('composer screenshots for the docs', () => {
  it.each(SCREENSHOT_CASES)('captures the variants and a thread in %s, %s', async (language, theme) => {
    const app = await launchForScreenshots(language, theme, { width: 1360, height: 1000 });
    const { page } = app;
    const { written, shot } = screenshotter(page, language, theme);
    try {
      await page.locator('.post-row').first().waitFor();
      await page
        .locator('.post-row')
        .filter({ has: page.locator('.account-handle', { hasText: /^@FournilsSaone$/ }) })
        .first()
        .click();
      const x = page.locator('.variant-tab[data-account="fds-x"]');
      await x.waitFor();
      await page
        .locator('.account-picker')
        .getByRole('checkbox', { name: /^@fournilsdesaone\.fr · Bluesky/ })
        .check();
      await page
        .locator('.account-picker')
        .getByRole('checkbox', { name: /^@fournils@piaille\.fr · Mastodon/ })
        .check();
      await page.locator('textarea.text-input').fill(LONG);
      await x.click();
      const editor = page.locator('.variant-editor[data-account="fds-x"]');
      await editor.waitFor();
      if ((await x.getAttribute('data-customised')) === 'true')
        await editor.locator('.variant-state .link-button').click();
      await editor.locator('.overflow-mark').waitFor();
      await page.locator('.save-indicator[data-state="saved"]').waitFor();
      await page.locator('.variants').scrollIntoViewIfNeeded();
      await shot('composer-variants');

      // The last button of the variant's bar splits it (the first inserts reusable text).
      await editor.locator('.variant-state .button').last().click();
      await editor.locator('.thread-parts').waitFor();
      await page.locator('.save-indicator[data-state="saved"]').waitFor();
      await page.locator('.variants').evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await shot('composer-thread');
    } finally {
      await app.stop();
    }
    expect(written).toHaveLength(2);
  });
});
