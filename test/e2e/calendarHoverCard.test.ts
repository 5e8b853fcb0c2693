/**
 * The card shown while the pointer rests on a post of the month grid: the post's title and status,
 * each target account's first line, what validation finds wrong with it; it goes when the pointer
 * leaves, and a drag does not leave one behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDriver, callApi, launchOnMonth } from './support/calendar.js';
import type { Calepin } from './support/launchCalepin.js';

let app: Calepin;

beforeAll(async () => {
  app = await launchOnMonth({ width: 1400, height: 1100 });
});

afterAll(async () => {
  await app?.stop();
});

describe('the hover card on the month grid', () => {
  it('shows each account’s first line and the post’s problems once the pointer rests, and goes when it leaves', async () => {
    const { page } = app;
    const calendar = calendarDriver(page);
    const shownId = await calendar.grid.locator('[data-post-id]').first().getAttribute('data-post-id');
    const post = await callApi(page, 'posts.get', { id: shownId! });
    const accounts = (await callApi(page, 'app.status', {})).workspace!.accounts;
    // An X variant longer than X allows, so the card has a problem to tell.
    const x = accounts.find((account) => account.network === 'x')!;
    const long = `Ligne d’ouverture du test\n${'mot '.repeat(120)}`;
    await callApi(page, 'posts.update', {
      id: post.id,
      patch: {
        accounts: [...new Set([...post.accounts, x.id])],
        masterText: long,
        variants: post.variants.map((variant) => ({ ...variant, customised: false })),
      },
    });
    await page.reload();
    await page.locator('.post-row, .calendar-grid').first().waitFor();
    if ((await calendar.grid.count()) === 0) await calendar.showView('Mois');
    const tile = calendar.post(post.id);
    await tile.waitFor();

    await tile.hover();
    const card = page.getByRole('tooltip');
    await card.waitFor();
    expect(await card.locator('strong').first().innerText()).toBe(post.title.trim() || (await tile.innerText()));
    const handles = await card.locator('.hover-card-handle').allInnerTexts();
    expect(handles).toContain(x.handle);
    const lines = await card.locator('.hover-card-text').allInnerTexts();
    expect(lines.every((line) => line === 'Ligne d’ouverture du test')).toBe(true);
    // The X line says it is too long, in French.
    expect(await card.locator('.problem-error').allInnerTexts()).toContain('Texte trop long');

    await page.mouse.move(3, 3);
    await card.waitFor({ state: 'detached' });
  });

  it('leaves no card behind after a post is dragged', async () => {
    const { page } = app;
    const calendar = calendarDriver(page);
    // A post that can move (a published one stays where it went), on the grid.
    const shown = await calendar.grid
      .locator('[data-post-id]')
      .evaluateAll((tiles) => tiles.map((tile) => (tile as HTMLElement).dataset.postId!));
    const movable = (await callApi(page, 'posts.list', {})).find(
      (post) => shown.includes(post.id) && post.status !== 'published',
    )!;
    const id = movable.id;
    const tile = calendar.post(id);
    const from = await callApi(page, 'posts.get', { id });
    const shownOn = await tile.evaluate((element) => element.closest<HTMLElement>('[data-date]')!.dataset.date!);
    const dates = await calendar.grid
      .locator('[role="cell"][data-date]')
      .evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.date!));
    // A day in the middle of the grid, other than the post's.
    const middle = dates.slice(14, 28);
    const date = middle.find((day) => day !== shownOn)!;
    const target = calendar.day(date);
    await calendar.drag(tile, target);
    await calendar.postOn(date, id).waitFor();
    // Away from every post: whatever rested under the pointer during the drop, no card stays.
    await page.mouse.move(3, 3);
    await expect.poll(() => page.getByRole('tooltip').count()).toBe(0);
    expect((await callApi(page, 'posts.get', { id })).plannedAt).not.toBe(from.plannedAt);
  });
});
