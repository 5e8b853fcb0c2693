import { describe, expect, it } from 'vitest';
import { Post } from '../../../core/model/index.js';
import {
  changeDraft,
  draftFromPost,
  draftPatch,
  emptyDraft,
  isBlankDraft,
  toPostDraft,
  withUnchangedFields,
} from '../../../renderer/src/state/editorDraft.js';

const settings = { zone: 'Europe/Paris', locale: 'fr' as const, defaultTime: '09:00' };

const montrealPost = Post.parse({
  id: 'p1',
  title: 'Lancement',
  status: 'draft',
  plannedAt: '2026-11-10T17:30:00.000Z',
  zone: 'America/Montreal',
  accounts: ['acc-x'],
  masterText: 'Bonjour',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  revision: 3,
});

describe('the editor draft', () => {
  it('shows a post on the workspace clock, whatever zone it was planned in', () => {
    expect(draftFromPost(montrealPost, 'Europe/Paris')).toMatchObject({ date: '2026-11-10', time: '18:30' });
  });

  it('an untouched post gives no patch', () => {
    expect(draftPatch(montrealPost, draftFromPost(montrealPost, 'Europe/Paris'), settings)).toBeNull();
  });

  it('editing the text leaves the date and its zone alone', () => {
    const draft = { ...draftFromPost(montrealPost, 'Europe/Paris'), text: 'Bonsoir' };
    expect(draftPatch(montrealPost, draft, settings)).toEqual({ masterText: 'Bonsoir' });
  });

  it('a new time is read on the workspace clock, which becomes the post’s zone', () => {
    const draft = { ...draftFromPost(montrealPost, 'Europe/Paris'), time: '09:00' };
    expect(draftPatch(montrealPost, draft, settings)).toEqual({
      plannedAt: '2026-11-10T08:00:00.000Z',
      zone: 'Europe/Paris',
    });
  });

  it('clearing the date sends the post to the backlog', () => {
    const draft = changeDraft(draftFromPost(montrealPost, 'Europe/Paris'), { date: '' }, '09:00');
    expect(draft.time).toBe('');
    expect(draftPatch(montrealPost, draft, settings)).toEqual({ plannedAt: null, zone: 'Europe/Paris' });
  });

  it('picking a date for an undated post gives it the default time', () => {
    expect(changeDraft(emptyDraft(), { date: '2026-03-29' }, '10:30')).toMatchObject({
      date: '2026-03-29',
      time: '10:30',
    });
  });

  it('a new post is created at the instant its wall-clock time means in the workspace zone (DST included)', () => {
    const draft = { ...emptyDraft(), title: 'Dimanche', date: '2026-03-29', time: '09:00' };
    expect(toPostDraft(draft, settings)).toMatchObject({
      plannedAt: '2026-03-29T07:00:00.000Z',
      zone: 'Europe/Paris',
      status: 'draft',
    });
  });

  it('an empty new post is not worth creating', () => {
    expect(isBlankDraft(emptyDraft())).toBe(true);
    expect(isBlankDraft({ ...emptyDraft(), title: 'x' })).toBe(false);
  });
});

describe('the patch sent to the Node side', () => {
  it('carries the fields the user did not touch, so that parsing it with defaults cannot reset them', () => {
    const post = Post.parse({
      ...montrealPost,
      labels: ['promo'],
      approvals: [{ by: 'Claire', at: '2026-03-02T10:00:00.000Z', decision: 'approved', contentHash: 'h' }],
    });
    const sent = withUnchangedFields(post, { masterText: 'Bonsoir' });
    expect(sent).toMatchObject({
      masterText: 'Bonsoir',
      title: 'Lancement',
      status: 'draft',
      labels: ['promo'],
      zone: 'America/Montreal',
    });
    expect(sent.approvals).toHaveLength(1);
    expect(sent).not.toHaveProperty('revision');
    expect(sent).not.toHaveProperty('id');
  });
});
