/**
 * Planning on the calendar with the real mouse and keyboard, in Chromium running in Tokyo time:
 * backlog → day (the account's next free slot), day → day across a month boundary (the time of day
 * kept), back to the backlog, keyboard moves, undo and redo, and faults (a drop outside any day, a
 * post deleted meanwhile). Each result is checked on screen, then after a reload, then in what the
 * Node side saved.
 */
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveToDate } from '../../core/calendar/moves.js';
import { nextFreeSlot, stepBySlot } from '../../core/calendar/slots.js';
import { addDaysKeepingWallClock, instantToWallClock } from '../../core/calendar/zonedTime.js';
import type { PostSummary } from '../../core/model/index.js';
import { appDriver } from './support/app.js';
import { calendarDriver, callApi, launchOnMonth } from './support/calendar.js';
import { dateIn } from './support/calepinFiles.js';
import { eventually } from './support/expectations.js';
import type { Calepin } from './support/launchCalepin.js';

const ZONE = 'Europe/Paris';
let app: Calepin;

beforeAll(async () => {
  app = await launchOnMonth({ width: 1400, height: 1300 });
});

afterAll(async () => {
  await app?.stop();
});

const posts = () => callApi(app.page, 'posts.list', {});
const saved = async (id: string) => (await posts()).find((post) => post.id === id);
const wall = (instant: string) => instantToWallClock(instant, ZONE);
const today = () => dateIn(ZONE);

/** Days of the shown month grid (this month and the next month's first days) holding at most `max` posts. */
function quietDays(all: PostSummary[], from: string, to: string, max = 1): string[] {
  const counts = new Map<string, number>();
  for (const post of all)
    if (post.plannedAt) counts.set(wall(post.plannedAt).date, (counts.get(wall(post.plannedAt).date) ?? 0) + 1);
  const days: string[] = [];
  for (let day = Temporal.PlainDate.from(from); day.toString() <= to; day = day.add({ days: 1 }))
    if ((counts.get(day.toString()) ?? 0) <= max) days.push(day.toString());
  return days;
}

const firstOfNextMonth = () => Temporal.PlainDate.from(today()).with({ day: 1 }).add({ months: 1 }).toString();

async function reloadOnMonth(): Promise<void> {
  // The view is remembered in the preferences; wait until it is saved, then reload.
  await eventually(
    () => callApi(app.page, 'app.status', {}),
    (status) => expect(status.preferences.calendar?.view).toBe('month'),
  );
  await appDriver(app.page).reload();
  await app.page.locator('.calendar-grid [data-post-id]').first().waitFor();
}

async function shownTime(id: string): Promise<string> {
  return calendarDriver(app.page).post(id).locator('.cal-post-time').innerText();
}

describe('planning with the mouse', () => {
  let movedAcross = '';

  it('a backlog post dragged onto a day takes its account’s next free slot there', async () => {
    const calendar = calendarDriver(app.page);
    const status = await callApi(app.page, 'app.status', {});
    const workspace = status.workspace!;
    const all = await posts();
    const idea = all.find((post) => post.plannedAt === null && post.accounts.length > 0 && post.status !== 'archived')!;
    const target = quietDays(
      all,
      Temporal.PlainDate.from(today()).add({ days: 1 }).toString(),
      firstOfNextMonth(),
      0,
    )[0]!;
    const account = workspace.accounts.find((item) => item.id === idea.accounts[0])!;
    const taken = all
      .filter((post) => post.plannedAt && post.accounts.includes(account.id))
      .map((post) => post.plannedAt!);
    const expected = nextFreeSlot(account, target, taken, {
      defaultTime: workspace.settings.defaultTime,
      zone: idea.zone,
    });

    await calendar.drag(calendar.backlogItem(idea.id), calendar.day(target));

    await calendar.postOn(target, idea.id).waitFor();
    expect(await shownTime(idea.id)).toBe(wall(expected.plannedAt).time);
    expect(await calendar.backlogItem(idea.id).count()).toBe(0);

    await reloadOnMonth();
    await calendar.postOn(target, idea.id).waitFor();
    expect(await shownTime(idea.id)).toBe(wall(expected.plannedAt).time);
    expect((await saved(idea.id))?.plannedAt).toBe(expected.plannedAt);
  });

  it('a post dragged to the next month’s first days keeps its time of day', async () => {
    const calendar = calendarDriver(app.page);
    const all = await posts();
    const monthStart = Temporal.PlainDate.from(today()).with({ day: 1 }).toString();
    const nextMonth = firstOfNextMonth();
    const target = quietDays(all, nextMonth, Temporal.PlainDate.from(nextMonth).add({ days: 5 }).toString(), 1)[0]!;
    // A post of this month that the grid shows (not folded under « +N autres ») and that can move.
    const candidates = all.filter(
      (post) =>
        post.plannedAt &&
        post.status !== 'published' &&
        wall(post.plannedAt).date >= monthStart &&
        wall(post.plannedAt).date < nextMonth,
    );
    let post: PostSummary | undefined;
    for (const candidate of candidates) if ((await calendar.post(candidate.id).count()) > 0) post = candidate;
    expect(post).toBeDefined();
    const before = await shownTime(post!.id);
    const expected = moveToDate({ ...post!, plannedAt: post!.plannedAt! }, target, ZONE).to!;

    await calendar.drag(calendar.post(post!.id), calendar.day(target));

    await calendar.postOn(target, post!.id).waitFor();
    expect(await shownTime(post!.id)).toBe(before);
    await reloadOnMonth();
    await calendar.postOn(target, post!.id).waitFor();
    expect(await shownTime(post!.id)).toBe(before);
    expect((await saved(post!.id))?.plannedAt).toBe(expected);
    expect(instantToWallClock(expected, post!.zone).time).toBe(instantToWallClock(post!.plannedAt!, post!.zone).time);
    movedAcross = post!.id;
  });

  it('the same post dragged onto the backlog drawer is unplanned, and stays so after a reload', async () => {
    const calendar = calendarDriver(app.page);
    await calendar.drag(calendar.post(movedAcross), calendar.drawer);
    await calendar.backlogItem(movedAcross).waitFor();
    expect(await calendar.post(movedAcross).count()).toBe(0);
    await reloadOnMonth();
    await calendar.backlogItem(movedAcross).waitFor();
    expect((await saved(movedAcross))?.plannedAt).toBeNull();
  });
});

describe('planning with the keyboard', () => {
  it('Alt+→ moves a day, Alt+↓ a slot later; Ctrl+Z and Shift+Ctrl+Z undo and redo; B sends to the backlog', async () => {
    const { page } = app;
    const calendar = calendarDriver(page);
    const status = await callApi(page, 'app.status', {});
    const all = await posts();
    const quiet = new Set(
      quietDays(all, today(), Temporal.PlainDate.from(firstOfNextMonth()).add({ days: 5 }).toString(), 0),
    );
    // A post whose next day is empty, so the moved post shows there (not folded under « +N autres »).
    let post: PostSummary | undefined;
    for (const candidate of all) {
      if (!candidate.plannedAt || candidate.status === 'published') continue;
      const next = Temporal.PlainDate.from(wall(candidate.plannedAt).date).add({ days: 1 }).toString();
      if (quiet.has(next) && (await calendar.post(candidate.id).count()) > 0) {
        post = candidate;
        break;
      }
    }
    expect(post).toBeDefined();
    const original = post!.plannedAt!;
    const nextDay = addDaysKeepingWallClock(original, post!.zone, 1);
    const account = status.workspace!.accounts.find((item) => item.id === post!.accounts[0]) ?? null;
    const slotLater = stepBySlot(nextDay, account, 1);

    await calendar.post(post!.id).click();
    await calendar.post(post!.id).locator('.cal-post.selected').waitFor();
    await page.keyboard.press('Alt+ArrowRight');
    await calendar.postOn(wall(nextDay).date, post!.id).waitFor();
    await eventually(
      () => saved(post!.id),
      (value) => expect(value?.plannedAt).toBe(nextDay),
    );
    // The moved post keeps the focus, so moves can follow one another.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.postId)).toBe(post!.id);

    await page.keyboard.press('Alt+ArrowDown');
    await eventually(
      () => saved(post!.id),
      (value) => expect(value?.plannedAt).toBe(slotLater),
    );
    await eventually(
      () => shownTime(post!.id),
      (time) => expect(time).toBe(wall(slotLater).time),
    );

    await page.keyboard.press('Control+z');
    await eventually(
      () => saved(post!.id),
      (value) => expect(value?.plannedAt).toBe(nextDay),
    );
    await page.keyboard.press('Control+z');
    await eventually(
      () => saved(post!.id),
      (value) => expect(value?.plannedAt).toBe(original),
    );
    await calendar.postOn(wall(original).date, post!.id).waitFor();
    await page.keyboard.press('Shift+Control+z');
    await eventually(
      () => saved(post!.id),
      (value) => expect(value?.plannedAt).toBe(nextDay),
    );

    await calendar.post(post!.id).focus();
    await page.keyboard.press('b');
    await calendar.backlogItem(post!.id).waitFor();
    await eventually(
      () => saved(post!.id),
      (value) => expect(value?.plannedAt).toBeNull(),
    );
    await page.keyboard.press('Control+z');
    await calendar.postOn(wall(nextDay).date, post!.id).waitFor();

    await reloadOnMonth();
    await calendar.postOn(wall(nextDay).date, post!.id).waitFor();
    expect((await saved(post!.id))?.plannedAt).toBe(nextDay);
  });
});

describe('faults', () => {
  it('a drop outside any day changes nothing', async () => {
    const { page } = app;
    const calendar = calendarDriver(page);
    let shown: PostSummary | undefined;
    for (const item of await posts())
      if (item.plannedAt && item.status !== 'published' && (await calendar.post(item.id).count()) > 0) shown = item;
    await calendar.drag(calendar.post(shown!.id), page.getByRole('heading', { level: 1, name: 'Calendrier' }));
    await calendar.post(shown!.id).waitFor();
    expect((await saved(shown!.id))?.plannedAt).toBe(shown!.plannedAt);
    expect(await appDriver(page).banner('error-banner').count()).toBe(0);
  });

  it('a post another window deleted meanwhile: a French message, the post leaves the grid, the rest stays', async () => {
    const { page } = app;
    const calendar = calendarDriver(page);
    const all = await posts();
    const shownIds: string[] = [];
    for (const item of all)
      if (item.plannedAt && item.status !== 'published' && (await calendar.post(item.id).count()) > 0)
        shownIds.push(item.id);
    const [gone, kept] = shownIds as [string, string];
    const target = quietDays(all, today(), firstOfNextMonth(), 0)[0]!;
    await callApi(page, 'posts.delete', { id: gone });

    await calendar.drag(calendar.post(gone), calendar.day(target));

    await appDriver(page)
      .banner('error-banner')
      .getByText(/Introuvable/)
      .waitFor();
    await eventually(
      () => calendar.post(gone).count(),
      (count) => expect(count).toBe(0),
    );
    expect(await calendar.post(kept).count()).toBe(1);
    expect(await saved(gone)).toBeUndefined();
  });
});
