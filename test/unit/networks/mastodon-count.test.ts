import { describe, expect, it } from 'vitest';
import { countAll, countText } from '../../../core/networks/index.js';
import { mastodonReplacements } from '../../../core/networks/count-mastodon.js';

const masto = (text: string, options = {}) => countText('mastodon', text, options);

// Vectors from mastodon/mastodon spec/validators/status_length_validator_spec.rb and
// docs.joinmastodon.org/user/posting ("links … counted as 23 characters", "only the username part").
describe('Mastodon counts like its server', () => {
  it('a 476-letter post with a long link fits exactly: the link counts 23', () => {
    const text = `${'a'.repeat(476)} http://${'b'.repeat(30)}.com/example`;
    expect(masto(text)).toMatchObject({ length: 500, valid: true });
  });

  it('a remote mention counts only its @user part', () => {
    const text = `${'a'.repeat(475)} @alice@${'b'.repeat(30)}.com`;
    expect(masto(text)).toMatchObject({ length: 475 + 1 + '@alice'.length, valid: true });
    expect(masto('Merci @marie@piaille.fr !').length).toBe('Merci @marie !'.length);
  });

  it('a local mention counts in full', () => {
    expect(masto('Merci @marie !').length).toBe(14);
  });

  it('a link without http(s):// is not discounted', () => {
    expect(masto('exemple.fr/un/chemin/tres/long/vers/une/page').length).toBe(44);
  });

  it('an emoji sequence is one character', () => {
    expect(masto('👨‍👩‍👧‍👦 🇫🇷').length).toBe(3);
  });

  it('the content warning counts toward the same 500', () => {
    expect(masto('b'.repeat(251), { spoiler: 'a'.repeat(250) })).toMatchObject({
      length: 501,
      valid: false,
      overflowFrom: 250,
    });
    expect(masto('', { spoiler: 'a'.repeat(520) })).toMatchObject({ length: 520, valid: false, overflowFrom: 0 });
  });

  it('a text over 500 is invalid and highlighted from the 501st character', () => {
    expect(masto('a'.repeat(520))).toMatchObject({ length: 520, valid: false, overflowFrom: 500, problem: 'too_long' });
  });

  it('an instance with a 5,000 limit accepts a longer post', () => {
    expect(masto('a'.repeat(1200), { limit: 5000 })).toMatchObject({ limit: 5000, remaining: 3800, valid: true });
  });

  it('a mention whose domain is longer than 253 gets no discount', () => {
    const domain = `${'d'.repeat(250)}.com`;
    expect(masto(`@bob@${domain}`).length).toBe(1 + 3 + 1 + domain.length);
  });

  it('a mention inside a link is part of the link', () => {
    expect(masto('https://piaille.fr/@alice@example.com').length).toBe(23);
    expect(mastodonReplacements('https://piaille.fr/@alice@example.com')).toEqual([{ start: 0, end: 37, weight: 23 }]);
  });

  it('a blank text counts 0 and is empty unless media is attached', () => {
    expect(masto('   ')).toMatchObject({ length: 0, valid: false, problem: 'empty' });
    expect(masto('   ', { hasMedia: true }).valid).toBe(true);
  });

  it('a Mastodon account with its own instance limit is counted against it in countAll', () => {
    const [mastodon, x] = countAll('a'.repeat(600), [
      { network: 'mastodon', id: 'acc-1', instanceLimit: 1000 },
      { network: 'x', id: 'acc-2', instanceLimit: 1000 },
    ]);
    expect(mastodon).toMatchObject({ network: 'mastodon', id: 'acc-1', limit: 1000, valid: true });
    expect(x).toMatchObject({ network: 'x', id: 'acc-2', limit: 280, valid: false });
  });
});

describe('Mastodon counting by pieces equals the server’s rewrite of the whole text', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const pieces = [
    'Salut',
    'é',
    'e\u0301',
    '😀',
    '👨‍👩‍👧',
    '@bob',
    '@alice@piaille.fr',
    'https://ex.fr/a?b=c',
    'http://x.io',
    'ex.fr',
    '.',
    '!',
    '\n',
    '\u0301',
    '\u200D',
    '#Fête',
  ];
  it('on 300 generated statuses, replacing entities literally gives the same grapheme count', () => {
    let s = 7;
    const next = () => (s = (s * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let i = 0, k = 5 + (next() % 80); i < k; i++)
        text += (pieces[next() % pieces.length] ?? '') + (next() % 4 === 0 ? '. ' : ' ');
      let rewritten = '';
      let last = 0;
      for (const r of mastodonReplacements(text)) {
        rewritten += text.slice(last, r.start) + 'x'.repeat(r.weight);
        last = r.end;
      }
      rewritten += text.slice(last);
      expect(masto(text).length, text).toBe([...segmenter.segment(rewritten)].length);
    }
  });
});
