/**
 * Writes docs/screenshots/composer-previews-<lang>-<theme>.png (a LinkedIn variant beside its
 * look-alike, folded at « …voir plus », with its typography notes) and
 * composer-signature-<lang>-<theme>.png (a Facebook variant with its signature added and counted)
 * settings-reusable-<lang>-<theme>.png (snippets, hashtag groups and signatures in Réglages), an X
 * thread, an Instagram caption folded, and a sample post's picture in its Instagram look-alike.
 * Not part of the normal run, since it rewrites files under docs/:
 * `CALEPIN_SCREENSHOTS=1 npx vitest run --project e2e composerPreviewsScreenshots`.
 */
import { describe, expect, it } from 'vitest';
import { launchForScreenshots, SCREENSHOT_CASES, screenshotter } from './support/screenshots.js';

const TEXT = {
  fr:
    'Nouveau : la fournée du samedi passe au levain de seigle ! Croûte épaisse, mie dense, parfaite avec un comté. ' +
    'Venez la goûter à la Croix-Rousse ou rue Mercière, on vous garde une tranche. ' +
    'Précommandes sur fournils.fr dès vendredi soir. #Lyon #Boulangerie @FournilsSaone',
  en:
    'New: the Saturday batch turns to rye sourdough! Thick crust, dense crumb, perfect with a comté. ' +
    'Come and taste it at Croix-Rousse or rue Mercière, we will keep you a slice. ' +
    'Pre-orders on fournils.fr from Friday evening, pick-up from Saturday at 7 am. #Lyon #Bakery @FournilsSaone',
};

describe.skipIf(!process.env.CALEPIN_SCREENSHOTS)('composer previews screenshots for the docs', () => {
  it.each(SCREENSHOT_CASES)('captures the previews in %s, %s', async (language, theme) => {
    const app = await launchForScreenshots(language, theme, { width: 1440, height: 1100 });
    const { page } = app;
    const { written, shot } = screenshotter(page, language, theme);
    try {
      await page.locator('.post-row').first().waitFor();
      await page
        .getByRole('button', { name: language === 'fr' ? 'Nouveau post' : 'New post', exact: true })
        .first()
        .click();
      await page.locator('.title-input').fill(language === 'fr' ? 'Levain de seigle' : 'Rye sourdough');
      for (const name of [
        /^les-fournils-de-saone · LinkedIn/,
        /^@FournilsSaone · X/,
        /^fournil\.croixrousse · Facebook/,
      ]) {
        await page.locator('.account-picker').getByRole('checkbox', { name }).check();
      }
      await page.locator('textarea.text-input').fill(TEXT[language]);
      await page.locator('.variant-tab[data-account="fds-linkedin"]').click();
      const preview = page.locator('.preview-linkedin');
      await preview.locator('.preview-more').waitFor();
      await page.locator('.save-indicator[data-state="saved"]').waitFor();
      await page.locator('.variants').evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await shot('composer-previews');

      await page.locator('.variant-tab[data-account="croixrousse-facebook"]').click();
      await page.locator('.variant-signature').waitFor();
      await page.locator('.preview-facebook').waitFor();
      await page.locator('.variants').evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await shot('composer-signature');

      // X past its limit, split into a thread: each part previewed as a post of the thread.
      const x = page.locator('.variant-tab[data-account="fds-x"]');
      await x.click();
      await page.locator('.variant-editor[data-account="fds-x"] .variant-state .button').last().click();
      await page.locator('.preview-x .preview-post[data-part="2"]').waitFor();
      await page.locator('.save-indicator[data-state="saved"]').waitFor();
      await page.locator('.variants').evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await shot('composer-preview-thread');

      // Instagram and Mastodon: a caption folded after 125 characters, a text shown whole.
      for (const name of [/^@fournilsdesaone · Instagram/, /^@fournils@piaille\.fr · Mastodon/]) {
        await page.locator('.account-picker').getByRole('checkbox', { name }).check();
      }
      await page.locator('.variant-tab[data-account="fds-instagram"]').click();
      await page.locator('.preview-instagram .preview-more').waitFor();
      await page.locator('.save-indicator[data-state="saved"]').waitFor();
      await page.locator('.variants').evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await shot('composer-preview-instagram');

      await page
        .locator('.account-picker')
        .getByRole('checkbox', { name: /^@fournilsdesaone\.fr · Bluesky/ })
        .check();
      for (const network of ['mastodon', 'bluesky']) {
        await page.locator(`.variant-tab[data-account="fds-${network}"]`).click();
        await page.locator(`.preview-${network}`).waitFor();
        await page.locator('.save-indicator[data-state="saved"]').waitFor();
        await page.locator('.variants').evaluate((element) => element.scrollIntoView({ block: 'start' }));
        await shot(`composer-preview-${network}`);
      }

      await page
        .getByRole('navigation')
        .getByRole('button', { name: language === 'fr' ? 'Réglages' : 'Settings', exact: true })
        .click();
      const section = page.locator('section[aria-labelledby="settings-reusable"]');
      await section.getByRole('button', { name: language === 'fr' ? 'Ajouter un extrait' : 'Add a snippet' }).click();
      await section
        .locator('textarea')
        .last()
        .fill(language === 'fr' ? 'Ouvert de 7 h à 19 h.' : 'Open 7 am to 7 pm.');
      await section.getByRole('button', { name: language === 'fr' ? 'Ajouter un groupe' : 'Add a group' }).click();
      await section.locator('.reusable-item input').last().fill('#Lyon #Boulangerie #Croissant');
      await section.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await shot('settings-reusable');

      // A sample post with a picture: the Instagram look-alike shows it above the caption.
      await page
        .getByRole('navigation')
        .getByRole('button', { name: language === 'fr' ? 'Calendrier' : 'Calendar', exact: true })
        .click();
      await page.locator('.post-row').filter({ hasText: 'pain aux noix' }).first().click();
      await page.locator('.variant-tab[data-account="fds-instagram"]').click();
      const picture = page.locator('.preview-instagram .preview-media img');
      await picture.waitFor();
      await picture.evaluate((image: HTMLImageElement) => image.decode());
      await page.locator('.variants').evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await shot('composer-preview-media');
    } finally {
      await app.stop();
    }
    expect(written).toHaveLength(8);
  });
});
