import { describe, expect, it } from 'vitest';
import { fixTypography, typographyIssues } from '../../../core/lint/typography.js';
import { countText } from '../../../core/networks/index.js';

const N = '\u202F';
const codes = (text: string) => typographyIssues(text).map((i) => i.code);

describe('French typography: narrow no-break spaces', () => {
  it('« Bonjour ! » gets its narrow spaces, 12:30 and https://x.fr/a:b do not', () => {
    expect(fixTypography('« Bonjour ! »')).toBe(`«${N}Bonjour${N}!${N}»`);
    expect(fixTypography('«Bonjour!»')).toBe(`«${N}Bonjour${N}!${N}»`);
    const text = 'Rendez-vous à 12:30, tout est sur https://x.fr/a:b et x.fr/c?d';
    expect(typographyIssues(text)).toEqual([]);
    expect(fixTypography(text)).toBe(text);
  });

  it('a missing or ordinary space before ; : ! ? is flagged at the punctuation, with its fix', () => {
    const [issue] = typographyIssues('Vraiment?');
    expect(issue).toMatchObject({
      code: 'typo_space_before_punctuation',
      severity: 'warning',
      params: { char: '?' },
      range: { start: 8, end: 9 },
      fix: { start: 8, end: 8, insert: N },
    });
    expect(fixTypography('Attention : nouveauté ; venez vite !')).toBe(`Attention${N}: nouveauté${N}; venez vite${N}!`);
  });

  it('"?!" and "!!!" take one space, before the first mark', () => {
    expect(fixTypography('Quoi?!')).toBe(`Quoi${N}?!`);
    expect(fixTypography('Génial !!!')).toBe(`Génial${N}!!!`);
  });

  it('a no-break space typed by Word (U+00A0) is accepted', () => {
    expect(typographyIssues('Bonjour\u00A0!')).toEqual([]);
  });

  it('emoticons, @mentions, #hashtags and `code` are left alone', () => {
    for (const text of [
      'Merci :) à demain ;-)',
      'Salut @paul@mastodon.social',
      'Tapez `a:b!` ici',
      'Ratio 16:9, score 2:1',
    ]) {
      expect(fixTypography(text)).toBe(text);
    }
  });

  it('a #hashtag stays whole: the space goes after it', () => {
    expect(fixTypography('Vive la #Pâtisserie!')).toBe(`Vive la #Pâtisserie${N}!`);
  });

  it('a colon ending a line or starting one is no reason to touch it', () => {
    expect(fixTypography('Au menu :\n- croissants')).toBe(`Au menu${N}:\n- croissants`);
    expect(fixTypography('! début')).toBe('! début');
  });
});

describe('French typography: quotes, apostrophes, double spaces', () => {
  it('"straight" and “curly” quotes become « guillemets » with inner narrow spaces', () => {
    expect(fixTypography('Il a dit "on y va" hier')).toBe(`Il a dit «${N}on y va${N}» hier`);
    expect(fixTypography('Elle a dit “ oui ”')).toBe(`Elle a dit «${N}oui${N}»`);
    expect(codes('Il a dit "oui"')).toEqual(['typo_straight_quotes']);
  });

  it('the punctuation inside converted quotes is fixed too', () => {
    expect(fixTypography('"Bonjour!"')).toBe(`«${N}Bonjour${N}!${N}»`);
  });

  it("l'été becomes l’été, but not inside a link", () => {
    expect(fixTypography("C'est l'été aujourd'hui")).toBe('C’est l’été aujourd’hui');
    expect(fixTypography("https://x.fr/l'ete")).toBe("https://x.fr/l'ete");
  });

  it('double spaces between words become one', () => {
    const [issue] = typographyIssues('Deux  espaces');
    expect(issue).toMatchObject({ code: 'typo_double_space', range: { start: 4, end: 6 } });
    expect(fixTypography('Deux  espaces   ici')).toBe('Deux espaces ici');
    expect(fixTypography('Quoi   ?')).toBe(`Quoi${N}?`);
  });

  it('fixing twice changes nothing more', () => {
    const once = fixTypography('"Salut"  tout le monde!Il est 9:30 ; l\'atelier ouvre « bientôt »');
    expect(fixTypography(once)).toBe(once);
    expect(typographyIssues(once)).toEqual([]);
  });

  it('the spaces it adds are counted: they are characters', () => {
    expect(countText('mastodon', 'Bonjour!').length).toBe(8);
    expect(countText('mastodon', fixTypography('Bonjour!')).length).toBe(9);
  });
});
