/**
 * The composer's helpers that are plain functions: findings tied to their field and position, the
 * fold of each network's preview, the styled pieces of a post, snippet insertion at the caret,
 * marking a variant published, and the hashtags typed in Réglages.
 */
import { describe, expect, it } from 'vitest';
import { Account, type Variant } from '../../../core/model/index.js';
import { mediaLookup } from '../../../core/validate/index.js';
import { insertInto } from '../../../renderer/src/features/composer/fieldEdits.js';
import { hashtagLine } from '../../../renderer/src/features/composer/InsertMenu.js';
import { checkVariant } from '../../../renderer/src/features/composer/variantChecks.js';
import { FOLDS, foldOf } from '../../../renderer/src/features/composer/previews/folds.js';
import { initialsOf } from '../../../renderer/src/features/composer/previews/PreviewAvatar.js';
import { pieces } from '../../../renderer/src/features/composer/previews/RichText.js';
import { parseHashtags } from '../../../renderer/src/features/settings/ReusableTextSection.js';
import { emptyDraft, publishedChange, variantsOf } from '../../../renderer/src/state/editorDraft.js';

const account = (network: string, style: object = {}) =>
  Account.parse({
    id: `acc-${network}`,
    network,
    handle: '@fournils',
    displayName: 'Les Fournils de Saône',
    register: 'community',
    zone: 'Europe/Paris',
    colour: '#336699',
    style,
  });

const variant = (text: string, extra: Partial<Variant> = {}): Variant => ({
  accountId: 'acc-x' as Variant['accountId'],
  customised: true,
  text,
  threadParts: [],
  firstComment: '',
  media: [],
  publishedAt: null,
  ...extra,
});

const check = (v: Variant, a = account('x'), french = true) =>
  checkVariant({ masterText: '', variant: v, account: a, media: mediaLookup([]), french, mediaKnown: true });

describe('findings of a variant', () => {
  it('puts what blocks first, each lint note with its range and fix in the field it concerns', () => {
    const findings = check(variant(`${'a'.repeat(290)} Bonjour !`));
    expect(findings[0]).toMatchObject({ source: 'problem', code: 'text_too_long', severity: 'error' });
    expect(findings[0]?.rule?.source).toContain('docs.x.com');
    const typo = findings.find((f) => f.code === 'typo_space_before_punctuation');
    expect(typo).toMatchObject({ place: { field: 'part', part: 0 }, range: { start: 298, end: 300 } });
    expect(typo?.fix).toEqual({ start: 298, end: 299, insert: '\u202F' });
  });

  it('points into the thread part and the first comment, with their own positions', () => {
    const findings = check(variant('Un.', { threadParts: ['Deux !'], firstComment: 'Merci !' }));
    const places = findings.filter((f) => f.code === 'typo_space_before_punctuation').map((f) => f.place);
    expect(places).toEqual([{ field: 'part', part: 1 }, { field: 'firstComment' }]);
  });

  it('leaves French typography alone in an English workspace but keeps the account’s voice', () => {
    const a = account('x', { bannedWords: ['incroyable'] });
    const codes = check(variant('Incroyable !'), a, false).map((f) => f.code);
    expect(codes).toEqual(['voice_banned_word']);
  });

  it('says when the overflow is in the signature rather than in the text', () => {
    const a = account('x', { signature: 's'.repeat(40) });
    const [over] = check(variant('a'.repeat(270)), a);
    expect(over).toMatchObject({ code: 'text_too_long', inSignature: true });
    expect(over?.range).toBeUndefined();
  });

  it('asks for required hashtags once, on the last part, unless the first comment carries them', () => {
    const a = account('instagram', { hashtags: { max: 5, required: ['#FournilsDeSaone'] } });
    const missing = (v: Variant) =>
      check(v, a)
        .filter((f) => f.code === 'voice_required_hashtags_missing')
        .map((f) => f.place);
    expect(missing(variant('Un.', { threadParts: ['Deux.'] }))).toEqual([{ field: 'part', part: 1 }]);
    expect(missing(variant('Un.', { firstComment: '#fournilsdesaone #Lyon' }))).toEqual([]);
    expect(missing(variant('Un.'))).toEqual([{ field: 'part', part: 0 }]);
  });

  it('flags an invisible character at its position', () => {
    const [found] = check(variant('Bon\u200Bjour'));
    expect(found).toMatchObject({ code: 'invisible_character', range: { start: 3, end: 4 } });
  });
});

describe('preview folds', () => {
  it('folds LinkedIn at three lines or 210 characters, between words', () => {
    const lines = foldOf('un\ndeux\ntrois\nquatre', FOLDS.linkedin);
    expect(lines).toEqual({ shownLength: 'un\ndeux\ntrois'.length, folded: true });
    const long = 'mot '.repeat(80);
    const { shownLength, folded } = foldOf(long, FOLDS.linkedin);
    expect(folded).toBe(true);
    expect(shownLength).toBeLessThanOrEqual(210);
    expect(long.slice(0, shownLength).endsWith('mot')).toBe(true);
  });

  it('shows a Bluesky or Mastodon text whole, and a short one anywhere', () => {
    expect(foldOf('x'.repeat(299), FOLDS.bluesky)).toEqual({ shownLength: 299, folded: false });
    expect(foldOf('Court.', FOLDS.instagram)).toEqual({ shownLength: 6, folded: false });
  });

  it('never cuts an emoji in half', () => {
    const text = '🥐'.repeat(200);
    const { shownLength } = foldOf(text, FOLDS.instagram);
    expect(shownLength % 2).toBe(0);
  });
});

describe('styled pieces of a post', () => {
  it('finds links, hashtags and mentions, and shortens links the network’s way', () => {
    const text = 'Vu sur https://www.fournils.fr/commandes/galettes-des-rois #Lyon @fournils';
    expect(pieces(text, 'x').map((p) => [p.kind, p.text])).toEqual([
      ['text', 'Vu sur '],
      ['link', 'fournils.fr/commandes/g…'],
      ['text', ' '],
      ['hashtag', '#Lyon'],
      ['text', ' '],
      ['mention', '@fournils'],
    ]);
    expect(pieces(text, 'bluesky')[1]).toEqual({ kind: 'link', text: 'www.fournils.fr/commandes/ga...' });
  });

  it('stops at the fold', () => {
    expect(pieces('#Lyon et #Paris', 'linkedin', 8).map((p) => p.text)).toEqual(['#Lyon', ' et']);
  });

  it('draws initials from the account name, skipping little words', () => {
    expect(initialsOf('Les Fournils de Saône')).toBe('FS');
    expect(initialsOf('Hélène Vasseur')).toBe('HV');
  });
});

describe('reusable text', () => {
  it('inserts at the caret, with a space against a word, and puts the caret after it', () => {
    expect(insertInto('Horaires:', 9, 9, 'de 7 h à 19 h')).toEqual({
      value: 'Horaires: de 7 h à 19 h',
      caret: 23,
    });
    expect(insertInto('Bonjour  !', 8, 8, 'Lyon')).toEqual({ value: 'Bonjour Lyon !', caret: 12 });
    expect(insertInto('abc', 1, 2, 'X')).toEqual({ value: 'a Xc', caret: 3 });
  });

  it('reads hashtags typed with or without #, and writes them back as a line', () => {
    expect(parseHashtags('#Lyon Boulangerie, #pain;##viennoiserie')).toEqual([
      'Lyon',
      'Boulangerie',
      'pain',
      'viennoiserie',
    ]);
    expect(hashtagLine(['Lyon', '#Pain'])).toBe('#Lyon #Pain');
  });
});

describe('marking published', () => {
  const draft = { ...emptyDraft(), text: 'Bonjour', accounts: ['a', 'b'] as Variant['accountId'][] };

  it('publishes the post once every variant is, and sends it back to scheduled when one is unmarked', () => {
    const one = { ...draft, ...publishedChange(draft, draft.accounts[0]!, '2026-12-05T10:00:00.000Z') };
    expect(one.status).toBe('draft');
    expect(variantsOf(one)[0]?.publishedAt).toBe('2026-12-05T10:00:00.000Z');
    // A variant following the master keeps following it once marked.
    expect(variantsOf(one)[0]).toMatchObject({ customised: false, text: 'Bonjour' });
    const both = {
      ...one,
      date: '2026-12-05',
      ...publishedChange(one, draft.accounts[1]!, '2026-12-05T10:05:00.000Z'),
    };
    expect(both.status).toBe('published');
    const back = { ...both, ...publishedChange(both, draft.accounts[1]!, null) };
    expect(back.status).toBe('scheduled');
  });
});
