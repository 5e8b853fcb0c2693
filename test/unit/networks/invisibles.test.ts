import { describe, expect, it } from 'vitest';
import { findInvisibles } from '../../../core/networks/index.js';

const names = (text: string) => findInvisibles(text).map((i) => [i.index, i.hex, i.name, i.kind]);

describe('invisible characters are flagged with their position and name', () => {
  it('a zero-width space pasted from a website', () => {
    expect(names('Bon\u200Bjour')).toEqual([[3, 'U+200B', 'ZERO WIDTH SPACE', 'zero-width']]);
  });

  it('bidi overrides and isolates that can reverse a displayed link', () => {
    expect(names('a\u202Eb\u2066c\u2069')).toEqual([
      [1, 'U+202E', 'RIGHT-TO-LEFT OVERRIDE', 'bidi'],
      [3, 'U+2066', 'LEFT-TO-RIGHT ISOLATE', 'bidi'],
      [5, 'U+2069', 'POP DIRECTIONAL ISOLATE', 'bidi'],
    ]);
  });

  it('control characters, but not line feeds nor Windows line ends', () => {
    expect(names('a\tb\u0007c\nd\r\ne\rf')).toEqual([
      [1, 'U+0009', 'CHARACTER TABULATION', 'control'],
      [3, 'U+0007', 'BELL', 'control'],
      [10, 'U+000D', 'CARRIAGE RETURN', 'control'],
    ]);
  });

  it('a byte-order mark and a soft hyphen from a Word document', () => {
    expect(names('\uFEFFcoo\u00ADpé')).toEqual([
      [0, 'U+FEFF', 'ZERO WIDTH NO-BREAK SPACE', 'zero-width'],
      [4, 'U+00AD', 'SOFT HYPHEN', 'zero-width'],
    ]);
  });

  it('a broken emoji: lone surrogates are invalid', () => {
    expect(names('ok\uD83D')).toEqual([[2, 'U+D83D', '<surrogate-D83D>', 'invalid']]);
  });

  it('hidden tag letters (ASCII smuggling), but not the ones inside a Scotland flag', () => {
    expect(names('🏴󠁧󠁢󠁳󠁣󠁴󠁿')).toEqual([]);
    expect(names('hi\u{E0068}\u{E0069}')).toEqual([
      [2, 'U+E0068', 'TAG LATIN SMALL LETTER H', 'zero-width'],
      [4, 'U+E0069', 'TAG LATIN SMALL LETTER I', 'zero-width'],
    ]);
  });

  it('leaves emoji joiners, no-break spaces and French typography alone', () => {
    expect(findInvisibles('👨‍👩‍👧 «\u00A0Oui\u202F!\u00A0» ❤️')).toEqual([]);
  });

  it('flags a joiner that joins nothing', () => {
    expect(names('a\u200Db')).toEqual([[1, 'U+200D', 'ZERO WIDTH JOINER', 'zero-width']]);
  });
});
