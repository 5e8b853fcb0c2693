/**
 * The mini-month beside the calendar, with the real mouse and keyboard in Chromium (in Tokyo time,
 * the workspace in Paris), at 1280×800: it takes the big calendar to a date; a post dragged from
 * 10 March onto 20 April through it (resting on › to turn the month) keeps 09:00 in Paris across the
 * daylight-saving change; Ctrl+Z and Shift+Ctrl+Z undo and redo that move; a backlog post dropped
 * on one of its days takes its account's next free slot; a reload finds every date and time.
 */
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthWeeks } from '../../core/calendar/monthGrid.js';
import { nextFreeSlot } from '../../core/calendar/slots.js';
import { addDaysKeepingWallClock, instantToWallClock, wallClockToInstant } from '../../core/calendar/zonedTime.js';
import { appDriver } from './support/app.js';
import { calendarDriver, callApi } from './support/calendar.js';
import { dateIn } from './support/calepinFiles.js';
import { eventually } from './support/expectations.js';
import { launchCalepin, type Calepin } from './support/launchCalepin.js';

const ZONE = 'Europe/Paris';
// Next year's spring, clear of the sample's posts around today; Paris changes to summer time in between.
const YEAR = Number(dateIn(ZONE).slice(0, 4)) + 1;
const MARCH_10 = `${YEAR}-03-10`;
const APRIL_20 = `${YEAR}-04-20`;
const APRIL_22 = `${YEAR}-04-22`;
const APRIL_27 = `${YEAR}-04-27`;
const APRIL_28 = `${YEAR}-04-28`;
const FROM = wallClockToInstant({ date: MARCH_10, time: '09:00' }, ZONE);
const TO = wallClockToInstant({ date: APRIL_20, time: '09:00' }, ZONE);

let app: Calepin;
let postId = '';
let ideaId = '';

beforeAll(async () => {
  app = await launchCalepin({ viewport: { width: 1280, height: 800 } });
  await app.page.locator('.post-row').first().waitFor();
  const status = await callApi(app.page, 'app.status', {});
  const account = status.workspace!.accounts.find((item) => item.zone === ZONE)!;
  const post = await callApi(app.page, 'posts.create', {
    draft: { title: 'Pâques au fournil', status: 'draft', plannedAt: FROM, zone: ZONE, accounts: [account.id] },
  });
  postId = post.id;
  await appDriver(app.page).reload();
  await calendarDriver(app.page).showView('Mois');
  await app.page.locator('.calendar-grid [data-post-id]').first().waitFor();
});

afterAll(async () => {
  await app?.stop();
});

const saved = async (id: string) => (await callApi(app.page, 'posts.list', {})).find((post) => post.id === id);
const miniMonth = () => app.page.getByRole('region', { name: 'Mini-calendrier' });
const miniDay = (date: string) => miniMonth().locator(`[data-mini-date="${date}"]`);
const caption = () => miniMonth().locator('.mini-month-caption');
const monthName = (month: string) =>
  month === '03' ? `Mars ${YEAR}` : month === '04' ? `Avril ${YEAR}` : `Mai ${YEAR}`;

/** The cell that will hold `date` once the mini-month shows its month: the grid is always 6×7. */
function cellWhere(date: string): Locator {
  const weeks = monthWeeks(date.slice(0, 7));
  const row = weeks.findIndex((week) => week.some((day) => day.date === date));
  const column = weeks[row]!.findIndex((day) => day.date === date);
  return miniMonth().locator('tbody tr').nth(row).locator('td').nth(column);
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function shownTime(id: string): Promise<string> {
  return calendarDriver(app.page).post(id).locator('.cal-post-time').innerText();
}

describe('the mini-month', () => {
  it('marks today and takes the big calendar to a day of any month', async () => {
    const { page } = app;
    const today = dateIn(ZONE);
    await miniMonth().getByRole('button', { name: 'Mois suivant' }).waitFor();
    const todayButton = miniMonth().locator('button[aria-current="date"]');
    expect(await todayButton.getAttribute('aria-label')).toMatch(/\(aujourd’hui\), /);
    expect(await miniDay(today).getAttribute('aria-selected')).toBe('true');

    while ((await caption().innerText()) !== monthName('03'))
      await miniMonth().getByRole('button', { name: 'Mois suivant' }).click();
    expect(await miniDay(MARCH_10).locator('button').getAttribute('aria-label')).toMatch(
      /^\p{Lu}\p{Ll}+ 10 mars \d{4}, 1 post$/u,
    );
    await miniDay(MARCH_10).click();

    // The view is kept (the month), on March: the post is there, and the mini-month shows which days.
    await calendarDriver(page).postOn(MARCH_10, postId).waitFor();
    expect(await page.getByRole('button', { name: 'Mois', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await miniDay(`${YEAR}-03-31`).getAttribute('aria-selected')).toBe('true');
    expect(await miniDay(`${YEAR}-04-01`).getAttribute('aria-selected')).toBe('false');
  });

  it('a post dragged onto 20 April, turning the month by resting on ›, keeps 09:00 in Paris', async () => {
    const { page } = app;
    const calendar = calendarDriver(page);
    expect(await shownTime(postId)).toBe('09:00');
    await calendar.post(postId).scrollIntoViewIfNeeded();
    const start = await centre(calendar.post(postId));
    const next = await centre(miniMonth().getByRole('button', { name: 'Mois suivant' }));
    const target = await centre(cellWhere(APRIL_20));

    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 8, start.y + 8, { steps: 4 });
    await page.mouse.move(next.x, next.y, { steps: 20 });
    await miniMonth()
      .locator('.mini-month-caption', { hasText: monthName('04') })
      .waitFor();
    await page.mouse.move(target.x, target.y, { steps: 3 });
    await miniDay(APRIL_20).and(page.locator('.drop-target')).waitFor();
    await page.mouse.up();

    await eventually(
      () => saved(postId),
      (post) => expect(post?.plannedAt).toBe(TO),
    );
    expect(instantToWallClock(TO, ZONE)).toEqual({ date: APRIL_20, time: '09:00' });
    // Gone from March on screen; April's mini-month counts it on the 20th.
    await eventually(
      () => calendar.post(postId).count(),
      (count) => expect(count).toBe(0),
    );
    expect(await miniDay(APRIL_20).locator('button').getAttribute('aria-label')).toMatch(/, 1 post$/);
  });

  it('Ctrl+Z takes it back to 10 March, Shift+Ctrl+Z to 20 April again', async () => {
    const { page } = app;
    await page.keyboard.press('Control+z');
    await eventually(
      () => saved(postId),
      (post) => expect(post?.plannedAt).toBe(FROM),
    );
    await calendarDriver(page).postOn(MARCH_10, postId).waitFor();
    await page.keyboard.press('Shift+Control+z');
    await eventually(
      () => saved(postId),
      (post) => expect(post?.plannedAt).toBe(TO),
    );
  });

  it('the keyboard walks the days and months, and Enter shows the day', async () => {
    const { page } = app;
    // The mini-month stayed on April: Tab reaches its 1st; arrows go to the 20th.
    await miniDay(`${YEAR}-04-01`).locator('button').focus();
    await page.keyboard.press('PageDown');
    await miniMonth()
      .locator('.mini-month-caption', { hasText: monthName('05') })
      .waitFor();
    await page.keyboard.press('PageUp');
    await miniMonth()
      .locator('.mini-month-caption', { hasText: monthName('04') })
      .waitFor();
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight'])
      await page.keyboard.press(key);
    expect(await page.evaluate(() => document.activeElement?.closest('td')?.dataset.miniDate)).toBe(APRIL_20);
    await page.keyboard.press('Enter');
    await calendarDriver(page).postOn(APRIL_20, postId).waitFor();
    expect(await shownTime(postId)).toBe('09:00');
  });

  it('a backlog post dropped on a day of the mini-month takes its account’s next free slot', async () => {
    const { page } = app;
    const calendar = calendarDriver(page);
    const status = await callApi(page, 'app.status', {});
    const workspace = status.workspace!;
    const all = await callApi(page, 'posts.list', {});
    const idea = all.find((post) => post.plannedAt === null && post.accounts.length > 0 && post.status !== 'archived')!;
    const account = workspace.accounts.find((item) => item.id === idea.accounts[0])!;
    const taken = all
      .filter((post) => post.plannedAt && post.accounts.includes(account.id))
      .map((post) => post.plannedAt!);
    const expected = nextFreeSlot(account, APRIL_22, taken, {
      defaultTime: workspace.settings.defaultTime,
      zone: idea.zone,
    });

    await calendar.drag(calendar.backlogItem(idea.id), miniDay(APRIL_22));

    await eventually(
      () => saved(idea.id),
      (post) => expect(post?.plannedAt).toBe(expected.plannedAt),
    );
    await calendar.postOn(APRIL_22, idea.id).waitFor();
    expect(await calendar.backlogItem(idea.id).count()).toBe(0);
    expect(await shownTime(idea.id)).toBe(instantToWallClock(expected.plannedAt, ZONE).time);

    // A reload (once the calendar's April is saved in the preferences) finds both where they went.
    await eventually(
      () => callApi(page, 'app.status', {}),
      (after) => expect(after.preferences.calendar).toEqual({ view: 'month', date: `${YEAR}-04-01` }),
    );
    await appDriver(page).reload();
    await calendar.postOn(APRIL_20, postId).waitFor();
    expect(await shownTime(postId)).toBe('09:00');
    await calendar.postOn(APRIL_22, idea.id).waitFor();
    expect(await shownTime(idea.id)).toBe(instantToWallClock(expected.plannedAt, ZONE).time);
    expect((await saved(postId))?.plannedAt).toBe(TO);
    expect((await saved(idea.id))?.plannedAt).toBe(expected.plannedAt);
    ideaId = idea.id;
  });

  it('two selected posts dropped on the mini-month move by the same days; one Ctrl+Z takes both back', async () => {
    const { page } = app;
    const calendar = calendarDriver(page);
    const [first, second] = [(await saved(postId))!, (await saved(ideaId))!];
    const later = (post: typeof first) => addDaysKeepingWallClock(post.plannedAt!, post.zone, 7);
    await calendar.post(postId).click();
    await calendar.post(ideaId).click({ modifiers: ['Control'] });
    await calendar.post(ideaId).locator('.cal-post.selected').waitFor();

    await calendar.drag(calendar.post(postId), miniDay(APRIL_27));

    await eventually(
      () => Promise.all([saved(postId), saved(ideaId)]),
      ([a, b]) => expect([a?.plannedAt, b?.plannedAt]).toEqual([later(first), later(second)]),
    );
    await calendar.postOn(APRIL_27, postId).waitFor();
    expect(await shownTime(postId)).toBe('09:00');
    await page.keyboard.press('Control+z');
    await eventually(
      () => Promise.all([saved(postId), saved(ideaId)]),
      ([a, b]) => expect([a?.plannedAt, b?.plannedAt]).toEqual([first.plannedAt, second.plannedAt]),
    );
    await calendar.postOn(APRIL_20, postId).waitFor();
  });

  it('from the week view too, a post dropped on the mini-month keeps its time', async () => {
    const { page } = app;
    const calendar = calendarDriver(page);
    await calendar.showView('Semaine');
    await miniDay(APRIL_20).click();
    await calendar.post(postId).waitFor();
    // A plain click: the post alone is selected, so it moves alone.
    await calendar.post(postId).click();
    const expected = wallClockToInstant({ date: APRIL_28, time: '09:00' }, ZONE);

    await calendar.drag(calendar.post(postId), miniDay(APRIL_28));

    await eventually(
      () => saved(postId),
      (post) => expect(post?.plannedAt).toBe(expected),
    );
    await miniDay(APRIL_28).click();
    await calendar.post(postId).waitFor();
    expect(await shownTime(postId)).toBe('09:00');
    await calendar.showView('Mois');
  });

  it('a post another window deleted, dropped on the mini-month: a French message, the post leaves the grid', async () => {
    const { page } = app;
    const calendar = calendarDriver(page);
    await calendar.post(ideaId).waitFor();
    await callApi(page, 'posts.delete', { id: ideaId });

    await calendar.drag(calendar.post(ideaId), miniDay(APRIL_28));

    await appDriver(page)
      .banner('error-banner')
      .getByText(/Introuvable/)
      .waitFor();
    await eventually(
      () => calendar.post(ideaId).count(),
      (count) => expect(count).toBe(0),
    );
    expect(await saved(ideaId)).toBeUndefined();
    expect(await calendar.post(postId).count()).toBe(1);
  });

  it('folded, it stays folded after a reload', async () => {
    const { page } = app;
    await miniMonth().getByRole('button', { name: 'Replier le mini-calendrier' }).click();
    await miniMonth().getByRole('grid').waitFor({ state: 'detached' });
    await eventually(
      () => callApi(page, 'app.status', {}),
      (status) => expect(status.preferences.miniMonth).toEqual({ collapsed: true }),
    );
    await appDriver(page).reload();
    const unfold = miniMonth().getByRole('button', { name: 'Déplier le mini-calendrier' });
    await unfold.waitFor();
    expect(await unfold.getAttribute('aria-expanded')).toBe('false');
    expect(await miniMonth().getByRole('grid').count()).toBe(0);
    await unfold.click();
    await miniMonth().getByRole('grid').waitFor();
  });
});
