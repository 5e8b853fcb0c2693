/**
 * The backlog drawer beside the calendar with 2,000 undated posts: only the items on screen are in
 * the DOM, scrolling the drawer reaches the last item, and that item dragged with the real mouse
 * onto a day of the month is planned there (its account's next free slot), still so after a reload.
 * With CALEPIN_SCREENSHOTS=1 it also writes docs/screenshots/calendar-long-backlog-<lang>-<theme>.png.
 */
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextFreeSlot } from '../../core/calendar/slots.js';
import { instantToWallClock } from '../../core/calendar/zonedTime.js';
import type { PostDraft, PostSummary } from '../../core/model/index.js';
import { makeTempWorkspace, type TempWorkspace } from '../helpers/workspace.js';
import { appDriver } from './support/app.js';
import { calendarDriver, callApi } from './support/calendar.js';
import { dateIn } from './support/calepinFiles.js';
import { launchCalepin, type Calepin } from './support/launchCalepin.js';
import { screenshotter, SCREENSHOT_CASES } from './support/screenshots.js';

const ZONE = 'Europe/Paris';
const IDEAS = 2000;

let workspace: TempWorkspace;
let app: Calepin;

/** A clock a second later at each reading: every post gets its own edit time, so the drawer's order is the creation order. */
function tickingClock(): () => Date {
  let now = Date.now() - 3_600_000;
  return () => new Date((now += 1000));
}

beforeAll(async () => {
  const drafts: PostDraft[] = Array.from({ length: IDEAS }, (_, i) => ({
    title: `Idée en réserve n° ${i + 1}`,
    masterText: `Une idée à planifier plus tard (${i + 1}).`,
    plannedAt: null,
    accounts: [],
  }));
  workspace = await makeTempWorkspace({ sample: true, zone: ZONE, clock: tickingClock(), posts: drafts });
  app = await launchCalepin({ workspace: workspace.dir, viewport: { width: 1400, height: 1000 } });
  await callApi(app.page, 'app.setPreferences', { calendar: { view: 'month', date: dateIn(ZONE) } });
  await reloadOnMonth();
}, 180_000);

afterAll(async () => {
  await app?.stop();
  await workspace?.remove();
});

const posts = () => callApi(app.page, 'posts.list', {});
const scroller = () => app.page.locator('.backlog-drawer-scroll');
const items = () => app.page.locator('.backlog-drawer .backlog-item');

async function reloadOnMonth(): Promise<void> {
  await appDriver(app.page).reload();
  await app.page.locator('.calendar-grid [data-post-id]').first().waitFor();
  await items().first().waitFor();
}

/** The drawer's items as the user finds them: undated posts, the most recently edited first. */
function backlogOrder(all: PostSummary[]): PostSummary[] {
  return all.filter((post) => post.plannedAt === null).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Scrolls the drawer to its end until the last item is drawn (item heights are measured as they come). */
async function scrollDrawerToEnd(lastId: string): Promise<void> {
  await expect
    .poll(async () => {
      await scroller().evaluate((element) => (element.scrollTop = element.scrollHeight));
      return items().last().getAttribute('data-post-id');
    })
    .toBe(lastId);
}

describe('a backlog of 2,000 ideas', () => {
  it('opens with only the items on screen in the DOM, and scrolls to the last one', async () => {
    const backlog = backlogOrder(await posts());
    expect(backlog.length).toBeGreaterThan(IDEAS);
    const drawer = calendarDriver(app.page).drawer;
    expect(await drawer.locator('.backlog-count').innerText()).toBe(String(backlog.length));
    expect(await items().first().getAttribute('data-post-id')).toBe(backlog[0]!.id);
    expect(await items().count()).toBeLessThan(60);

    await scrollDrawerToEnd(backlog.at(-1)!.id);
    expect(await items().count()).toBeLessThan(60);
    // The last item is whole on screen, inside the drawer, and a screen reader hears it is the last.
    const last = items().last();
    const box = (await last.boundingBox())!;
    const scrollerBox = (await scroller().boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(scrollerBox.y + scrollerBox.height + 1);
    expect(box.y).toBeGreaterThanOrEqual(scrollerBox.y);
    expect(await last.locator('xpath=..').getAttribute('aria-posinset')).toBe(String(backlog.length));
    expect(await last.locator('xpath=..').getAttribute('aria-setsize')).toBe(String(backlog.length));
  });

  it('keeps the item with the keyboard focus, Tab going on to the next as the drawer scrolls', async () => {
    const { page } = app;
    const backlog = backlogOrder(await posts());
    await scroller().evaluate((element) => (element.scrollTop = 0));
    await expect.poll(() => items().first().getAttribute('data-post-id')).toBe(backlog[0]!.id);
    await items().first().focus();
    // Past the items drawn below the drawer's edge: each Tab finds the next item already there.
    for (let i = 0; i < 24; i++) await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.postId ?? null);
    expect(await focused()).toBe(backlog[24]!.id);
    // Scrolled far away with the wheel, the focused item stays (and keeps the focus) for the next key.
    await scroller().evaluate((element) => (element.scrollTop = element.scrollHeight / 2));
    await expect
      .poll(async () => Number(await items().last().locator('xpath=..').getAttribute('aria-posinset')))
      .toBeGreaterThan(500);
    expect(await focused()).toBe(backlog[24]!.id);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(backlog[25]!.id);
  });

  it('plans the last item dragged with the mouse onto a day of the month, still there after a reload', async () => {
    const calendar = calendarDriver(app.page);
    const all = await posts();
    const idea = backlogOrder(all).at(-1)!;
    const status = await callApi(app.page, 'app.status', {});
    // The oldest idea of the sample, for one account: it takes that account's next free slot.
    const account = status.workspace!.accounts.find((item) => item.id === idea.accounts[0])!;
    expect(account).toBeDefined();
    // A day of this month's grid with nothing planned yet, so the post shows in its cell.
    const planned = new Set(
      all.flatMap((post) => (post.plannedAt ? [instantToWallClock(post.plannedAt, ZONE).date] : [])),
    );
    let day = Temporal.PlainDate.from(dateIn(ZONE)).add({ days: 1 });
    while (planned.has(day.toString())) day = day.add({ days: 1 });
    const target = day.toString();
    const taken = all.filter((post) => post.plannedAt && post.accounts.includes(account.id));
    const expected = nextFreeSlot(
      account,
      target,
      taken.map((post) => post.plannedAt!),
      { defaultTime: status.workspace!.settings.defaultTime, zone: idea.zone },
    ).plannedAt;

    await scrollDrawerToEnd(idea.id);
    await calendar.drag(calendar.backlogItem(idea.id), calendar.day(target));

    await calendar.postOn(target, idea.id).waitFor();
    expect(await calendar.backlogItem(idea.id).count()).toBe(0);
    await reloadOnMonth();
    await calendar.postOn(target, idea.id).waitFor();
    const saved = (await posts()).find((post) => post.id === idea.id)!;
    expect(instantToWallClock(saved.plannedAt!, ZONE).date).toBe(target);
    expect(saved.plannedAt).toBe(expected);
  });
});

describe.skipIf(!process.env.CALEPIN_SCREENSHOTS)('screenshots of the long backlog', () => {
  it.each(SCREENSHOT_CASES)('captures it in %s, %s', async (language, theme) => {
    const { page } = app;
    await callApi(page, 'app.setPreferences', { language, theme, calendar: { view: 'month', date: dateIn(ZONE) } });
    await reloadOnMonth();
    // Half-way down the drawer.
    await scroller().evaluate((element) => (element.scrollTop = element.scrollHeight / 2));
    await expect
      .poll(async () => Number(await items().first().locator('xpath=..').getAttribute('aria-posinset')))
      .toBeGreaterThan(900);
    const { shot } = screenshotter(page, language, theme);
    await shot('calendar-long-backlog');
  });
});
