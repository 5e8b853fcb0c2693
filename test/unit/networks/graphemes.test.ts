import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../core/networks/index.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const reference = (text: string) => [...segmenter.segment(text)].map((s) => s.index);

const PIECES = [
  'a',
  'é',
  'e\u0301',
  ' ',
  '\u202F',
  '!',
  '’',
  '«',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '😀',
  '👨‍👩‍👧‍👦',
  '👋🏽',
  '🇫🇷',
  '🇫',
  '©',
  '©\uFE0F',
  '\u200D',
  '\u200B',
  '\u0301',
  '한',
  '\u1100\u1161',
  'न',
  'मस्ते',
  'क्ष',
  '\u0600',
  '\uD800',
  '\uDC00',
  '#️⃣',
  'ℹ',
  '…',
  'œ',
  'ß',
  '漢',
  '\u00AD',
  '\u2028',
  '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  'x\u0308\u0301',
];

function generated(seed: number): string {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648);
  let text = '';
  const n = 1 + (next() % 60);
  for (let i = 0; i < n; i++) text += PIECES[next() % PIECES.length] ?? '';
  return text;
}

describe('the shared segmentation gives exactly Intl.Segmenter’s graphemes', () => {
  it('on 3,000 generated strings mixing accents, emoji, controls, Hangul, Indic and broken surrogates', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const text = generated(seed);
      expect([...analyseText(text).starts], JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it('every character the fast path trusts is a grapheme of its own next to any other', () => {
    const ranges: [number, number][] = [
      [0x20, 0x7e],
      [0xa0, 0xac],
      [0xae, 0x2ff],
      [0x2000, 0x200a],
      [0x2010, 0x2027],
      [0x202f, 0x205f],
      [0x20a0, 0x20c0],
    ];
    for (const [from, to] of ranges) {
      for (let cp = from; cp <= to; cp++) {
        const c = String.fromCharCode(cp);
        const text = `a${c}${c}é${c}\u00a0${c}`;
        expect(reference(text), c).toEqual([0, 1, 2, 3, 4, 5, 6]);
        expect([...analyseText(text).starts]).toEqual([0, 1, 2, 3, 4, 5, 6]);
      }
    }
  });

  it('counts code points and UTF-8 bytes alongside', () => {
    const a = analyseText('é😀a');
    expect(a).toMatchObject({ graphemes: 3, codePoints: 3, utf8Bytes: 2 + 4 + 1 });
  });
});

describe('the pictograph fast path and the chunk cuts keep Intl.Segmenter’s answer', () => {
  it('every emoji pictograph U+1F300–U+1FAFF, alone or next to accents, marks, modifiers, joiners and lone surrogates', () => {
    const contexts = [
      'a{}b',
      '{}{}',
      '. {}é',
      '{}\u{1F3FB}',
      '{}\uFE0F',
      '{}\u200D{}',
      '{}\u0301',
      'e\u0301{} ',
      '\n{}\r\n',
      // Broken pairs next to a pictograph: a lone high or low surrogate is a grapheme of its own.
      '{}\uD83C',
      '\uDF89{}',
      '\uD83C{}\uDF89 ',
    ];
    for (let cp = 0x1f300; cp <= 0x1faff; cp++) {
      const c = String.fromCodePoint(cp);
      for (const context of contexts) {
        const text = context.replaceAll('{}', c);
        expect([...analyseText(text).starts], `${cp.toString(16)} in ${JSON.stringify(context)}`).toEqual(
          reference(text),
        );
      }
    }
  });

  it('sentences whose next one starts with a combining mark, an emoji or a flag are not cut apart wrongly', () => {
    const pieces = [
      'Fin. ',
      'Oui\u202F! ',
      'Quoi\u202F? ',
      'Bon… ',
      '\n',
      '\u0301',
      '🇫🇷',
      '👋🏽',
      'é',
      ' ',
      '\u200D',
      '😀',
    ];
    for (let seed = 1; seed <= 2000; seed++) {
      let s = seed;
      const next = () => (s = (s * 1103515245 + 12345) % 2147483648);
      let text = '';
      for (let i = 0, n = 1 + (next() % 30); i < n; i++) text += pieces[next() % pieces.length] ?? '';
      expect([...analyseText(text).starts], JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it('flags Threads’ emoji the same way with and without the fast path', () => {
    const text = 'Pain 🥐 et 🌡 puis 🎉🎉 fin. 👋🏽 ok';
    const emoji = [...segmenter.segment(text)]
      .filter((s) => /[\p{Emoji_Presentation}\uFE0F\u20E3]/u.test(s.segment))
      .flatMap((s) => [s.index, s.index + s.segment.length]);
    expect(analyseText(text).emoji).toEqual(emoji);
  });
});
