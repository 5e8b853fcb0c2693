import { describe, expect, it } from 'vitest';
import { Account, Post } from '../../../core/model/index.js';
import {
  draftFromPost,
  draftPatch,
  editVariantChange,
  firstCommentChange,
  resetVariantChange,
  variantsOf,
} from '../../../renderer/src/state/editorDraft.js';
import {
  countVariants,
  problemsOf,
  threadLimitOf,
  withoutNumbering,
  worstOf,
} from '../../../renderer/src/features/composer/variantCounts.js';

const settings = { zone: 'Europe/Paris', locale: 'fr' as const, defaultTime: '09:00' };

const account = (id: string, network: string, extra: object = {}) =>
  Account.parse({
    id,
    network,
    handle: `@${id}`,
    displayName: id,
    register: 'community',
    zone: 'Europe/Paris',
    colour: '#336699',
    ...extra,
  });

const accounts = new Map(
  [account('x', 'x'), account('bs', 'bluesky'), account('ma', 'mastodon', { instanceLimit: 1000 })].map((a) => [
    a.id,
    a,
  ]),
);

const post = Post.parse({
  id: 'p1',
  title: 'Fournée',
  status: 'draft',
  plannedAt: null,
  zone: 'Europe/Paris',
  accounts: ['x', 'bs'],
  masterText: 'Bonjour',
  variants: [
    { accountId: 'x', customised: false, text: 'Bonjour' },
    { accountId: 'bs', customised: true, text: 'Salut Bluesky' },
  ],
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  revision: 1,
});

describe('variants in the editor draft', () => {
  it('a variant not customised follows the master text, a customised one keeps its own', () => {
    const draft = { ...draftFromPost(post, 'Europe/Paris'), text: 'Bonsoir' };
    expect(variantsOf(draft).map((v) => [v.accountId, v.customised, v.text])).toEqual([
      ['x', false, 'Bonsoir'],
      ['bs', true, 'Salut Bluesky'],
    ]);
  });

  it('an untouched post needs no save, and a master edit saves the followers in step', () => {
    const draft = draftFromPost(post, 'Europe/Paris');
    expect(draftPatch(post, draft, settings)).toBeNull();
    const patch = draftPatch(post, { ...draft, text: 'Bonsoir' }, settings);
    expect(patch?.masterText).toBe('Bonsoir');
    expect(patch?.variants?.map((v) => v.text)).toEqual(['Bonsoir', 'Salut Bluesky']);
  });

  it('editing a variant customises it, resetting it follows the master again', () => {
    const draft = draftFromPost(post, 'Europe/Paris');
    const edited = { ...draft, ...editVariantChange(draft, 'x' as never, { text: 'Pour X' }) };
    expect(variantsOf(edited)[0]).toMatchObject({ customised: true, text: 'Pour X' });
    expect(draftPatch(post, edited, settings)?.variants?.[0]).toMatchObject({ customised: true, text: 'Pour X' });
    const reset = { ...edited, ...resetVariantChange(edited, 'x' as never) };
    expect(variantsOf(reset)[0]).toMatchObject({ customised: false, text: 'Bonjour', threadParts: [] });
    expect(draftPatch(post, reset, settings)).toBeNull();
  });

  it('a newly ticked account gets a variant following the master; an unticked one is dropped on save', () => {
    const draft = { ...draftFromPost(post, 'Europe/Paris'), accounts: ['x', 'ma'] as never[] };
    const variants = draftPatch(post, draft, settings)?.variants ?? [];
    expect(variants.map((v) => [v.accountId, v.customised, v.text])).toEqual([
      ['x', false, 'Bonjour'],
      ['ma', false, 'Bonjour'],
    ]);
  });
});

describe('counting the variants', () => {
  it('counts each account against its own limit, the Mastodon instance limit included', () => {
    const text = 'a'.repeat(290);
    const variants = variantsOf({ text, accounts: ['x', 'bs', 'ma'] as never[], variants: [] });
    const counts = countVariants(variants, accounts);
    expect(counts.get('x' as never)?.[0]).toMatchObject({ limit: 280, remaining: -10, overflowFrom: 280 });
    expect(counts.get('bs' as never)?.[0]).toMatchObject({ limit: 300, remaining: 10, overflowFrom: null });
    expect(counts.get('ma' as never)?.[0]).toMatchObject({ limit: 1000, remaining: 710 });
  });

  it('counts thread parts one by one, and the tab shows the worst', () => {
    const variants = [
      {
        accountId: 'x' as never,
        customised: true,
        text: 'court 1/2',
        threadParts: ['b'.repeat(300)],
        firstComment: '',
        media: [],
        publishedAt: null,
      },
    ];
    const counts = countVariants(variants, accounts).get('x' as never);
    expect(counts?.map((c) => c.remaining)).toEqual([271, -20]);
    expect(worstOf(counts)?.remaining).toBe(-20);
    expect(problemsOf(variants[0]!, counts)).toEqual([{ kind: 'tooLong', part: 1, by: 20 }]);
  });

  it('lists invisible characters with their position', () => {
    const text = 'Bon\u200bjour';
    const [variant] = variantsOf({ text, accounts: ['x'] as never[], variants: [] });
    const counts = countVariants([variant!], accounts).get('x' as never);
    const problems = problemsOf(variant!, counts);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'invisible', part: 0, invisible: { index: 3, hex: 'U+200B' } });
  });

  it('knows which networks take threads, and takes the numbering off a part', () => {
    expect(threadLimitOf(accounts.get('x' as never)!)).toBe(280);
    expect(threadLimitOf(accounts.get('ma' as never)!)).toBe(1000);
    expect(threadLimitOf(account('li', 'linkedin'))).toBeNull();
    expect(withoutNumbering('Le pain sort du four. 2/12')).toBe('Le pain sort du four.');
  });
});

describe('first comments', () => {
  it('a first comment is kept without the text stopping to follow the master', () => {
    const draft = draftFromPost(post, 'Europe/Paris');
    const withComment = { ...draft, ...firstCommentChange(draft, 'x' as never, 'Lien en commentaire') };
    const next = { ...withComment, text: 'Bonsoir' };
    expect(variantsOf(next)[0]).toMatchObject({
      customised: false,
      text: 'Bonsoir',
      firstComment: 'Lien en commentaire',
    });
    expect(draftPatch(post, withComment, settings)?.variants?.[0]).toMatchObject({
      customised: false,
      firstComment: 'Lien en commentaire',
    });
  });
});
