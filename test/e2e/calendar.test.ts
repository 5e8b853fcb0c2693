/**
 * The first screen: the French sample, its planned posts by day on the workspace clock, the filters,
 * and the other screens showing the sample's real content.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDriver } from './support/app.js';
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

const FRENCH_STATUSES = [
  'Idée',
  'Brouillon',
  'En relecture',
  'Modifications demandées',
  'Approuvé',
  'Programmé',
  'Publié',
  'Archivé',
];

describe('the calendar list', () => {
  it('the sample opens in French, on its posts grouped by day', async () => {
    const { page } = app;
    const shell = appDriver(page);
    const list = postListDriver(page);
    await list.waitForRows();

    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await shell.navEntries()).toEqual([
      'Calendrier',
      'Rédaction',
      'Backlog',
      'Médiathèque',
      'Demandes',
      'Validation',
      'Exports',
      'Réglages',
    ]);
    await shell.heading('Calendrier').waitFor();
    expect(await page.locator('.workspace-name').innerText()).toContain('Fournils');

    const rows = await list.readRows();
    expect(rows.length).toBeGreaterThan(20);
    const days = rows.map((row) => row.date);
    expect([...days].sort()).toEqual(days);
    expect(new Set(days).size).toBeGreaterThan(10);
    for (const row of rows) {
      // 24-hour times on the workspace clock (the browser runs in Tokyo time), a title, accounts, a French status.
      expect(row.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(row.title.length).toBeGreaterThan(0);
      expect(row.accounts.length).toBeGreaterThan(0);
      expect(FRENCH_STATUSES).toContain(row.status);
    }
    const headings = await page.locator('.day-heading h2').allInnerTexts();
    expect(
      headings.some((text) => /(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} \p{L}+/iu.test(text)),
    ).toBe(true);
  });

  it('filters by account and by status narrow the list, and clearing them brings everything back', async () => {
    const { page } = app;
    const list = postListDriver(page);
    await list.waitForRows();
    const all = await list.readRows();

    await list.filter(/^Comptes$/, [/^@fournils\.mtl · Instagram$/]);
    await eventually(list.readRows, (rows) => {
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThan(all.length);
      for (const row of rows) expect(row.accounts).toContain('@fournils.mtl');
    });
    const oneAccount = (await list.readRows()).length;

    await list.filter(/^Comptes · 1$/, [/^fournils\.montreal · Facebook$/]);
    await eventually(list.readRows, (rows) => {
      expect(rows.length).toBeGreaterThanOrEqual(oneAccount);
      for (const row of rows)
        expect(row.accounts.some((handle) => handle === '@fournils.mtl' || handle === 'fournils.montreal')).toBe(true);
    });

    await list.filter(/^Statuts$/, [/^Programmé$/, /^Approuvé$/]);
    await eventually(list.readRows, (rows) => {
      for (const row of rows) expect(['Programmé', 'Approuvé']).toContain(row.status);
    });
    expect(await page.getByRole('search').getByRole('button', { name: 'Statuts · 2' }).isVisible()).toBe(true);

    await list.clearFilters();
    await eventually(list.readRows, (rows) => expect(rows.length).toBe(all.length));
  });

  it('the search box finds posts by their words, accents or not', async () => {
    const { page } = app;
    const list = postListDriver(page);
    await list.search('facon');
    await eventually(list.readRows, (rows) => {
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.title.toLowerCase()).toMatch(/façon|facon/);
    });
    await list.search('');
  });
});

describe('every screen shows the sample’s content', () => {
  it('Backlog lists the undated posts', async () => {
    const shell = appDriver(app.page);
    await shell.goTo('Backlog');
    const rows = await postListDriver(app.page).readRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.time).toBe('');
  });

  it('Médiathèque shows the pictures themselves with their folder and tags, and their size and alt text when opened', async () => {
    const { page } = app;
    await appDriver(page).goTo('Médiathèque');
    const cards = page.locator('.media-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(2);
    await eventually(
      () =>
        page
          .locator('.media-card img')
          .evaluateAll((images) => images.map((image) => (image as HTMLImageElement).naturalWidth)),
      (widths) => expect(widths.every((width) => width > 0)).toBe(true),
    );
    expect(await cards.first().locator('.media-meta').innerText()).toMatch(/Produits/);
    await cards.first().locator('.media-open').click();
    const detail = page.locator('.media-detail');
    expect(await detail.innerText()).toMatch(/\d[\d\u202f ]* × \d[\d\u202f ]* px/);
    expect((await detail.locator('textarea').first().inputValue()).length).toBeGreaterThan(20);
  });

  it('Demandes lists colleagues’ requests with their deadline, priority and status', async () => {
    const { page } = app;
    await appDriver(page).goTo('Demandes');
    const rows = page.locator('.requests-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(2);
    const first = await rows.first().locator('td').allInnerTexts();
    expect(first[3]).toMatch(/^\d{2}\/\d{2}\/\d{4}|^Aucune/);
    expect(['Basse', 'Normale', 'Haute', 'Urgente']).toContain(first[4]?.trim());
  });

  it('Validation shows posts in review and posts sent back, with what reviewers said', async () => {
    const { page } = app;
    await appDriver(page).goTo('Validation');
    await page.getByRole('heading', { level: 2, name: /^En relecture/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Modifications demandées/ }).waitFor();
    expect(await page.locator('.review-card').count()).toBeGreaterThan(1);
    expect(await page.locator('.approval').count()).toBeGreaterThan(0);
  });
});
