/**
 * The list view past 400 posts, where only the lines on screen are in the DOM and every line has a
 * fixed height: a long title ends in an ellipsis on one line, a post for many accounts still shows
 * one mark per account inside its line, scrolling reaches the last day, and a click opens a post.
 * With CALEPIN_SCREENSHOTS=1 it also writes docs/screenshots/calendar-long-list-<lang>-<theme>.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantToWallClock, wallClockToInstant } from '../../core/calendar/zonedTime.js';
import { callApi } from './support/calendar.js';
import { dateIn } from './support/calepinFiles.js';
import { launchCalepin, type Calepin } from './support/launchCalepin.js';
import { postListDriver } from './support/postList.js';
import { screenshotter } from './support/screenshots.js';

const ZONE = 'Europe/Paris';
const ADDED = 420;
const LONG_TITLE =
  'Un titre très long pour la liste : la grande fournée de printemps, les pains au levain, les viennoiseries du dimanche et tout le reste';
const MANY_ACCOUNTS_TITLE = 'Un post pour tous les comptes';

let app: Calepin;
let accountIds: string[] = [];

/** A planned instant `days` from today at `time` on the workspace clock. */
function plannedAt(days: number, time: string): string {
  return wallClockToInstant({ date: dateIn(ZONE, days), time }, ZONE);
}

beforeAll(async () => {
  app = await launchCalepin({ viewport: { width: 1400, height: 900 } });
  const { page } = app;
  await postListDriver(page).waitForRows();
  const existing = await callApi(page, 'posts.list', {});
  accountIds = [...new Set(existing.flatMap((post) => post.accounts))].slice(0, 6);
  const drafts = Array.from({ length: ADDED }, (_, i) => ({
    title: `Série longue n° ${i + 1}`,
    masterText: `Texte du post ${i + 1} de la série.`,
    plannedAt: plannedAt(2 + Math.floor(i / 8), `${String(8 + (i % 8)).padStart(2, '0')}:15`),
    accounts: [accountIds[i % accountIds.length]!],
  }));
  drafts.push(
    { title: LONG_TITLE, masterText: 'Un texte.', plannedAt: plannedAt(0, '23:40'), accounts: accountIds.slice(0, 1) },
    { title: MANY_ACCOUNTS_TITLE, masterText: 'Un texte.', plannedAt: plannedAt(0, '23:45'), accounts: accountIds },
  );
  for (let from = 0; from < drafts.length; from += 20)
    await Promise.all(drafts.slice(from, from + 20).map((draft) => callApi(page, 'posts.create', { draft })));
  await page.reload();
  await postListDriver(page).waitForRows();
}, 180_000);

afterAll(async () => {
  await app?.stop();
});

const rowOf = (title: string) => app.page.locator('.post-row').filter({ hasText: title });

describe('the list view of a long plan', () => {
  it('draws only the lines on screen, a long title on one line ending in an ellipsis', async () => {
    const { page } = app;
    const planned = (await callApi(page, 'posts.list', {})).filter((post) => post.plannedAt !== null);
    expect(planned.length).toBeGreaterThan(400);
    // The list opens on today: the two posts planned tonight are on screen.
    await rowOf(LONG_TITLE).waitFor();
    expect(await page.locator('.post-row').count()).toBeLessThan(120);

    // Every post's line is as tall as the others, the long title's and the many accounts' too.
    const heights = await page
      .locator('.post-row')
      .evaluateAll((rows) => [...new Set(rows.map((row) => row.getBoundingClientRect().height))]);
    expect(heights).toHaveLength(1);
    const long = rowOf(LONG_TITLE);
    const title = await long.locator('.post-title').evaluate((element) => ({
      clamped: element.scrollWidth > element.clientWidth,
      overflow: getComputedStyle(element).textOverflow,
      text: element.textContent,
    }));
    // Cut by the ellipsis on screen, whole for a screen reader and for find-in-page.
    expect(title).toEqual({ clamped: true, overflow: 'ellipsis', text: LONG_TITLE });
  });

  it('shows one mark per account inside the line of a post for many accounts', async () => {
    const row = rowOf(MANY_ACCOUNTS_TITLE);
    const box = (await row.boundingBox())!;
    const marks = await row
      .locator('.network-mark')
      .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
    expect(marks).toHaveLength(accountIds.length);
    for (const mark of marks) {
      expect(mark.width).toBeGreaterThan(10);
      expect(mark.left).toBeGreaterThanOrEqual(box.x);
      expect(mark.right).toBeLessThanOrEqual(box.x + box.width);
      expect(mark.bottom).toBeLessThanOrEqual(box.y + box.height);
    }
    expect(await row.locator('.account-handle').count()).toBe(accountIds.length);
  });

  it('scrolls to the last day, whose heading is named, and a click opens its last post', async () => {
    const { page } = app;
    const planned = (await callApi(page, 'posts.list', {})).filter((post) => post.plannedAt !== null);
    const last = planned.reduce((a, b) => (a.plannedAt! >= b.plannedAt! ? a : b));
    const lastDay = instantToWallClock(last.plannedAt!, ZONE).date;
    const list = page.locator('.calendar-main .list-scroll');
    await list.evaluate((element) => (element.scrollTop = element.scrollHeight));
    const heading = page.locator('.calendar-main .day-heading h2').last();
    await expect.poll(() => heading.getAttribute('id')).toBe(`day-${lastDay}`);
    expect(await heading.innerText()).toMatch(
      /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} \p{L}+/iu,
    );
    const lastRow = page.locator('.calendar-main .post-row').last();
    expect(await lastRow.getAttribute('data-post-id')).toBe(last.id);
    await lastRow.click();
    await expect.poll(() => page.getByLabel('Titre', { exact: true }).inputValue()).toBe(last.title);
  });
});

describe.skipIf(!process.env.CALEPIN_SCREENSHOTS)('screenshots of the long list', () => {
  it.each([
    ['fr', 'light'],
    ['fr', 'dark'],
    ['en', 'light'],
    ['en', 'dark'],
  ] as const)('captures it in %s, %s', async (language, theme) => {
    const { page } = app;
    await callApi(page, 'app.setPreferences', { language, theme, calendar: { view: 'list', date: dateIn(ZONE) } });
    await page.reload();
    // The last test left the composer open: back to the calendar, in the language just chosen.
    const calendar = language === 'fr' ? 'Calendrier' : 'Calendar';
    await page.getByRole('navigation').getByRole('button', { name: calendar, exact: true }).click();
    await rowOf(LONG_TITLE).waitFor();
    const { shot } = screenshotter(page, language, theme);
    await shot('calendar-long-list');
  });
});
