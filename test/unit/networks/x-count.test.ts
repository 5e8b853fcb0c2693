import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { countText } from '../../../core/networks/index.js';

const x = (text: string, limit?: number) => countText('x', text, limit === undefined ? {} : { limit });

// Vectors from twitter/twitter-text conformance/tests/validate.yml (WeightedTweetsWithDiscountedEmoji
// CounterTest, lengths) and docs.x.com/fundamentals/counting-characters.
describe('X counts like twitter-text v3', () => {
  it('a French post with an emoji counts the emoji as 2', () => {
    expect(x('Bonne journée 😊').length).toBe(14 + 2);
  });

  it('accents, curly quotes, guillemets and dashes weigh 1, but the ellipsis … weighs 2', () => {
    expect(x('« L’été » — déjà').length).toBe(16);
    expect(x('déjà…').length).toBe(6);
    expect(x('déjà...').length).toBe(7);
  });

  it('a link counts 23 whatever its length, with or without https://', () => {
    expect(x('Hi http://test.co').length).toBe(26);
    expect(x('http://test.co').length).toBe(23);
    expect(x('test.com').length).toBe(23);
    expect(x('Test https://test.com test https://test.com test.com test').length).toBe(86);
    expect(x('https://www.exemple.fr/un/chemin/vraiment/tres/long?utm_source=newsletter').length).toBe(23);
  });

  it('a family, a skin tone, a ZWJ pair and a flag are 2 each', () => {
    expect(x('👨‍👩‍👧‍👦').length).toBe(2);
    expect(x('🙋🏽').length).toBe(2);
    expect(x('👨‍🎤').length).toBe(2);
    expect(x('🇫🇷').length).toBe(2);
    expect(x('H🐱☺👨‍👩‍👧‍👦').length).toBe(7);
  });

  it('Unicode 10 emoji are discounted too', () => {
    expect(x('Unicode 10.0 emoji: 🤪; 🧕; 🧕🏾; 🏴󠁧󠁢󠁥󠁮󠁧󠁿').length).toBe(34);
  });

  it('CJK weighs 2: 160 characters are 320 and overflow after the 140th', () => {
    const poem =
      '故人西辞黄鹤楼，烟花三月下扬州。孤帆远影碧空尽，唯见长江天际流。朱雀桥边野草花，乌衣巷口夕阳斜。旧时王谢堂前燕，飞入寻常百姓家。朝辞白帝彩云间，千里江陵一日还。两岸猿声啼不住，轻舟已过万重山。泪湿罗巾梦不成，夜深前殿按歌声。红颜未老恩先断，斜倚薰笼坐到明。独在异乡为异客，每逢佳节倍思亲。遥知兄弟登高处，遍插茱萸少一人。';
    const result = x(poem);
    expect(result.length).toBe(320);
    expect(result.overflowFrom).toBe(140);
    expect(x(`the${poem}`).overflowFrom).toBe(141);
  });

  it('general punctuation spaces and dashes weigh 1', () => {
    const text =
      'This is a tweet with general punctuation characters: \u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u200C\u200D ‐ ‑ ‒ – — ― ‖  ‗ ‘ ’ ‚ ‛ “ ” „ ‟ ′ ″ ‴ ‵ ‶ ‷';
    expect(x(text).length).toBe(112);
  });

  it('shows where a long post passes 280, at the first character that does not fit', () => {
    const long = '285 chars-' + 'xxxxxxxxxx-'.repeat(25);
    const result = x(long);
    expect(result).toMatchObject({ length: 285, remaining: -5, valid: false, overflowFrom: 280, problem: 'too_long' });
    const withUrl = `285 chars- http://www.twitter.com/jack ${'xxxxxxxxxx-'.repeat(24)}`;
    expect(x(withUrl)).toMatchObject({ length: 299, overflowFrom: 284 });
  });

  it('a link that does not fit is highlighted from its start', () => {
    const text = `${'a'.repeat(270)} https://example.com/page`;
    expect(x(text)).toMatchObject({ length: 294, overflowFrom: 271 });
  });

  it('a decomposed é (pasted from a PDF) counts 1 and the highlight lands on the right letter', () => {
    const text = 'e\u0301'.repeat(300);
    expect(x(text)).toMatchObject({ length: 300, overflowFrom: 560 });
  });

  it('a 280-character post fits exactly, an empty one does not', () => {
    expect(x('a'.repeat(280))).toMatchObject({ length: 280, remaining: 0, valid: true, overflowFrom: null });
    expect(x('')).toMatchObject({ length: 0, valid: false, problem: 'empty' });
    expect(countText('x', '', { hasMedia: true }).valid).toBe(true);
  });

  it('U+FEFF, U+FFFE and U+FFFF make the post invalid without moving the count', () => {
    const result = x('ABC\u202A\uFFFFABC\uFFFE');
    expect(result).toMatchObject({ length: 12, valid: false, problem: 'invalid_character', overflowFrom: null });
  });

  it('an X Premium account writes up to 25,000', () => {
    const result = x('a'.repeat(3000), 25_000);
    expect(result).toMatchObject({ length: 3000, limit: 25_000, remaining: 22_000, valid: true });
  });
});

/** A deterministic mix of everything that makes twitter-text's count non-trivial. */
function randomPost(seed: number): string {
  const pieces = [
    'Bonjour',
    'à',
    'tous',
    '«\u00A0guillemets\u00A0»',
    'déjà',
    'e\u0301te\u0301',
    'https://exemple.fr/a?b=c',
    'exemple.com',
    'www.site.fr/page.',
    '😀',
    '👨‍👩‍👧',
    '🇫🇷',
    '漢字',
    '@marie',
    '#Fête',
    'x.co',
    '(http://a.io/x)',
    'fin.',
    'Ok!',
    '\n',
    '\n\n',
  ];
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648);
  const words: string[] = [];
  const n = 20 + (next() % 200);
  for (let i = 0; i < n; i++) words.push(pieces[next() % pieces.length] ?? '');
  return words.join(next() % 3 === 0 ? '. ' : ' ');
}

describe('X counting by pieces (recount only what changed) equals one parse of the whole text', () => {
  it('on 300 generated posts, length and overflow match twitter-text exactly', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = randomPost(seed);
      const whole = twitterText.parseTweet(text);
      const ours = x(text);
      expect(ours.length, text).toBe(whole.weightedLength);
      if (whole.weightedLength > 280 && text === text.normalize('NFC')) {
        expect(ours.overflowFrom, text).toBe(whole.validRangeEnd + 1);
      }
    }
  });
});
