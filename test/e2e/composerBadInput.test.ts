/**
 * Bad input in Rédaction: a 200,000-character paste leaves the window responsive (a click right
 * after it is handled) and the counters end on the right over-limit numbers; invisible characters
 * in it are flagged with their position. No timing is asserted: only that things happen.
 */
import twitterText from 'twitter-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composerDriver } from './support/composer.js';
import { editorDriver } from './support/editor.js';
import { eventually } from './support/expectations.js';
import { launchCalepin, type Calepin } from './support/launchCalepin.js';

const X = 'fds-x';
const BLUESKY = 'fds-bluesky';
const MASTODON = 'fds-mastodon';

const SENTENCE = 'Le pain du jour sort du four à 7 h. ';
const SIZE = 200_000;
const ZERO_WIDTH_AT = 1_000;
const BIDI_AT = 150_000;

/** 200,000 characters of prose, one character of it a zero-width space and another a bidi override. */
function longPaste(): string {
  const prose = SENTENCE.repeat(Math.ceil(SIZE / SENTENCE.length)).slice(0, SIZE);
  const chars = [...prose];
  chars[ZERO_WIDTH_AT] = '\u200B';
  chars[BIDI_AT] = '\u202E';
  return chars.join('');
}

let app: Calepin;

beforeAll(async () => {
  app = await launchCalepin();
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

afterAll(async () => {
  await app?.stop();
});

describe('a 200,000-character paste', () => {
  it('keeps the window answering, then counts it exactly on every tab and flags its invisible characters', async () => {
    const { page } = app;
    const editor = editorDriver(page);
    const composer = composerDriver(page);
    await editor.newPost();
    for (const account of [
      /^@FournilsSaone · X/,
      /^@fournilsdesaone\.fr · Bluesky/,
      /^@fournils@piaille\.fr · Mastodon/,
    ])
      await editor.account(account).check();
    await composer.tab(MASTODON).waitFor();

    const text = longPaste();
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await editor.text.focus();
    await page.keyboard.press('Control+V');

    // The window still takes clicks and keys: choose another variant, then give the post a title.
    await composer.tab(BLUESKY).click();
    await expect.poll(() => composer.tab(BLUESKY).getAttribute('aria-selected')).toBe('true');
    await editor.title.fill('Collé depuis un PDF');
    await expect.poll(() => editor.title.inputValue()).toBe('Collé depuis un PDF');
    expect(await editor.text.evaluate((area: HTMLTextAreaElement) => area.value.length)).toBe(SIZE);

    // Bluesky and Mastodon count graphemes (each character here is one); X weighs as twitter-text does.
    const xLength = twitterText.parseTweet(text).weightedLength;
    for (const [id, length] of [
      [X, xLength],
      [BLUESKY, SIZE],
      [MASTODON, SIZE],
    ] as const) {
      const limit = await composer.limit(id);
      await eventually(
        () => composer.remaining(id),
        (remaining) => expect(remaining, id).toBe(limit - length),
        60_000,
      );
    }
    await expect.poll(() => page.locator('section.variants[aria-busy="true"]').count()).toBe(0);

    // Positions are 1-based for people, grouped by thousands the French way (narrow no-break space).
    const problems = await composer.problems.allInnerTexts();
    expect(problems).toContain('Caractère invisible U+200B (ZERO WIDTH SPACE) en position 1\u202F001');
    expect(problems).toContain('Caractère invisible U+202E (RIGHT-TO-LEFT OVERRIDE) en position 150\u202F001');
  });
});
