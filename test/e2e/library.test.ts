/**
 * The Médiathèque in Chromium, through the web host: a picture added by the file input (its bytes
 * go up the upload route), tagged, given alt text, attached to an Instagram post whose rules it
 * breaks (ratio), and a delete that asks first and names the post that uses it.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDriver } from './support/app.js';
import { composerDriver } from './support/composer.js';
import { editorDriver } from './support/editor.js';
import { launchCalepin, type Calepin } from './support/launchCalepin.js';

const NAME = 'Vitrine de Noël « été ».jpg';
const POST_TITLE = 'Vitrine de Noël en story';

let app: Calepin;
let picture: Buffer;

beforeAll(async () => {
  // Portrait 9:16: fine for X, outside Instagram's 4:5 to 1.91:1 feed range.
  picture = await sharp({ create: { width: 900, height: 1600, channels: 3, background: '#8e3b46' } })
    .jpeg()
    .toBuffer();
  app = await launchCalepin();
});

afterAll(async () => {
  await app?.stop();
});

/** The picture as the browser's file input hands it over (a File with bytes, no path): it goes up the upload route. */
const upload = () => ({ name: NAME, mimeType: 'image/jpeg', buffer: picture });
const card = () => app.page.locator('.media-card', { hasText: NAME });

describe('the media library', () => {
  it('imports a picture by the file input and says so', async () => {
    const { page } = app;
    await appDriver(page).goTo('Médiathèque');
    await page.locator('.media-card').first().waitFor();
    await page.getByTestId('media-file-input').setInputFiles(upload());
    await page.getByRole('status').filter({ hasText: '1 fichier importé' }).waitFor();
    await card().waitFor();
    await expect(card().textContent()).resolves.toContain('Pas de texte alternatif');
    // The same file again is a duplicate, kept once.
    await page.getByTestId('media-file-input').setInputFiles(upload());
    await page.getByRole('status').filter({ hasText: '1 déjà présent' }).waitFor();
    expect(await card().count()).toBe(1);
  });

  it('imports a pasted picture and one dropped on the window, through the same upload', async () => {
    const { page } = app;
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#2f6d5a' } })
      .png()
      .toBuffer();
    const bytes = [...png];
    await page.evaluate((data) => {
      const file = new File([new Uint8Array(data)], 'Capture collée.png', { type: 'image/png' });
      const transfer = new DataTransfer();
      transfer.items.add(file);
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true }));
    }, bytes);
    await page.locator('.media-card', { hasText: 'Capture collée.png' }).waitFor();

    const dropped = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#d9a441' } })
      .png()
      .toBuffer();
    await page.evaluate(
      (data) => {
        const file = new File([new Uint8Array(data)], 'Déposée.png', { type: 'image/png' });
        const transfer = new DataTransfer();
        transfer.items.add(file);
        for (const type of ['dragenter', 'dragover', 'drop'])
          document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      [...dropped],
    );
    await page.locator('.media-card', { hasText: 'Déposée.png' }).waitFor();
  });

  it('tags it in bulk and sets its alt text, counted against each network', async () => {
    const { page } = app;
    await card().getByRole('checkbox').check();
    const bulk = page.getByRole('region', { name: 'Actions sur la sélection' });
    await bulk.getByLabel('Étiquette').fill('noël');
    await bulk.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await card().locator('.media-tag', { hasText: 'noël' }).waitFor();
    await bulk.getByRole('button', { name: 'Tout désélectionner' }).click();

    await card()
      .getByRole('button', { name: `Ouvrir ${NAME}` })
      .click();
    const detail = page.getByRole('complementary', { name: `Détails de ${NAME}` });
    const alt = detail.getByLabel('Texte alternatif', { exact: true });
    await alt.fill('La vitrine décorée pour Noël, guirlandes et bûches en devanture.');
    await expect(detail.locator('.alt-length').textContent()).resolves.toBe('64 caractères');
    // Pinterest's 500 is the smallest limit: 600 characters go over it and the counter says so.
    await alt.fill('a'.repeat(600));
    await detail.locator('.alt-limit.over', { hasText: 'Pinterest' }).waitFor();
    await alt.fill('La vitrine décorée pour Noël, guirlandes et bûches en devanture.');
    await alt.blur();
    await page.locator('.media-card', { hasText: NAME }).filter({ hasNotText: 'Pas de texte alternatif' }).waitFor();
    // Instagram's feed takes 4:5 to 1.91:1: the detail says why this one does not fit.
    await expect(detail.locator('[data-network="instagram"]').textContent()).resolves.toMatch(
      /proportions 9:16, hors de 4:5 à 1,91:1/,
    );
    await expect(detail.locator('[data-network="x"]').getAttribute('data-fits')).resolves.toBe('true');

    // Search finds it by its alt text and by its tag.
    const search = page.getByLabel('Rechercher dans la médiathèque');
    await search.fill('guirlandes');
    await expect(page.locator('.media-card').count()).resolves.toBe(1);
    await search.fill('NOEL');
    await card().waitFor();
    await search.fill('');
  });

  it('attaches it to an Instagram post, which warns that it does not fit', async () => {
    const { page } = app;
    const editor = editorDriver(page);
    const composer = composerDriver(page);
    await appDriver(page).goTo('Calendrier');
    await editor.newPost();
    await editor.title.fill(POST_TITLE);
    await editor.text.fill('Notre vitrine de Noël est prête !');
    await editor.account(/^@fournilsdesaone · Instagram/).check();
    await composer.select('fds-instagram');
    const media = composer.panel.locator('.variant-media');
    await media.getByText('Aucun média.').waitFor();

    await media.getByRole('button', { name: 'Ajouter depuis la médiathèque…' }).click();
    const picker = page.getByRole('dialog', { name: 'Choisir dans la médiathèque' });
    // Only what Instagram accepts is offered at first: this portrait is not among it.
    await picker.getByRole('searchbox').fill('Vitrine de Noël');
    await picker.getByText('Aucun fichier ne correspond à ces filtres.').waitFor();
    await picker.getByLabel('Seulement ce que Instagram accepte').uncheck();
    await picker.getByRole('checkbox', { name: NAME }).check();
    await picker.getByRole('button', { name: 'Joindre 1 fichier' }).click();

    await media.locator('.variant-media-item', { hasText: NAME }).waitFor();
    // The misfit is one line of the variant's problem list, said once: not again under the media.
    const misfit = composer.finding('media_ratio_not_supported');
    await misfit.waitFor();
    await expect(misfit.locator('.finding-text').textContent()).resolves.toBe(
      `«\u202f${NAME}\u202f» (n°1)\u202f: proportions 9:16, Instagram accepte de 4:5 à 1,91:1`,
    );
    await expect(misfit.getAttribute('data-severity')).resolves.toBe('error');
    await expect(composer.panel.getByText(/proportions 9:16/).count()).resolves.toBe(1);
    // The item itself is only marked, the why is in the list.
    const attachedItem = media.locator('.variant-media-item', { hasText: NAME });
    await expect(attachedItem.getAttribute('data-fits')).resolves.toBe('false');
    await expect(attachedItem.locator('.variant-media-refused').textContent()).resolves.toBe('Refusé par Instagram');
    // The library's alt text is used; an override for this account only is counted against Instagram's 1,000.
    const override = media.getByLabel('Texte alternatif pour ce compte');
    await expect(override.getAttribute('placeholder')).resolves.toContain('La vitrine décorée');
    await override.fill('Vitrine de Noël, version Instagram.');
    await media.locator('.alt-limit', { hasText: 'Instagram' }).waitFor();
    await editor.waitSaved();
  });

  it('asks before deleting it, names the post that uses it, and deletes it only when confirmed', async () => {
    const { page } = app;
    await appDriver(page).goTo('Médiathèque');
    await card().getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Supprimer…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Supprimer ce fichier\u202f?' });
    await dialog.getByTestId('delete-usage').getByText(POST_TITLE).waitFor();
    await expect(dialog.textContent()).resolves.toContain('1 post perdra cette pièce jointe');
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await card().waitFor();

    await page.getByRole('button', { name: 'Supprimer…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Supprimer', exact: true }).click();
    await card().waitFor({ state: 'detached' });
  });
});
