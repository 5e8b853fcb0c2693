/** A workspace that cannot be written: open elsewhere (read-only) or with a corrupt file. */
import { mkdtemp, readFile, rm, stat, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDriver } from './support/app.js';
import { newSampleWorkspace } from './support/calepinFiles.js';
import { editorDriver } from './support/editor.js';
import { launchCalepin, startServer, stopServer, type Calepin } from './support/launchCalepin.js';
import { postListDriver } from './support/postList.js';

let folder: string;
const running: { stop: () => Promise<void> }[] = [];

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'calepin-e2e-ws-'));
});

afterAll(async () => {
  for (const item of running.reverse()) await item.stop();
  await rm(folder, { recursive: true, force: true });
});

describe('a workspace open in another Calepin', () => {
  it('opens read-only with a banner saying why, and the editor cannot change anything', async () => {
    const workspace = path.join(folder, 'Partagé.calepin');
    await newSampleWorkspace(workspace);
    const first = await startServer({ workspace });
    running.push({ stop: () => stopServer(first.child) });

    const app: Calepin = await launchCalepin({ workspace });
    running.push(app);
    const { page } = app;
    const banner = appDriver(page).banner('read-only-banner');
    await banner.waitFor();
    const text = await banner.innerText();
    expect(text).toContain('Lecture seule.');
    expect(text).toContain('déjà ouvert');

    await page.locator('.post-row').first().click();
    const editor = editorDriver(page);
    await editor.title.waitFor();
    expect(await editor.title.isDisabled()).toBe(true);
    expect(await editor.text.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Supprimer', exact: true }).isDisabled()).toBe(true);
    expect(await page.locator('.save-indicator').innerText()).toContain('Lecture seule');
  });
});

describe('a workspace whose workspace.json is corrupt', () => {
  it('says in French which file cannot be read and why, writes nothing over it, and puts the latest backup back', async () => {
    const workspace = path.join(folder, 'Abîmé.calepin');
    await newSampleWorkspace(workspace);
    const dataDir = await mkdtemp(path.join(tmpdir(), 'calepin-e2e-data-'));
    running.push({ stop: () => rm(dataDir, { recursive: true, force: true }) });

    // A first session changes a post; its backup is taken when the app closes.
    const first = await launchCalepin({ workspace, dataDir });
    await first.page.locator('.post-row').first().click();
    const editor = editorDriver(first.page);
    await editor.text.fill('Version sauvegardée avant la panne.');
    await editor.waitSaved();
    await first.stop();

    const file = path.join(workspace, 'workspace.json');
    await truncate(file, Math.floor((await stat(file)).size / 2));
    const damaged = await readFile(file);

    const app = await launchCalepin({ dataDir });
    running.push(app);
    const { page } = app;
    await page.locator('.post-row').first().waitFor();

    // The web host has no native folder picker: the menu asks for the path.
    await appDriver(page).workspaceMenuButton.click();
    await page.getByRole('button', { name: 'Ouvrir un dossier…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ouvrir un espace de travail' });
    await dialog.getByLabel('Dossier').fill(workspace);
    await dialog.getByRole('button', { name: 'Ouvrir', exact: true }).click();

    const banner = appDriver(page).banner('problem-banner');
    await banner.waitFor();
    expect(await banner.innerText()).toContain(
      'Le fichier workspace.json est illisible (fichier coupé avant la fin). Rien n’a été écrit par-dessus.',
    );
    await page.getByRole('heading', { level: 1, name: 'Aucun espace de travail ouvert' }).waitFor();
    expect((await readFile(file)).equals(damaged)).toBe(true);

    await banner.getByRole('button', { name: /^Restaurer la sauvegarde du \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Restaurer', exact: true }).click();

    await appDriver(page).heading('Calendrier').waitFor();
    expect(await banner.count()).toBe(0);
    await postListDriver(page).search('sauvegardée avant la panne');
    await postListDriver(page).rows.first().waitFor();
    expect(await postListDriver(page).rows.count()).toBe(1);
  });
});
