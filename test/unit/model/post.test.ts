import { describe, expect, it } from 'vitest';
import { Post, PostDraft, PostPatch, PostSummary, summarise } from '../../../core/model/index.js';

const basePost = {
  id: 'p1',
  title: 'Ouverture à Lyon',
  status: 'draft',
  plannedAt: '2026-03-29T07:00:00.000Z',
  zone: 'Europe/Paris',
  accounts: ['acc-x'],
  masterText: 'Nouvelle boutique\n\n  ouverte   samedi !',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  revision: 1,
};

describe('post model', () => {
  it('fills the defaults a new post needs (no variants, no labels, not in a campaign)', () => {
    const post = Post.parse(basePost);
    expect(post.variants).toEqual([]);
    expect(post.labels).toEqual([]);
    expect(post.campaign).toBeNull();
  });

  it('refuses a planned time that is not a UTC instant, so zones cannot be mixed up', () => {
    expect(Post.safeParse({ ...basePost, plannedAt: '2026-03-29T09:00:00+02:00' }).success).toBe(false);
    expect(Post.safeParse({ ...basePost, plannedAt: '29/03/2026 09:00' }).success).toBe(false);
  });

  it('refuses a time zone the runtime does not know', () => {
    expect(Post.safeParse({ ...basePost, zone: 'Europe/Lyon' }).success).toBe(false);
  });

  it('keeps a backlog post as one without a planned time', () => {
    expect(Post.parse({ ...basePost, plannedAt: null }).plannedAt).toBeNull();
  });

  it('accepts a draft without ids or dates and makes it a draft by default', () => {
    const draft = PostDraft.parse({ plannedAt: null, accounts: [] });
    expect(draft.status).toBe('draft');
  });

  it('summarises a post with a one-line excerpt for lists and the calendar', () => {
    const summary = summarise(Post.parse(basePost));
    expect(summary.excerpt).toBe('Nouvelle boutique ouverte samedi !');
    expect(PostSummary.parse(summary)).toEqual(summary);
  });

  it('cuts a long excerpt on characters, never inside an emoji', () => {
    const family = '👨‍👩‍👧';
    const summary = summarise(Post.parse({ ...basePost, masterText: family.repeat(300) }));
    expect(summary.excerpt).toBe(family.repeat(140));
    expect(PostSummary.safeParse(summary).success).toBe(true);
  });
});

describe('editing part of a post', () => {
  it('a patch that sets only the title leaves every other field out, so nothing is reset', () => {
    expect(PostPatch.parse({ title: 'Nouveau titre' })).toEqual({ title: 'Nouveau titre' });
  });

  it('a patch still refuses a wrong value for the fields it carries', () => {
    expect(PostPatch.safeParse({ status: 'publié' }).success).toBe(false);
  });
});
