/**
 * Moving posts on the calendar against an in-memory Node side: a move shows at once and is saved
 * with the revision the calendar knew; moves in a row build on each other; a post deleted or changed
 * elsewhere is reported and shown as it truly is; undo and redo play the moves back through the API.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { Account, type PostId } from '../../../core/model/index.js';
import { createCalepinStore, type CalepinStore } from '../../../renderer/src/state/store.js';
import { FakeCalepin } from './support/fakeCalepin.js';

let api: FakeCalepin;
let store: CalepinStore;
const s = () => store.getState();

async function post(title: string, plannedAt: string | null, accounts: string[] = []): Promise<PostId> {
  const created = await api.call('posts.create', {
    draft: { title, status: 'draft', plannedAt, zone: 'Europe/Paris', accounts: accounts },
  });
  return created.id;
}

const planned = (id: PostId) => s().posts.find((item) => item.id === id)?.plannedAt;

beforeEach(async () => {
  api = new FakeCalepin();
  store = createCalepinStore(api.deps());
  await s().loadStatus();
});

describe('moving posts on the calendar', () => {
  it('shows the move before it is saved, saves it with the known revision, and undo/redo play it back', async () => {
    const a = await post('Brioche', '2026-03-28T08:00:00.000Z');
    const b = await post('Tarte', '2026-03-28T11:30:00.000Z');
    await s().loadPosts();

    const saving = s().movePosts([
      { id: a, to: '2026-03-30T07:00:00.000Z' },
      { id: b, to: '2026-03-30T10:30:00.000Z' },
    ]);
    expect(planned(a)).toBe('2026-03-30T07:00:00.000Z');
    expect(s().movesInFlight).toBe(1);
    expect(await saving).toBe(true);
    expect(s().movesInFlight).toBe(0);
    expect(api.posts.get(a)?.plannedAt).toBe('2026-03-30T07:00:00.000Z');
    expect(api.callsOf('posts.update')[0]).toMatchObject({ id: a, expectedRevision: 1 });
    expect(s().undoStack.at(-1)).toMatchObject({ kind: 'move', moves: [{ id: a }, { id: b }] });

    await s().undo();
    expect(api.posts.get(a)?.plannedAt).toBe('2026-03-28T08:00:00.000Z');
    expect(api.posts.get(b)?.plannedAt).toBe('2026-03-28T11:30:00.000Z');
    expect(planned(b)).toBe('2026-03-28T11:30:00.000Z');
    expect(s().undoStack).toHaveLength(0);

    await s().redo();
    expect(api.posts.get(b)?.plannedAt).toBe('2026-03-30T10:30:00.000Z');
    expect(s().undoStack).toHaveLength(1);
  });

  it('a drop while the previous move is saving builds on it, without a conflict', async () => {
    const a = await post('Brioche', '2026-03-28T08:00:00.000Z');
    await s().loadPosts();
    const first = s().movePosts([{ id: a, to: '2026-03-29T07:00:00.000Z' }]);
    const second = s().movePosts([{ id: a, to: '2026-04-02T07:00:00.000Z' }]);
    expect(planned(a)).toBe('2026-04-02T07:00:00.000Z');
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(api.posts.get(a)).toMatchObject({ plannedAt: '2026-04-02T07:00:00.000Z', revision: 3 });
    expect(planned(a)).toBe('2026-04-02T07:00:00.000Z');
    expect(s().error).toBeNull();
  });

  it('with nothing saving before it, a move is sent before the caller’s task ends; behind one, it waits its turn', async () => {
    const a = await post('Brioche', '2026-03-28T08:00:00.000Z');
    const b = await post('Tarte', '2026-03-28T11:30:00.000Z');
    await s().loadPosts();
    // The calendar starts a drop's save, then FullCalendar draws it in the same task: the save must
    // already be on its way by then, not waiting for the task to end.
    const first = s().movePosts([{ id: a, to: '2026-03-29T07:00:00.000Z' }]);
    expect(api.callsOf('posts.update')).toHaveLength(1);
    const second = s().movePosts([{ id: b, to: '2026-03-29T10:30:00.000Z' }]);
    expect(api.callsOf('posts.update')).toHaveLength(1);
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect((api.callsOf('posts.update') as { id: PostId }[]).map((call) => call.id)).toEqual([a, b]);
  });

  it('sending a post to the backlog and back', async () => {
    const a = await post('Brioche', '2026-03-28T08:00:00.000Z');
    await s().loadPosts();
    await s().movePosts([{ id: a, to: null }]);
    expect(api.posts.get(a)?.plannedAt).toBeNull();
    await s().undo();
    expect(api.posts.get(a)?.plannedAt).toBe('2026-03-28T08:00:00.000Z');
  });

  it('a post another window deleted: the error is said, the post leaves the calendar, nothing else is lost', async () => {
    const a = await post('Brioche', '2026-03-28T08:00:00.000Z');
    const b = await post('Tarte', '2026-03-28T11:30:00.000Z');
    await s().loadPosts();
    api.posts.delete(a);

    const saved = await s().movePosts([
      { id: a, to: '2026-03-30T07:00:00.000Z' },
      { id: b, to: '2026-03-30T10:30:00.000Z' },
    ]);
    expect(saved).toBe(false);
    expect(s().error?.code).toBe('NOT_FOUND');
    expect(s().posts.map((item) => item.id)).toEqual([b]);
    expect(api.posts.get(b)?.plannedAt).toBe('2026-03-30T10:30:00.000Z');
    // Only what was saved can be undone.
    expect(s().undoStack.at(-1)).toMatchObject({ kind: 'move', moves: [{ id: b }] });
  });

  it('a post changed elsewhere: the conflict is said and the calendar shows the post as saved there', async () => {
    const a = await post('Brioche', '2026-03-28T08:00:00.000Z');
    await s().loadPosts();
    await api.call('posts.update', { id: a, patch: { plannedAt: '2026-03-28T15:00:00.000Z' } });

    expect(await s().movePosts([{ id: a, to: '2026-03-30T07:00:00.000Z' }])).toBe(false);
    expect(s().error?.code).toBe('CONFLICT');
    expect(planned(a)).toBe('2026-03-28T15:00:00.000Z');
    expect(s().posts.find((item) => item.id === a)?.revision).toBe(2);
  });

  it('a backlog post dropped on a day takes its account’s next free slot, else the default time', async () => {
    const account = Account.parse({
      id: 'insta',
      network: 'instagram',
      handle: '@fournils',
      displayName: 'Fournils',
      register: 'merchant',
      zone: 'Europe/Paris',
      colour: '#c13584',
      slots: [
        { weekday: 1, time: '09:00' },
        { weekday: 1, time: '12:30' },
      ],
      minGapMinutes: 60,
    });
    const status = s().status!;
    store.setState({ status: { ...status, workspace: { ...status.workspace!, accounts: [account] } } });
    await post('Déjà là', '2026-03-30T07:00:00.000Z', ['insta']);
    const idea = await post('Idée', null, ['insta']);
    const other = await post('Sans compte', null);
    await s().loadPosts();

    await s().planOnDay(idea, '2026-03-30');
    // 09:00 is taken on Monday 30 March (after the change, 07:00 UTC): 12:30 it is.
    expect(api.posts.get(idea)?.plannedAt).toBe('2026-03-30T10:30:00.000Z');
    await s().planOnDay(other, '2026-03-30');
    expect(api.posts.get(other)?.plannedAt).toBe('2026-03-30T07:00:00.000Z');
  });

  it('a read-only workspace moves nothing', async () => {
    const a = await post('Brioche', '2026-03-28T08:00:00.000Z');
    await s().loadPosts();
    store.setState({ status: { ...s().status!, readOnly: { reason: 'locked' } as never } });
    expect(await s().movePosts([{ id: a, to: '2026-03-30T07:00:00.000Z' }])).toBe(false);
    expect(planned(a)).toBe('2026-03-28T08:00:00.000Z');
    expect(api.callsOf('posts.update')).toEqual([]);
  });
});

describe('a move the calendar drew itself', () => {
  it('changes the list only when the save answers, then with the saved post', async () => {
    const a = await post('Brioche', '2026-03-28T08:00:00.000Z');
    await s().loadPosts();
    const saving = s().movePosts([{ id: a, to: '2026-03-30T07:00:00.000Z' }], { alreadyShown: true });
    expect(planned(a)).toBe('2026-03-28T08:00:00.000Z');
    expect(await saving).toBe(true);
    expect(planned(a)).toBe('2026-03-30T07:00:00.000Z');
    expect(s().posts.find((item) => item.id === a)?.revision).toBe(2);
  });
});
