/**
 * French typography in the French catalog, checked as data: a narrow no-break space (U+202F) before
 * ; : ! ? and inside « », and the typographic apostrophe ’. A straight quote or a plain space there
 * is a bug a French reader sees at once (and a line break before « ? » is worse).
 */
import { describe, expect, it } from 'vitest';
import { flatten, loadCatalog } from './support/catalogs.js';

const NNBSP = '\u202f';
const fr = flatten(loadCatalog('fr'));

function violations(check: (text: string) => string[]): string[] {
  const found: string[] = [];
  for (const [key, text] of fr)
    for (const problem of check(text)) found.push(`${key}: ${problem} in ${JSON.stringify(text)}`);
  return found;
}

describe('French typography in fr.json', () => {
  it('has a narrow no-break space before every ; : ! ?', () => {
    // A colon glued on both sides is a separator (09:30, 16:9), not punctuation.
    expect(
      violations((text) =>
        [...text.matchAll(/[;!?]|:(?=\s|$)/g)]
          .filter((match) => text[match.index - 1] !== NNBSP)
          .map((match) => `« ${match[0]} » at ${match.index} without U+202F before it`),
      ),
    ).toEqual([]);
  });

  it('puts narrow no-break spaces inside « guillemets »', () => {
    expect(
      violations((text) => [
        ...[...text.matchAll(/«/g)]
          .filter((m) => text[m.index + 1] !== NNBSP)
          .map((m) => `« at ${m.index} not followed by U+202F`),
        ...[...text.matchAll(/»/g)]
          .filter((m) => text[m.index - 1] !== NNBSP)
          .map((m) => `» at ${m.index} not preceded by U+202F`),
      ]),
    ).toEqual([]);
  });

  it('leaves no stray space before a colon used as a separator', () => {
    expect(violations((text) => (/\s:(?=\S)/.test(text) ? ['space before a separator colon'] : []))).toEqual([]);
  });

  it('uses the typographic apostrophe and no straight quotes', () => {
    expect(violations((text) => (/['"]/.test(text) ? ['straight quote'] : []))).toEqual([]);
  });

  it('has no ordinary or no-break space glued to a narrow no-break space', () => {
    expect(
      violations((text) => (/[ \u00a0]\u202f|\u202f[ \u00a0]/.test(text) ? ['double space around U+202F'] : [])),
    ).toEqual([]);
  });

  it('writes ellipses as one character', () => {
    expect(violations((text) => (text.includes('...') ? ['three dots instead of …'] : []))).toEqual([]);
  });
});
