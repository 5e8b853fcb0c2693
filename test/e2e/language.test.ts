/** Réglages: the language and the theme are the user's, saved, and still there after a reload. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDriver } from './support/app.js';
import { eventually } from './support/expectations.js';
import { launchCalepin, type Calepin } from './support/launchCalepin.js';

let app: Calepin;

beforeAll(async () => {
  app = await launchCalepin();
});

afterAll(async () => {
  await app?.stop();
});

describe('preferences', () => {
  it('switching to English in Réglages translates the shell, and it stays English after a reload', async () => {
    const { page } = app;
    const shell = appDriver(page);
    await shell.goTo('Réglages');
    await page.getByRole('radio', { name: 'English' }).check();

    await shell.heading('Settings').waitFor();
    expect(await shell.navEntries()).toEqual([
      'Calendar',
      'Compose',
      'Backlog',
      'Media library',
      'Requests',
      'Approval',
      'Exports',
      'Settings',
    ]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await shell.reload();
    await shell.heading('Settings').waitFor();
    expect(await shell.navEntries()).toContain('Calendar');
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);

    await shell.goTo('Calendar');
    await page.locator('.post-row').first().waitFor();
    expect(await page.locator('.status-chip').allInnerTexts()).toContain('Scheduled');
  });

  it('back to « Système » follows the computer’s language again (French here)', async () => {
    const { page } = app;
    const shell = appDriver(page);
    await shell.goTo('Settings');
    await page.getByRole('radio', { name: 'System' }).first().check();
    await shell.heading('Réglages').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
  });

  it('the dark theme is applied at once and kept after a reload', async () => {
    const { page } = app;
    const shell = appDriver(page);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.getByRole('radio', { name: 'Sombre' }).check();
    await eventually(background, (colour) => expect(colour).not.toBe(light));
    await shell.reload();
    await shell.heading('Réglages').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await eventually(background, (colour) => expect(colour).not.toBe(light));
    await page.getByRole('radio', { name: 'Système' }).last().check();
    await eventually(background, (colour) => expect(colour).toBe(light));
  });
});
