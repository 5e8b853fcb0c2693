/** Writing posts: create, edit, delete, undo and redo — and a reload finds each result on disk. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDriver } from './support/app.js';
import { dateIn } from './support/calepinFiles.js';
import { editorDriver } from './support/editor.js';
import { eventually } from './support/expectations.js';
import { launchCalepin, type Calepin } from './support/launchCalepin.js';
import { postListDriver } from './support/postList.js';

let app: Calepin;

beforeAll(async () => {
  app = await launchCalepin();
});

afterAll(async () => {
  await app?.stop();
});

/** Opens the first post of the calendar list and returns its title. */
async function openFirstPost(): Promise<string> {
  const { page } = app;
  await appDriver(page).goTo('Calendrier');
  const list = postListDriver(page);
  await list.waitForRows();
  const row = list.rows.first();
  const title = (await row.locator('.post-title').innerText()).trim();
  await row.click();
  await editorDriver(page).title.waitFor();
  await eventually(
    () => editorDriver(page).title.inputValue(),
    (value) => expect(value).toBe(title),
  );
  return title;
}

describe('writing posts', () => {
  it('a new post with title, text, date, time and accounts shows in the list on its day, and is still there after a reload', async () => {
    const { page } = app;
    const shell = appDriver(page);
    const editor = editorDriver(page);
    const list = postListDriver(page);
    await list.waitForRows();
    const day = dateIn('Europe/Paris', 3);
    const [year, month, date] = day.split('-');

    await editor.newPost();
    await editor.title.fill('Dégustation de brioches');
    await editor.text.fill('Samedi, venez goûter nos brioches au sucre : on vous attend !');
    await editor.date.fill(`${date}/${month}/${year}`);
    await editor.time.fill('16h45');
    await editor.time.press('Tab');
    await editor.account(/^@FournilsSaone · X/).check();
    await editor.account(/^@fournilsdesaone · Instagram/).check();
    await editor.waitSaved();
    expect(await editor.time.inputValue()).toBe('16:45');

    await shell.goTo('Calendrier');
    const row = list.dayGroup(day).locator('.post-row', { hasText: 'Dégustation de brioches' });
    await row.waitFor();
    expect(await row.locator('.post-time').innerText()).toBe('16:45');
    expect(await row.locator('.account-handle').allInnerTexts()).toEqual(['@FournilsSaone', '@fournilsdesaone']);
    expect(await row.locator('.status-chip').innerText()).toBe('Brouillon');

    await shell.reload();
    await list.dayGroup(day).locator('.post-row', { hasText: 'Dégustation de brioches' }).waitFor();
  });

  it('editing the text then undoing puts the previous text back, and a reload finds the previous text', async () => {
    const { page } = app;
    const shell = appDriver(page);
    const editor = editorDriver(page);
    const title = await openFirstPost();
    const before = await editor.text.inputValue();

    await editor.text.fill('Texte réécrit pour voir si l’annulation fonctionne.');
    await editor.waitSaved();
    expect(await editor.title.inputValue()).toBe(title);

    await shell.undo();
    await eventually(
      () => editor.text.inputValue(),
      (text) => expect(text).toBe(before),
    );
    await editor.waitSaved();

    await shell.reload();
    await editor.text.waitFor();
    await eventually(
      () => editor.text.inputValue(),
      (text) => expect(text).toBe(before),
    );
    expect(await editor.title.inputValue()).toBe(title);
  });

  it('Ctrl+Z outside a text field undoes the last edit, and Maj+Ctrl+Z redoes it', async () => {
    const { page } = app;
    const editor = editorDriver(page);
    await openFirstPost();
    const before = await editor.text.inputValue();
    await editor.text.fill('Deuxième version.');
    await editor.waitSaved();

    await page.locator('h1').click();
    await page.keyboard.press('Control+z');
    await eventually(
      () => editor.text.inputValue(),
      (text) => expect(text).toBe(before),
    );
    await page.keyboard.press('Control+Shift+z');
    await eventually(
      () => editor.text.inputValue(),
      (text) => expect(text).toBe('Deuxième version.'),
    );
  });

  it('deleting a post then undoing brings it back, also after a reload', async () => {
    const { page } = app;
    const shell = appDriver(page);
    const editor = editorDriver(page);
    const list = postListDriver(page);
    await appDriver(page).goTo('Calendrier');
    await list.waitForRows();
    const countBefore = await list.rows.count();
    const title = await openFirstPost();

    await editor.deletePost();
    await shell.heading('Calendrier').waitFor();
    await page.getByRole('status').getByText('Post supprimé').waitFor();
    await eventually(
      () => list.row(title).count(),
      (count) => expect(count).toBe(0),
    );

    await shell.undo();
    await list.row(title).first().waitFor();
    await eventually(
      () => list.rows.count(),
      (count) => expect(count).toBe(countBefore),
    );

    await shell.reload();
    await list.row(title).first().waitFor();
  });

  it('nothing typed is lost when leaving the editor at once for another screen', async () => {
    const { page } = app;
    const shell = appDriver(page);
    const editor = editorDriver(page);
    const title = await openFirstPost();
    await editor.text.fill('Tapé puis parti aussitôt.');
    await shell.goTo('Backlog');
    await shell.reload();
    await shell.heading('Backlog').waitFor();
    await appDriver(page).goTo('Calendrier');
    await postListDriver(page).row(title).first().click();
    await eventually(
      () => editor.text.inputValue(),
      (text) => expect(text).toBe('Tapé puis parti aussitôt.'),
    );
  });
});
