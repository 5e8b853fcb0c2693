/**
 * A picture dragged from the calendar drawer's media strip onto a day starts a draft on that day
 * with the picture attached (issue 5: "drag an image from the library onto a calendar day").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, launchOnMonth } from './support/calendar.js';
import { dateIn } from './support/calepinFiles.js';
import type { Calepin } from './support/launchCalepin.js';

let app: Calepin;

beforeAll(async () => {
  app = await launchOnMonth({ width: 1400, height: 1300 });
});

afterAll(async () => {
  await app?.stop();
});

describe('a library picture dropped on a calendar day', () => {
  it('opens a new draft planned that day with the picture attached', async () => {
    const page = app.page;
    const media = await callApi(page, 'media.list', {});
    expect(media.length).toBeGreaterThan(0);
    await page.locator('.backlog-media summary').click();
    const item = page.locator('.backlog-media [data-media-id]').first();
    await item.waitFor();
    const mediaId = await item.getAttribute('data-media-id');

    const day = dateIn('Europe/Paris');
    await item.dragTo(page.locator(`.calendar-grid [data-date="${day}"]`).first());

    // The composer opens on a new draft dated that day; the picture waits in every account's variant.
    const dateField = page.locator('.editor-side input[placeholder="jj/mm/aaaa"]');
    await expect.poll(() => dateField.inputValue()).toBe(day.split('-').reverse().join('/'));
    await page.locator('.account-picker input[type="checkbox"]').first().check();
    await page.locator(`.variant-media-item[data-media-id="${mediaId}"]`).first().waitFor();
  });
});
