/**
 * The Exports screen, clicked through in Chromium against the real `calepin web` and the sample:
 * the live count follows the selection, the CSV and the PDF land in Calepin's exports folder (the
 * web host cannot ask where), and the screen says where they went.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A4, pdfInfo, pdfText } from '../helpers/pdf.js';
import { appDriver } from './support/app.js';
import { launchCalepin, type Calepin } from './support/launchCalepin.js';

let app: Calepin;
/** The count waits for a pause in typing and a round trip; a busy machine is slow at both. */
const WAIT = { timeout: 15_000, interval: 100 };

beforeAll(async () => {
  app = await launchCalepin();
});
afterAll(async () => {
  await app?.stop();
});

function countOf(text: string): number {
  const match = /^(\d+) lignes?/.exec(text);
  if (!match) throw new Error(`no count in « ${text} »`);
  return Number(match[1]);
}

describe('the Exports screen', () => {
  it('is in the navigation, with the default period and a live count', async () => {
    const { page } = app;
    const shell = appDriver(page);
    await shell.goTo('Exports');
    const count = page.getByTestId('exports-count');
    await expect
      .poll(() => count.innerText(), WAIT)
      .toMatch(/^\d+ lignes \(\d+ publications\) du \d\d\/\d\d\/\d{4} au \d\d\/\d\d\/\d{4}$/);
    // The period is filled with the default: from today to the end of next month.
    // (filled a render after the count arrives, hence the polls)
    const dateShape = /^\d\d\/\d\d\/\d{4}$/;
    await expect.poll(() => page.getByLabel('Du', { exact: true }).inputValue(), WAIT).toMatch(dateShape);
    await expect.poll(() => page.getByLabel('Au', { exact: true }).inputValue(), WAIT).toMatch(dateShape);

    const before = countOf(await count.innerText());
    // The calendar's filter is empty: every status, so more rows than approved and scheduled only.
    await page.getByRole('checkbox', { name: 'Reprendre le filtre actuel du calendrier' }).check();
    await expect.poll(async () => countOf(await count.innerText()), WAIT).toBeGreaterThan(before);
    await page.getByRole('checkbox', { name: 'Reprendre le filtre actuel du calendrier' }).uncheck();
    await expect.poll(async () => countOf(await count.innerText()), WAIT).toBe(before);
  });

  it('writes a French CSV (semicolons, BOM) into the exports folder and says where', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'CSV', exact: true }).click();
    const saved = page.locator('.exports-saved');
    await saved.waitFor();
    const file = await page.locator('.exports-path').innerText();
    expect(path.dirname(file)).toBe(path.join(app.dataDir, 'exports'));
    expect(file).toMatch(/\.csv$/);
    const text = await readFile(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toContain(';');
    expect(await saved.innerText()).toMatch(/^Fichier enregistré \(.+, version [0-9a-f]{12}\)/);
  });

  it('prints the PDF plan book in landscape, on A4', async () => {
    const { page } = app;
    await page.getByRole('radio', { name: 'Paysage' }).check();
    await page.getByRole('button', { name: 'Plan PDF', exact: true }).click();
    await page.locator('.exports-path', { hasText: /\.pdf$/ }).waitFor({ timeout: 60_000 });
    const file = await page.locator('.exports-path').innerText();
    const info = await pdfInfo(file);
    expect(info.width).toBeCloseTo(A4.long, 0);
    expect(await pdfText(file)).toContain('Plan de publication');
  });

  it('refuses to restore a file that is not an archive, then restores the full archive into a new folder', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Archive complète', exact: true }).click();
    await page.locator('.exports-path', { hasText: /\.zip$/ }).waitFor({ timeout: 60_000 });
    const zip = await page.locator('.exports-path').innerText();
    const csv = path.join(app.dataDir, 'exports', 'pas-une-archive.csv');
    await writeFile(csv, 'date;texte\n');

    const target = path.join(app.dataDir, 'Restauré.calepin');
    await page.getByLabel('Archive (.zip)').fill(csv);
    await page.getByLabel('Nouveau dossier').fill(target);
    await page.getByRole('button', { name: 'Restaurer et ouvrir' }).click();
    await expect
      .poll(() => page.getByRole('alert').innerText(), WAIT)
      .toContain('Archive refusée\u202f: ce n’est pas une archive d’espace de travail Calepin');
    expect(existsSync(target)).toBe(false);

    await page.getByLabel('Archive (.zip)').fill(zip);
    await page.getByRole('button', { name: 'Restaurer et ouvrir' }).click();
    await appDriver(page).heading('Calendrier').waitFor();
    expect(existsSync(path.join(target, 'workspace.json'))).toBe(true);
    await page.locator('.workspace-button', { hasText: 'Les Fournils de Saône' }).waitFor();
  });
});
