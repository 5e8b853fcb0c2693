/**
 * The list view past 400 posts, where only the lines on screen are in the DOM and every line has a
 * fixed height: a long title ends in an ellipsis on one line, a post for many accounts still shows
 * one mark per account inside its line, scrolling reaches the last day, a click opens a post, and
 * the heading of the day being read stays pinned at the top until the next day's takes its place.
 * With CALEPIN_SCREENSHOTS=1 it also writes docs/screenshots/calendar-long-list-<lang>-<theme>.png
 * and calendar-list-pinned-day-<lang>-<theme>.png (mid-way through a busy day).
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
/**
 * A busy day after the series and the sample (30 posts, taller than the screen), and the day after
 * it, busy enough to be scrolled to the top of the list.
 */
const BUSY_DAY = 70;
const BUSY_POSTS = 30;
const NEXT_POSTS = 20;
const BUSY_TITLE = 'Journée chargée n°';
const NEXT_TITLE = 'Le lendemain n°';
/** The height of a line of the list (DayList.tsx), to scroll by whole posts. */
const LINE = 42;

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
  for (let i = 0; i < BUSY_POSTS; i++) {
    const minutes = 7 * 60 + i * 20;
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    drafts.push({
      title: `${BUSY_TITLE} ${i + 1}`,
      masterText: 'Un texte.',
      plannedAt: plannedAt(BUSY_DAY, time),
      accounts: [accountIds[i % accountIds.length]!],
    });
  }
  for (let i = 0; i < NEXT_POSTS; i++)
    drafts.push({
      title: `${NEXT_TITLE} ${i + 1}`,
      masterText: 'Un texte.',
      plannedAt: plannedAt(BUSY_DAY + 1, `${String(i + 2).padStart(2, '0')}:30`),
      accounts: [accountIds[i % accountIds.length]!],
    });
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

/** The list on `date` (the toolbar's date, remembered), in `language`, as after choosing it in Réglages. */
async function openListOn(language: 'fr' | 'en', date: string, theme?: 'light' | 'dark'): Promise<void> {
  const { page } = app;
  await callApi(page, 'app.setPreferences', {
    language,
    ...(theme ? { theme } : {}),
    calendar: { view: 'list', date },
  });
  await page.reload();
  // A test may have left the composer open: back to the calendar, in the language just chosen.
  const calendar = language === 'fr' ? 'Calendrier' : 'Calendar';
  await page.getByRole('navigation').getByRole('button', { name: calendar, exact: true }).click();
  await app.page.locator(`#day-${date}`).waitFor();
}

/** Turns the mouse wheel over the list by `lines` lines of the list. */
async function wheelList(lines: number): Promise<void> {
  const box = (await app.page.locator('.calendar-main .list-scroll').boundingBox())!;
  await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await app.page.mouse.wheel(0, lines * LINE);
}

/** What the user sees at the top of the list: the day heading there, and the post just below it. */
function topOfList() {
  return app.page.locator('.calendar-main .list-scroll').evaluate((list) => {
    const box = list.getBoundingClientRect();
    const heading = document.elementFromPoint(box.left + 60, box.top + 20)?.closest('.day-heading');
    const below = document.elementFromPoint(box.left + 200, box.top + 42 + 21)?.closest('.post-row');
    return {
      day: heading?.querySelector('h2')?.id.replace('day-', '') ?? null,
      heading: heading?.querySelector('h2')?.innerText.replace(/\s+/g, ' ') ?? null,
      postBelow: below?.querySelector('.post-title')?.textContent ?? null,
    };
  });
}

/** A day's heading as a reader of `locale` writes it: « mardi 17 mars 2026 », "Tuesday, March 17, 2026". */
function headingOf(date: string, locale: string): string {
  const options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' };
  if (!date.startsWith(dateIn(ZONE).slice(0, 4))) options.year = 'numeric';
  return new Intl.DateTimeFormat(locale, options).format(new Date(`${date}T12:00:00Z`));
}

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

  it.each([
    ['fr', 'fr-FR'],
    ['en', 'en-US'],
  ] as const)(
    'keeps the heading of the day being read pinned at the top, then the next day’s (%s)',
    async (language, locale) => {
      const busy = dateIn(ZONE, BUSY_DAY);
      const next = dateIn(ZONE, BUSY_DAY + 1);
      await openListOn(language, busy);
      // Twelve posts into the busy day: its heading is far above, yet it names the day on top.
      await wheelList(12);
      await expect.poll(async () => (await topOfList()).postBelow).toMatch(new RegExp(`^${BUSY_TITLE} (1[2-9]|2\\d)$`));
      const top = await topOfList();
      expect(top.day).toBe(busy);
      expect(top.heading?.toLowerCase()).toBe(headingOf(busy, locale).toLowerCase());
      // The same heading, once: a screen reader does not meet it twice.
      expect(await app.page.locator(`#day-${busy}`).count()).toBe(1);
      expect(await app.page.getByRole('heading', { name: top.heading!, exact: true }).count()).toBe(1);

      // Half a line before the next day: its heading, arriving, pushes the pinned one up and out.
      await wheelList(BUSY_POSTS - 12 + 0.5);
      const headings = async () => {
        const list = (await app.page.locator('.calendar-main .list-scroll').boundingBox())!;
        const pinned = (await app.page.locator(`.day-heading:has(#day-${busy})`).boundingBox())!;
        const arriving = (await app.page.locator(`.day-heading:has(#day-${next})`).boundingBox())!;
        return { pinned: pinned.y - list.y, arriving: arriving.y - list.y };
      };
      await expect.poll(async () => (await headings()).arriving).toBeLessThan(LINE);
      const pushed = await headings();
      expect(pushed.pinned).toBeLessThan(0);
      expect(pushed.pinned).toBeGreaterThan(-LINE);
      expect(pushed.arriving).toBeGreaterThan(0);

      // On past the end of the day: the next day's heading has taken its place.
      await wheelList(1.5);
      await expect.poll(async () => (await topOfList()).day).toBe(next);
      expect((await topOfList()).heading?.toLowerCase()).toBe(headingOf(next, locale).toLowerCase());
      expect(await app.page.locator(`#day-${busy}`).count()).toBeLessThanOrEqual(1);

      // Shift+Tab back to the post under the pinned heading brings it into view below the heading.
      const titled = (title: string) =>
        app.page.locator('.post-row', { has: app.page.locator('.post-title', { hasText: new RegExp(`^${title}$`) }) });
      await titled(`${NEXT_TITLE} 2`).focus();
      await app.page.keyboard.press('Shift+Tab');
      const first = titled(`${NEXT_TITLE} 1`);
      await expect.poll(() => first.evaluate((element) => element === document.activeElement)).toBe(true);
      const heading = app.page.locator(`.day-heading:has(#day-${next})`);
      await expect
        .poll(
          async () =>
            (await first.boundingBox())!.y - ((await heading.boundingBox())!.y + (await heading.boundingBox())!.height),
        )
        .toBeGreaterThanOrEqual(0);
    },
  );
});

describe.skipIf(!process.env.CALEPIN_SCREENSHOTS)('screenshots of the long list', () => {
  it.each([
    ['fr', 'light'],
    ['fr', 'dark'],
    ['en', 'light'],
    ['en', 'dark'],
  ] as const)('captures it in %s, %s', async (language, theme) => {
    const { page } = app;
    await openListOn(language, dateIn(ZONE), theme);
    await rowOf(LONG_TITLE).waitFor();
    const { shot } = screenshotter(page, language, theme);
    await shot('calendar-long-list');

    // Mid-way through the busy day, its heading pinned on top.
    await openListOn(language, dateIn(ZONE, BUSY_DAY), theme);
    await wheelList(12);
    await expect.poll(async () => (await topOfList()).postBelow).toMatch(new RegExp(`^${BUSY_TITLE} (1[2-9]|2\\d)$`));
    await page.mouse.move(0, 0);
    await shot('calendar-list-pinned-day');
  });
});
