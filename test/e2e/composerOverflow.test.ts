/**
 * The part of a variant beyond its limit, highlighted in the text itself: the mark starts exactly at
 * the first character the network refuses (twitter-text's own answer for X, emoji and links
 * included), the layer behind the textarea lays the text out exactly as the textarea does, and a
 * variant that follows the master catches up with what is typed there.
 */
import twitterText from 'twitter-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composerDriver } from './support/composer.js';
import { editorDriver } from './support/editor.js';
import { launchCalepin, type Calepin } from './support/launchCalepin.js';

const X = 'fds-x';

// Emoji weigh 2 on X and a link 23 whatever its length: the limit falls well before character 280.
const TEXT =
  'Le pain du jour sort du four à 7 h 🥐, la brioche à 8 h 🎉. ' +
  'Tout est sur https://calepin.example/boulangerie/horaires?utm_source=x, rubrique « nos adresses ». '.repeat(4) +
  'Et pour les pressés, les précommandes ouvrent vendredi soir sur notre site.';

/** What twitter-text itself says is past the limit. */
function beyondLimit(text: string): string {
  const parsed = twitterText.parseTweet(text);
  return text.slice(parsed.validRangeEnd + 1);
}

let app: Calepin;

beforeAll(async () => {
  app = await launchCalepin();
});

afterAll(async () => {
  await app?.stop();
});

describe('the overflow highlight', () => {
  it('starts at the first character beyond X’s limit and lines up with the textarea’s text', async () => {
    const { page } = app;
    const editor = editorDriver(page);
    const composer = composerDriver(page);
    await editor.newPost();
    await editor.account(/^@FournilsSaone · X/).check();
    await composer.select(X);
    await editor.text.fill(TEXT);

    expect(twitterText.parseTweet(TEXT).valid).toBe(false);
    await expect.poll(() => composer.overflow.textContent()).toBe(beyondLimit(TEXT));
    expect(await composer.variantText.inputValue()).toBe(TEXT);

    // Same box, same text styles, same wrapping: the backdrop is as tall as the textarea's content.
    const layout = await composer.variantText.locator('xpath=..').evaluate((wrapper) => {
      const backdrop = wrapper.querySelector<HTMLElement>('.highlighted-backdrop')!;
      const area = wrapper.querySelector('textarea')!;
      const properties = [
        'font-family',
        'font-size',
        'font-weight',
        'font-kerning',
        'font-variant-ligatures',
        'font-feature-settings',
        'text-rendering',
        'letter-spacing',
        'word-spacing',
        'line-height',
        'white-space',
        'overflow-wrap',
        'word-break',
        'tab-size',
        'padding-left',
        'padding-right',
        'padding-top',
        'border-left-width',
        'border-top-width',
        'box-sizing',
      ];
      const a = getComputedStyle(backdrop);
      const b = getComputedStyle(area);
      return {
        differing: properties.filter((p) => a.getPropertyValue(p) !== b.getPropertyValue(p)),
        widths: [backdrop.clientWidth, area.clientWidth],
        heights: [backdrop.scrollHeight, area.scrollHeight],
      };
    });
    expect(layout.differing).toEqual([]);
    expect(layout.widths[0]).toBe(layout.widths[1]);
    expect(layout.heights[0]).toBe(layout.heights[1]);
  });

  it('follows what is typed in the master text, and shows nothing when the text fits', async () => {
    const { page } = app;
    const editor = editorDriver(page);
    const composer = composerDriver(page);
    await editor.text.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Merci !');
    const typed = `${TEXT} Merci !`;
    await expect.poll(() => composer.variantText.inputValue()).toBe(typed);
    await expect.poll(() => composer.overflow.textContent()).toBe(beyondLimit(typed));

    await editor.text.fill('Bonjour Lyon');
    await expect.poll(() => composer.variantText.inputValue()).toBe('Bonjour Lyon');
    await expect.poll(() => composer.overflow.count()).toBe(0);
    expect(await composer.variantText.locator('xpath=..').locator('.highlighted-backdrop').textContent()).toBe('');
  });

  it('loses nothing typed in the master when the writer goes straight on into the variant', async () => {
    const { page } = app;
    const editor = editorDriver(page);
    const composer = composerDriver(page);
    await editor.text.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' et Villeurbanne');
    await composer.variantText.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' !');
    await expect.poll(() => composer.variantText.inputValue()).toBe('Bonjour Lyon et Villeurbanne !');
    await composer.badge.filter({ hasText: 'Personnalisé' }).waitFor();
  });

  it('marks a customised variant as it is typed in', async () => {
    const { page } = app;
    const composer = composerDriver(page);
    await composer.variantText.fill('a'.repeat(279));
    await composer.variantText.press('End');
    await page.keyboard.type('bcd');
    await expect.poll(() => composer.overflow.textContent()).toBe('cd');
  });
});
