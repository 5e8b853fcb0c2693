/**
 * Variants in Rédaction: counters per account that follow the master text as it is typed, the
 * overflow highlighted in the text, a customised variant that survives a reload and can be reset,
 * and a long text split into a numbered thread for X.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDriver } from './support/app.js';
import { composerDriver } from './support/composer.js';
import { editorDriver } from './support/editor.js';
import { eventually } from './support/expectations.js';
import { launchCalepin, type Calepin } from './support/launchCalepin.js';
import { postListDriver } from './support/postList.js';

const X = 'fds-x';
const BLUESKY = 'fds-bluesky';
const MASTODON = 'fds-mastodon';
const TARGETS = [X, BLUESKY, MASTODON];

// 36 characters, no link, no emoji: every network counts it the same.
const SENTENCE = 'Le pain du jour sort du four à 7 h. ';
const LONG = SENTENCE.repeat(10).trim();

let app: Calepin;

beforeAll(async () => {
  app = await launchCalepin();
});

afterAll(async () => {
  await app?.stop();
});

/** Opens a sample post for X and several other accounts, with X, Bluesky and Mastodon following the master. */
async function openPostForX(): Promise<void> {
  const { page } = app;
  const list = postListDriver(page);
  const editor = editorDriver(page);
  const composer = composerDriver(page);
  await appDriver(page).goTo('Calendrier');
  await list.waitForRows();
  const row = list.rows.filter({ has: page.locator('.account-handle', { hasText: /^@FournilsSaone$/ }) }).first();
  await row.click();
  await editor.title.waitFor();
  await composer.tab(X).waitFor();
  await editor.account(/^@fournilsdesaone\.fr · Bluesky/).check();
  await editor.account(/^@fournils@piaille\.fr · Mastodon/).check();
  for (const id of TARGETS) await composer.follow(id);
  await editor.waitSaved();
}

describe('variants in Rédaction', () => {
  it('counts every tab as the master text is typed, and highlights what goes past the X limit', async () => {
    const { page } = app;
    const composer = composerDriver(page);
    await openPostForX();
    expect(await composer.tablist.getByRole('tab').count()).toBeGreaterThanOrEqual(3);

    await composer.master.fill('Bonjour Lyon');
    for (const id of TARGETS) {
      const limit = await composer.limit(id);
      await eventually(
        () => composer.remaining(id),
        (remaining) => expect(remaining).toBe(limit - 'Bonjour Lyon'.length),
      );
    }

    await composer.master.fill(LONG);
    const over = LONG.length - 280;
    await eventually(
      () => composer.remaining(X),
      (remaining) => expect(remaining).toBe(-over),
    );
    await expect.poll(() => composer.tab(X).locator('.variant-counter.over').count()).toBe(1);
    // Mastodon's 500 still holds it.
    expect(await composer.remaining(MASTODON)).toBe((await composer.limit(MASTODON)) - LONG.length);

    await composer.select(X);
    await composer.overflow.waitFor();
    expect(await composer.overflow.textContent()).toBe(LONG.slice(280));
    await eventually(
      () => composer.problems.allInnerTexts(),
      (problems) => expect(problems).toContain(`Dépasse de ${over} caractères la limite de 280 sur X`),
    );
    expect(await composer.variantText.getAttribute('aria-invalid')).toBe('true');
  });

  it('switches variants with the arrow keys in the tablist and with Ctrl+Alt+→', async () => {
    const { page } = app;
    const composer = composerDriver(page);
    await composer.select(X);
    const tabs = composer.tablist.getByRole('tab');
    const ids = await tabs.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-account')));
    const next = ids[(ids.indexOf(X) + 1) % ids.length];
    const afterNext = ids[(ids.indexOf(X) + 2) % ids.length];

    await composer.tab(X).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => composer.tab(next!).getAttribute('aria-selected')).toBe('true');
    expect(await composer.tab(next!).evaluate((element) => element === document.activeElement)).toBe(true);

    await composer.master.focus();
    await page.keyboard.press('Control+Alt+ArrowRight');
    await expect.poll(() => composer.tab(afterNext!).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Control+Alt+ArrowLeft');
    await expect.poll(() => composer.tab(next!).getAttribute('aria-selected')).toBe('true');
  });

  it('keeps a customised variant customised after a reload while the others follow the master, and resets it', async () => {
    const { page } = app;
    const composer = composerDriver(page);
    const editor = editorDriver(page);
    const master = await composer.master.inputValue();

    await composer.select(BLUESKY);
    expect(await composer.badge.innerText()).toBe('Suit le texte principal');
    await composer.variantText.fill('Rien que pour Bluesky : la fournée de 7 h.');
    await composer.badge.filter({ hasText: 'Personnalisé' }).waitFor();
    await editor.waitSaved();

    await appDriver(page).reload();
    await composer.tab(BLUESKY).waitFor();
    expect(await composer.tab(BLUESKY).getAttribute('data-customised')).toBe('true');
    expect(await composer.tab(X).getAttribute('data-customised')).toBe('false');
    expect(await composer.tab(MASTODON).getAttribute('data-customised')).toBe('false');

    await composer.select(BLUESKY);
    expect(await composer.badge.innerText()).toBe('Personnalisé');
    expect(await composer.variantText.inputValue()).toBe('Rien que pour Bluesky : la fournée de 7 h.');
    await composer.select(X);
    expect(await composer.badge.innerText()).toBe('Suit le texte principal');
    expect(await composer.variantText.inputValue()).toBe(master);

    await composer.select(BLUESKY);
    await composer.resetButton.click();
    await composer.badge.filter({ hasText: 'Suit le texte principal' }).waitFor();
    expect(await composer.variantText.inputValue()).toBe(master);
    await editor.waitSaved();

    await appDriver(page).reload();
    await composer.tab(BLUESKY).waitFor();
    expect(await composer.tab(BLUESKY).getAttribute('data-customised')).toBe('false');
  });

  it('keeps a first comment for Mastodon, counted, without the text stopping to follow the master', async () => {
    const { page } = app;
    const composer = composerDriver(page);
    const editor = editorDriver(page);
    await composer.select(MASTODON);
    const comment = 'La carte complète est sur notre site.';
    await composer.firstComment.fill(comment);
    const limit = Number(await composer.firstCommentCounter.getAttribute('data-limit'));
    await eventually(
      () => composer.firstCommentCounter.getAttribute('data-remaining'),
      (value) => expect(Number(value)).toBe(limit - comment.length),
    );
    expect(await composer.badge.innerText()).toBe('Suit le texte principal');
    await editor.waitSaved();

    await appDriver(page).reload();
    await composer.tab(MASTODON).waitFor();
    await composer.select(MASTODON);
    expect(await composer.firstComment.inputValue()).toBe(comment);
    expect(await composer.tab(MASTODON).getAttribute('data-customised')).toBe('false');
  });

  it('splits a long text into a numbered thread for X, each part counted and editable', async () => {
    const { page } = app;
    const composer = composerDriver(page);
    const editor = editorDriver(page);
    await composer.master.fill(LONG);
    await composer.select(X);
    await eventually(
      () => composer.remaining(X),
      (remaining) => expect(remaining).toBeLessThan(0),
    );

    await composer.splitButton.click();
    await composer.threadTitle.filter({ hasText: 'Fil de 2 parties' }).waitFor();
    const first = await composer.part(1, 2).inputValue();
    const second = await composer.part(2, 2).inputValue();
    expect(first.endsWith(' 1/2')).toBe(true);
    expect(second.endsWith(' 2/2')).toBe(true);
    const remaining = await composer.partCounters.evaluateAll((elements) =>
      elements.map((element) => Number(element.getAttribute('data-remaining'))),
    );
    expect(remaining).toEqual([280 - first.length, 280 - second.length]);
    expect(await composer.tab(X).getAttribute('data-customised')).toBe('true');

    await composer.part(2, 2).fill(`${second} Et des croissants !`);
    await eventually(
      () => composer.partCounters.nth(1).getAttribute('data-remaining'),
      (value) => expect(Number(value)).toBe(280 - `${second} Et des croissants !`.length),
    );
    await editor.waitSaved();

    await appDriver(page).reload();
    await composer.tab(X).waitFor();
    await composer.select(X);
    await composer.threadTitle.filter({ hasText: 'Fil de 2 parties' }).waitFor();
    expect(await composer.part(2, 2).inputValue()).toBe(`${second} Et des croissants !`);
  });
});
