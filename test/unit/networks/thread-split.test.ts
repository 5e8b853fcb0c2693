import { describe, expect, it } from 'vitest';
import { countText, splitThread } from '../../../core/networks/index.js';

const SENTENCES = [
  'Le festival ouvre ses portes samedi à 10 h.',
  'Au programme\u202F: concerts, ateliers et marché de créateurs\u202F!',
  'Venez nombreux avec vos enfants, l’entrée est gratuite jusqu’à 12 ans.',
  'Infos et billets sur https://www.exemple-festival.fr/programme/2026/samedi-et-dimanche?utm_source=calepin.',
  'Nous avons hâte de vous retrouver 🎉',
];
const LONG = Array.from({ length: 6 }, () => SENTENCES.join(' ')).join('\n\n');

describe('a long text is split into a numbered thread', () => {
  for (const network of ['x', 'bluesky', 'mastodon', 'threads'] as const) {
    it(`every ${network} part fits once its " k/n" is counted`, () => {
      const parts = splitThread(network, LONG, { numbering: true });
      expect(parts.length).toBeGreaterThan(1);
      parts.forEach((part, i) => {
        expect(part.endsWith(` ${i + 1}/${parts.length}`)).toBe(true);
        expect(countText(network, part).length, part).toBeLessThanOrEqual(countText(network, part).limit);
      });
    });
  }

  it('cuts at sentence ends when it can', () => {
    const parts = splitThread('x', LONG, { numbering: true });
    for (const part of parts.slice(0, -1)) expect(part).toMatch(/[.!?🎉] \d+\/\d+$/u);
  });

  it('never cuts inside a link: every part holds it whole or not at all', () => {
    for (const network of ['x', 'bluesky', 'mastodon', 'threads'] as const) {
      for (const part of splitThread(network, LONG, { numbering: true })) {
        if (part.includes('exemple-festival'))
          expect(part).toContain(
            'https://www.exemple-festival.fr/programme/2026/samedi-et-dimanche?utm_source=calepin',
          );
      }
    }
  });

  it('keeps "Bonjour !" together when the space before "!" is an ordinary one', () => {
    const text = `${'mot '.repeat(68)}Bonjour !`;
    const parts = splitThread('x', text, { numbering: true });
    expect(parts.every((p) => !/^!/.test(p))).toBe(true);
  });

  it('falls back to word boundaries for one very long sentence, and rejoins to the same words', () => {
    const sentence = Array.from({ length: 120 }, (_, i) => `mot${i}`).join(' ');
    const parts = splitThread('x', sentence, { numbering: false });
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join(' ')).toBe(sentence);
  });

  it('cuts a word longer than a part between graphemes, never inside an emoji', () => {
    const parts = splitThread('bluesky', '🇫🇷'.repeat(400), { numbering: false });
    expect(parts.map((p) => countText('bluesky', p).length)).toEqual([300, 100]);
    expect(parts.join('')).toBe('🇫🇷'.repeat(400));
  });

  it('numbers with two digits when the thread has ten parts or more', () => {
    const parts = splitThread('x', 'Une phrase assez longue pour remplir. '.repeat(120), { numbering: true });
    expect(parts.length).toBeGreaterThanOrEqual(10);
    expect(parts.at(-1)).toMatch(new RegExp(` ${parts.length}/${parts.length}$`));
    for (const part of parts) expect(countText('x', part).valid).toBe(true);
  });

  it('a text that fits stays one unnumbered part', () => {
    expect(splitThread('x', '  Court et bon.  ', { numbering: true })).toEqual(['Court et bon.']);
  });

  it('a network without threads gets the text back whole', () => {
    expect(splitThread('linkedin', 'a '.repeat(4000), { numbering: true })).toHaveLength(1);
  });

  it('a Mastodon instance limit sets the part size', () => {
    const parts = splitThread('mastodon', LONG, { numbering: true, limit: 1000 });
    expect(parts.length).toBeLessThan(splitThread('mastodon', LONG, { numbering: true }).length);
    for (const part of parts) expect(countText('mastodon', part, { limit: 1000 }).valid).toBe(true);
  });
});

describe('a Bluesky thread also respects the 3,000-byte ceiling', () => {
  it('200 families split into parts of at most 3,000 bytes, not 300 graphemes', () => {
    const family = '👨‍👩‍👧‍👦 ';
    const parts = splitThread('bluesky', family.repeat(200), { numbering: true });
    for (const part of parts) expect(countText('bluesky', part).valid, part).toBe(true);
    expect(parts.length).toBeGreaterThan(1);
  });
});
