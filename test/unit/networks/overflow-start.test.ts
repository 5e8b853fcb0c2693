/**
 * The composer highlights a text from `overflowFrom` on, so that index must be exactly the first
 * character beyond the limit: everything before it fits, and it does not (a link being one unit).
 */
import { describe, expect, it } from 'vitest';
import { NETWORKS } from '../../../core/model/network.js';
import { analyseText, countText } from '../../../core/networks/index.js';

const PIECES = [
  'Le pain du jour sort du four à 7 h. ',
  'l’équipe « Fournil » ',
  'café\u202F! ',
  '🥐 ',
  '👋🏽',
  '🇫🇷 ',
  'e\u0301',
  'https://calepin.example/pain?utm_source=x ',
  'calepin.example ',
  '@marie ',
  '@marie@piaille.fr ',
  '#Lyon ',
  '漢字',
  '\n\n',
  'Fin… ',
];

function generated(seed: number, length: number): string {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648);
  let text = '';
  while (text.length < length) text += PIECES[next() % PIECES.length] ?? '';
  return text;
}

describe('the highlighted overflow starts at the first character beyond the limit', () => {
  for (const network of NETWORKS) {
    it(`on ${network}`, () => {
      for (let seed = 1; seed <= 25; seed++) {
        const limit = 40 + ((seed * 37) % 200);
        const text = generated(seed, limit * 3);
        const { overflowFrom } = countText(network, text, { limit });
        expect(overflowFrom, `${network} seed ${seed}`).not.toBeNull();
        const from = overflowFrom ?? 0;
        const { starts } = analyseText(text);
        // A link counts as a whole (23 on X and Mastodon, shortened on Bluesky): it is the unit then.
        const word = /^\S*/.exec(text.slice(from))?.[0] ?? '';
        const next = word.includes('http') ? from + word.length : (starts.find((s) => s > from) ?? text.length);
        expect(
          countText(network, text.slice(0, from), { limit }).length,
          `fits before, seed ${seed}`,
        ).toBeLessThanOrEqual(limit);
        expect(countText(network, text.slice(0, next), { limit }).length, `not with it, seed ${seed}`).toBeGreaterThan(
          limit,
        );
      }
    });
  }
});
