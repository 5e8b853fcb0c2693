import { describe, expect, it } from 'vitest';
import { applyFix, lintText, voiceIssues } from '../../../core/lint/index.js';
import { StyleSheet, type StyleSheet as Style } from '../../../core/model/index.js';

const style = (s: Partial<Style>): Style => StyleSheet.parse({ emoji: 'free', hashtags: { max: 30 }, ...s });
const words = (text: string, s: Style) => voiceIssues(text, s).map((i) => text.slice(i.range.start, i.range.end));
const fixed = (text: string, s: Style, code: string) => {
  const issue = voiceIssues(text, s).find((i) => i.code === code);
  if (issue?.fix === undefined) throw new Error(`no fix for ${code}`);
  return applyFix(text, issue.fix);
};

describe('tu or vous, as the account speaks', () => {
  it('a « vous » account is told about every tu, te, t’, toi, ton, ta, tes', () => {
    const s = style({ address: 'vous' });
    const text = 'Tu vas adorer ton croissant ! Inscris-toi, t’hésites ? Ta place, tes amis, on te garde tout.';
    expect(words(text, s)).toEqual(['Tu', 'ton', 'toi', 't’', 'Ta', 'tes', 'te']);
    expect(voiceIssues(text, s).every((i) => i.code === 'voice_address_tu' && i.fix === undefined)).toBe(true);
  });

  it('a « tu » account is told about vous, votre and vos, in any case', () => {
    expect(words('VOUS aimerez votre pain et vos viennoiseries', style({ address: 'tu' }))).toEqual([
      'VOUS',
      'votre',
      'vos',
    ]);
  });

  it('whole words only: tutu, tenue, Vosges, tonton and @vous are not pronouns', () => {
    expect(voiceIssues('Un tutu, une tenue, les Vosges, mon tonton, @vous et #tu', style({ address: 'vous' }))).toEqual(
      [],
    );
    expect(voiceIssues('Un tutu, une tenue, les Vosges', style({ address: 'tu' }))).toEqual([]);
  });

  it('an account that allows either is told when one text mixes both', () => {
    const [issue] = voiceIssues('Tu viens ? Vous êtes les bienvenus, vous et vos amis.', style({ address: 'either' }));
    expect(issue).toMatchObject({
      code: 'voice_address_mixed',
      params: { tu: 1, vous: 3 },
      range: { start: 0, end: 2 },
    });
  });
});

describe('emoji policy', () => {
  it('an account without emoji sees each one, and the fix removes it with its space', () => {
    const s = style({ emoji: 'none' });
    expect(words('Bon 🎉 appétit 👨‍👩‍👧', s)).toEqual(['🎉', '👨‍👩‍👧']);
    expect(fixed('Bon 🎉 appétit', s, 'voice_emoji_not_allowed')).toBe('Bon appétit');
  });

  it('« few » allows three: the fourth and fifth are flagged', () => {
    const issues = voiceIssues('🥐 🥖 ☕ 🍰 🇫🇷', style({ emoji: 'few' }));
    expect(issues.map((i) => i.code)).toEqual(['voice_too_many_emoji', 'voice_too_many_emoji']);
    expect(issues[0]?.params).toEqual({ count: 5, max: 3 });
    expect(voiceIssues('🥐 🥖 ☕', style({ emoji: 'few' }))).toEqual([]);
  });
});

describe('banned and preferred words', () => {
  it('a banned word is found whatever its case and accents, as a whole word', () => {
    const s = style({ bannedWords: ['synergie', 'pas cher'] });
    expect(words('La SYNERGIE, la Synérgie, les synergies, #synergie et PAS\u00A0CHER', s)).toEqual([
      'SYNERGIE',
      'Synérgie',
      'synergie',
      'PAS\u00A0CHER',
    ]);
  });

  it('a word to avoid comes with a one-click fix to the preferred one, keeping the capital', () => {
    const s = style({ preferredWords: [{ avoid: 'e-mail', prefer: 'courriel' }] });
    const [issue] = voiceIssues('E-mail reçu.', s);
    expect(issue).toMatchObject({ code: 'voice_preferred_word', params: { word: 'E-mail', prefer: 'courriel' } });
    expect(fixed('E-mail reçu.', s, 'voice_preferred_word')).toBe('Courriel reçu.');
    expect(fixed('Par e-mail', s, 'voice_preferred_word')).toBe('Par courriel');
  });

  it('œ and oe are the same word', () => {
    expect(words('Des oeufs frais', style({ bannedWords: ['œufs'] }))).toEqual(['oeufs']);
  });
});

describe('signature and hashtags', () => {
  it('the signature is not linted: it is added to what the variant publishes', () => {
    const s = style({ signature: '— L’équipe des Fournils' });
    expect(voiceIssues('Bonne journée !', s)).toEqual([]);
  });

  it('a LinkedIn variant with 4 hashtags for an account allowing 3 is flagged', () => {
    const s = style({ hashtags: { max: 3, required: [] } });
    const issues = voiceIssues('Nouveau ! #Boulangerie #Lyon #Pâtisserie #Recrutement', s);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'voice_too_many_hashtags', params: { count: 4, max: 3 } });
    expect(words('Nouveau ! #Boulangerie #Lyon #Pâtisserie #Recrutement', s)).toEqual(['#Recrutement']);
  });

  it('missing required hashtags are appended by the fix, on the closing line of hashtags if there is one', () => {
    const s = style({ hashtags: { max: 5, required: ['#FournilsDeSaône', 'Lyon'] } });
    expect(fixed('Du pain chaud.', s, 'voice_required_hashtags_missing')).toBe(
      'Du pain chaud.\n\n#FournilsDeSaône #Lyon',
    );
    expect(fixed('Du pain chaud.\n#lyon #Pain', s, 'voice_required_hashtags_missing')).toBe(
      'Du pain chaud.\n#lyon #Pain #FournilsDeSaône',
    );
    expect(voiceIssues('#fournilsdesaone #LYON', s)).toEqual([]);
  });

  it('the composer gets typography and voice issues together, in text order', () => {
    const codes = lintText('Vous venez? #a #b', style({ address: 'tu', hashtags: { max: 1, required: [] } })).map(
      (i) => i.code,
    );
    expect(codes).toEqual(['voice_address_vous', 'typo_space_before_punctuation', 'voice_too_many_hashtags']);
  });
});

describe('odd input', () => {
  it('ß, ligatures, astral letters and a broken surrogate do not shift the ranges', () => {
    const text = '\uD83D Straße 𝐁𝐨𝐧 ﬁn synergie';
    const [issue] = voiceIssues(text, style({ bannedWords: ['synergie'] }));
    expect(text.slice(issue?.range.start, issue?.range.end)).toBe('synergie');
    expect(words('la STRASSE', style({ bannedWords: ['straße'] }))).toEqual(['STRASSE']);
  });
});
