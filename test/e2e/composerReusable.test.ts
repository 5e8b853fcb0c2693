/**
 * The composer's help as the writer meets it: a typography note whose fix inserts the narrow
 * no-break space (and the X count follows), a look-alike preview that follows typing and folds at
 * « …voir plus », a snippet made in Réglages and inserted with Ctrl+Maj+K, and a variant copied
 * with its signature then marked published (and undone).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDriver } from './support/app.js';
import { composerDriver } from './support/composer.js';
import { editorDriver } from './support/editor.js';
import { eventually } from './support/expectations.js';
import { launchCalepin, type Calepin } from './support/launchCalepin.js';

const X = 'fds-x';
const LINKEDIN = 'fds-linkedin';
const CROIX_ROUSSE = 'croixrousse-facebook';
const SIGNATURE = '— L’équipe de la Croix-Rousse, 12 rue d’Austerlitz';

let app: Calepin;

beforeAll(async () => {
  app = await launchCalepin();
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
});

afterAll(async () => {
  await app?.stop();
});

/** A new post for the given accounts (by their label in the account list). */
async function newPostFor(title: string, accounts: RegExp[]): Promise<void> {
  const { page } = app;
  const editor = editorDriver(page);
  await appDriver(page).goTo('Calendrier');
  await editor.newPost();
  await editor.title.fill(title);
  for (const name of accounts) await editor.account(name).check();
}

describe('the composer’s help', () => {
  it('flags a missing narrow no-break space, selects it, fixes it in one click, and X counts the new space', async () => {
    const { page } = app;
    const composer = composerDriver(page);
    const editor = editorDriver(page);
    await newPostFor('Typographie', [/^@FournilsSaone · X/]);
    await editor.text.fill('Bonjour Lyon !');
    await composer.select(X);
    const note = composer.finding('typo_space_before_punctuation');
    await note.waitFor();
    expect(await note.locator('.finding-text').innerText()).toBe(
      'Espace fine insécable attendue avant «\u202F!\u202F»',
    );
    // An ordinary space counts 1 on X; the narrow no-break space counts 2.
    await eventually(
      () => composer.remaining(X),
      (remaining) => expect(remaining).toBe(280 - 'Bonjour Lyon !'.length),
    );

    await note.locator('.finding-text').click();
    const selected = await composer.variantText.evaluate((area: HTMLTextAreaElement) =>
      area.value.slice(area.selectionStart, area.selectionEnd),
    );
    expect(selected).toBe(' !');

    await note.getByRole('button', { name: 'Corriger', exact: true }).click();
    // A typography fix on a variant that follows the master text corrects the master itself.
    await eventually(
      () => editor.text.inputValue(),
      (text) => expect(text).toBe('Bonjour Lyon\u202F!'),
    );
    expect(await composer.badge.getAttribute('data-state')).toBe('follows');
    await eventually(
      () => composer.remaining(X),
      (remaining) => expect(remaining).toBe(280 - 'Bonjour Lyon !'.length - 1),
    );
    await expect.poll(() => note.count()).toBe(0);
    await editor.waitSaved();
  });

  it('shows where the X limit comes from, and when it was checked, on hover of the counter', async () => {
    const { page } = app;
    const composer = composerDriver(page);
    await composer.select(X);
    const source = composer.panel.locator('.variant-text-head .rule-source').first();
    await source.hover();
    const tooltip = source.getByRole('tooltip');
    await tooltip.waitFor();
    expect(await tooltip.innerText()).toContain('https://docs.x.com/fundamentals/counting-characters');
    expect(await tooltip.innerText()).toContain('Vérifiée le 24/11/2026');
    // The tab's counter says the same in its title.
    expect(await composer.tab(X).locator('[title]').last().getAttribute('title')).toContain('docs.x.com');
  });

  it('updates the LinkedIn look-alike while typing and folds it at « …voir plus »', async () => {
    const { page } = app;
    const composer = composerDriver(page);
    const editor = editorDriver(page);
    await newPostFor('Aperçu', [/^les-fournils-de-saone · LinkedIn/]);
    await composer.select(LINKEDIN);
    const preview = page.locator('.preview-linkedin');
    const shown = preview.locator('.preview-text').first();

    await editor.text.fill('Le pain du jour sort du four. #Lyon');
    await eventually(
      () => shown.innerText(),
      (text) => expect(text).toBe('Le pain du jour sort du four. #Lyon'),
    );
    expect(await preview.locator('.preview-hashtag').innerText()).toBe('#Lyon');
    expect(await preview.locator('.preview-more').count()).toBe(0);

    const long = 'Le pain du jour sort du four à 7 h, la brioche à 8 h. '.repeat(6).trim();
    await editor.text.fill(long);
    await preview.locator('.preview-more').waitFor();
    expect((await preview.locator('.preview-more').innerText()).trim()).toBe('…voir plus');
    const folded = await shown.innerText();
    // What shows before the fold is the start of the text, cut before LinkedIn's 210 characters.
    const before = folded.replace(/\s*…voir plus$/u, '');
    expect(long.startsWith(before)).toBe(true);
    expect(before.length).toBeLessThanOrEqual(210);
    expect(before.length).toBeGreaterThan(180);
    await editor.waitSaved();
  });

  it('inserts a snippet made in Réglages with Ctrl+Maj+K', async () => {
    const { page } = app;
    const composer = composerDriver(page);
    await appDriver(page).goTo('Réglages');
    const section = page.locator('section[aria-labelledby="settings-reusable"]');
    await section.getByRole('button', { name: 'Ajouter un extrait', exact: true }).click();
    await section.getByLabel('Nom', { exact: true }).last().fill('Horaires');
    await section.getByLabel('Texte', { exact: true }).last().fill('Ouvert du mardi au dimanche, de 7 h à 19 h.');
    await section.getByRole('button', { name: 'Enregistrer les extraits', exact: true }).click();
    await expect.poll(() => section.getByRole('button', { name: 'Enregistrer les extraits' }).isDisabled()).toBe(true);

    await newPostFor('Extrait', [/^@FournilsSaone · X/]);
    await composer.select(X);
    await composer.variantText.fill('Cette semaine :');
    await composer.variantText.press('End');
    await composer.variantText.press('Control+Shift+K');
    const item = page.getByRole('menuitem', { name: /^Horaires/ });
    await expect.poll(() => item.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await eventually(
      () => composer.variantText.inputValue(),
      (text) => expect(text).toBe('Cette semaine : Ouvert du mardi au dimanche, de 7 h à 19 h.'),
    );
    expect(await composer.badge.getAttribute('data-state')).toBe('customised');
    await editorDriver(page).waitSaved();
  });

  it('copies a variant with its signature, marks it published, and undoes that', async () => {
    const { page } = app;
    const composer = composerDriver(page);
    const editor = editorDriver(page);
    await newPostFor('Publication', [/^fournil\.croixrousse · Facebook/]);
    await editor.text.fill('Galette des rois tous les jours de janvier.');
    await composer.select(CROIX_ROUSSE);
    await page.locator('.variant-signature').waitFor();
    await editor.waitSaved();

    await composer.panel.getByRole('button', { name: 'Copier le texte', exact: true }).click();
    await composer.panel.getByText('Copié, prêt à coller').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`Galette des rois tous les jours de janvier.\n\n${SIGNATURE}`);

    await composer.panel.getByRole('button', { name: 'Marquer comme publié', exact: true }).click();
    await composer.panel.locator('.variant-published').waitFor();
    // Its only variant is out: the post is published.
    await eventually(
      () => editor.status.inputValue(),
      (status) => expect(status).toBe('published'),
    );
    await editor.waitSaved();

    await page.locator('.toast').getByRole('button', { name: 'Annuler', exact: true }).click();
    await composer.panel.getByRole('button', { name: 'Marquer comme publié', exact: true }).waitFor();
    expect(await editor.status.inputValue()).toBe('draft');
  });
});
