/**
 * The editor and undo slices against an in-memory Node side: what the user types is saved, and undo
 * or redo puts back exactly what was there, through the API, so it persists.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createCalepinStore, type CalepinStore } from '../../../renderer/src/state/store.js';
import { FakeCalepin } from './support/fakeCalepin.js';

let api: FakeCalepin;
let store: CalepinStore;
const s = () => store.getState();

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}

beforeEach(async () => {
  api = new FakeCalepin();
  store = createCalepinStore(api.deps());
  await s().loadStatus();
  await settle();
});

async function createPost(title: string, text: string) {
  await s().newPost({ date: '2026-03-29' });
  s().editDraft({ title, text });
  await s().saveNow();
  return s().editor.base!;
}

describe('writing a post', () => {
  it('a new post is created on the first save, at the planned wall-clock time in the workspace zone', async () => {
    const post = await createPost('Dimanche', 'Bonjour');
    expect(post).toMatchObject({ title: 'Dimanche', masterText: 'Bonjour', plannedAt: '2026-03-29T07:00:00.000Z' });
    expect(s().posts.map((p) => p.id)).toEqual([post.id]);
    expect(s().editor).toMatchObject({ dirty: false, save: 'saved' });
  });

  it('an empty new post is never created', async () => {
    await s().newPost();
    s().editDraft({ title: '' });
    await s().saveNow();
    expect(api.callsOf('posts.create')).toEqual([]);
  });

  it('typing autosaves after a pause, with only what changed and the revision it was based on', async () => {
    const post = await createPost('Dimanche', 'Bonjour');
    s().editDraft({ text: 'Bonsoir' });
    expect(s().editor.dirty).toBe(true);
    api.runTimers();
    await settle();
    expect(api.callsOf('posts.update')).toEqual([
      {
        id: post.id,
        patch: expect.objectContaining({ masterText: 'Bonsoir', title: 'Dimanche' }),
        expectedRevision: 1,
      },
    ]);
    expect(api.posts.get(post.id)).toMatchObject({
      masterText: 'Bonsoir',
      title: 'Dimanche',
      plannedAt: post.plannedAt,
    });
  });

  it('leaving the editor saves what was typed, without waiting for the pause', async () => {
    const post = await createPost('Dimanche', 'Bonjour');
    s().editDraft({ text: 'Tapé juste avant de partir' });
    s().navigate('calendar');
    await settle();
    expect(api.posts.get(post.id)?.masterText).toBe('Tapé juste avant de partir');
  });

  it('opening another post saves the one being written first', async () => {
    const first = await createPost('Premier', 'a');
    api.advance(10_000);
    const second = await createPost('Second', 'b');
    s().editDraft({ text: 'b modifié' });
    await s().openPost(first.id);
    expect(api.posts.get(second.id)?.masterText).toBe('b modifié');
    expect(s().editor.draft.title).toBe('Premier');
  });
});

describe('undo and redo', () => {
  it('undoing an edit restores the previous text through posts.restore; redo puts the edit back', async () => {
    const post = await createPost('Dimanche', 'Bonjour');
    api.advance(10_000);
    s().editDraft({ text: 'Bonsoir' });
    await s().saveNow();

    await s().undo();
    expect(api.posts.get(post.id)?.masterText).toBe('Bonjour');
    expect(s().editor.draft.text).toBe('Bonjour');
    expect(s().posts[0]?.excerpt).toBe('Bonjour');

    await s().redo();
    expect(api.posts.get(post.id)?.masterText).toBe('Bonsoir');
    expect(s().editor.draft.text).toBe('Bonsoir');
  });

  it('saves of one post close together are one step', async () => {
    const post = await createPost('Dimanche', 'Bonjour');
    api.advance(10_000);
    for (const text of ['B', 'Bo', 'Bon', 'Bonsoir']) {
      s().editDraft({ text });
      await s().saveNow();
      api.advance(800);
    }
    expect(s().undoStack).toHaveLength(2);
    await s().undo();
    expect(api.posts.get(post.id)?.masterText).toBe('Bonjour');
  });

  it('undoing a delete brings the post back; redo deletes it again', async () => {
    const post = await createPost('Dimanche', 'Bonjour');
    api.advance(10_000);
    await s().deleteEditedPost();
    expect(api.posts.has(post.id)).toBe(false);
    expect(s().screen).toBe('calendar');
    expect(s().notice).toMatchObject({ kind: 'postDeleted', undoable: true });

    await s().undo();
    expect(api.posts.get(post.id)).toMatchObject({ title: 'Dimanche', masterText: 'Bonjour' });
    expect(s().posts.map((p) => p.id)).toEqual([post.id]);

    await s().redo();
    expect(api.posts.has(post.id)).toBe(false);
    expect(s().posts).toEqual([]);
  });

  it('undoing a creation deletes the post and leaves the editor', async () => {
    const post = await createPost('Dimanche', 'Bonjour');
    await s().undo();
    expect(api.posts.has(post.id)).toBe(false);
    expect(s().editor.base).toBeNull();
    expect(s().screen).toBe('calendar');
  });

  it('undo first saves what is still being typed, so it is never skipped over', async () => {
    const post = await createPost('Dimanche', 'Bonjour');
    api.advance(10_000);
    s().editDraft({ text: 'En cours' });
    await s().undo();
    // The pending edit became a step and was the one undone.
    expect(api.posts.get(post.id)?.masterText).toBe('Bonjour');
    expect(s().redoStack).toHaveLength(1);
  });

  it('a new change clears what could be redone', async () => {
    await createPost('Dimanche', 'Bonjour');
    api.advance(10_000);
    s().editDraft({ text: 'Bonsoir' });
    await s().saveNow();
    await s().undo();
    api.advance(10_000);
    s().editDraft({ text: 'Salut' });
    await s().saveNow();
    expect(s().redoStack).toEqual([]);
  });
});

describe('a full disk', () => {
  it('keeps what was typed, lets typing go on without a conflict, and the retry writes it', async () => {
    const post = await createPost('Dimanche', 'Bonjour');
    api.diskFull = true;
    s().editDraft({ text: 'Bonsoir' });
    await s().saveNow();
    expect(s().editor).toMatchObject({ save: 'failed' });
    expect(s().error?.code).toBe('DISK_FULL');
    await settle();
    expect(s().status?.pendingSaves).toBe(1);

    // The Node side holds revision 2 in memory; the next keystroke patches it rather than conflicting.
    s().editDraft({ text: 'Bonsoir à tous' });
    await s().saveNow();
    expect(api.callsOf('posts.update').at(-1)).toEqual({
      id: post.id,
      patch: expect.objectContaining({ masterText: 'Bonsoir à tous' }),
      expectedRevision: 2,
    });

    api.diskFull = false;
    await s().retrySaves();
    expect(s().status?.pendingSaves).toBe(0);
    expect(s().editor).toMatchObject({ save: 'saved', dirty: false });
    expect(api.posts.get(post.id)?.masterText).toBe('Bonsoir à tous');
  });
});

describe('marking a variant published', () => {
  it('publishes the post when its only variant is, as an undo step of its own even right after typing', async () => {
    const post = await createPost('Dimanche', 'Bonjour');
    api.advance(10_000);
    s().editDraft({ accounts: ['fds-x'] as never, text: 'Bonjour Lyon' });
    await s().saveNow();
    // No pause: a save this close to the last one would normally join its undo step.
    await s().markPublished('fds-x' as never, true);
    expect(api.posts.get(post.id)).toMatchObject({ status: 'published', masterText: 'Bonjour Lyon' });
    expect(api.posts.get(post.id)?.variants[0]?.publishedAt).toEqual(expect.any(String));

    await s().undo();
    expect(api.posts.get(post.id)).toMatchObject({ status: 'draft', masterText: 'Bonjour Lyon' });
    expect(api.posts.get(post.id)?.variants.every((variant) => variant.publishedAt === null)).toBe(true);
    expect(s().editor.draft.status).toBe('draft');
  });
});
