/**
 * Planning on the calendar: which posts are selected, and moving posts — to another day or time,
 * onto a day from the backlog, back to the backlog. A move shows at once (the summary changes
 * before the save), then is saved through posts.update with the revision the calendar knew, one
 * save after the other, so a drop while the previous one is still saving builds on it. A save that
 * fails (deleted in another window, changed elsewhere, disk refused) is reported in the user's
 * language and the calendar reloads that post, so it always shows the truth and loses nothing.
 */
import { nextFreeSlot } from '../../../core/calendar/slots.js';
import { summarise, type PostId, type PostSummary } from '../../../core/model/index.js';
import { asErrorData } from './errors.js';
import type { SliceCreator } from './store.js';
import type { MoveRecord } from './undoSlice.js';

export interface PostMove {
  id: PostId;
  /** The new UTC instant, or `null` to send the post to the backlog. */
  to: string | null;
}

export interface MoveOptions {
  /** Record one undo step (not when undo or redo plays a move back). */
  record?: boolean;
  /**
   * The calendar drew the move itself (a drag FullCalendar dropped): leave the summaries until the
   * save answers, so the drop costs one redraw, not two. The caller undoes its drawing if it fails.
   */
  alreadyShown?: boolean;
  /** With `alreadyShown`: takes the calendar's own drawing back when a save fails, before the truth shows. */
  undoDrawing?: () => void;
}

export interface CalendarSlice {
  /** Selected posts, in the order they were selected. */
  selectedPosts: PostId[];
  /** Moves sent to the Node side and not answered yet. */
  movesInFlight: number;
  selectPosts(ids: PostId[]): void;
  /** Adds a post to the selection or takes it out (Ctrl/Cmd or Shift click). */
  toggleSelected(id: PostId): void;
  /** Moves posts and records one undo step for them all; resolves to true when every move was saved. */
  movePosts(moves: PostMove[], options?: MoveOptions): Promise<boolean>;
  /** Plans a post on a day (YYYY-MM-DD of its first account's zone) at that account's next free slot. */
  planOnDay(id: PostId, date: string): Promise<boolean>;
  /** Resolves when every move sent so far is answered. */
  movesSettled(): Promise<void>;
}

export const createCalendarSlice: SliceCreator<CalendarSlice> = (deps) => (set, get) => {
  let queue: Promise<unknown> = Promise.resolve();
  /** Where each post with a move under way was last sent, so an earlier save's answer does not undo a later move. */
  const latestTarget = new Map<PostId, string | null>();

  const summaryOf = (id: PostId) => get().posts.find((post) => post.id === id);
  /** Nothing typed waits to be saved, nor is being saved. */
  const editorIdle = () => !get().editor.dirty && get().editor.save !== 'saving';

  /** After a failed save: the post as the Node side has it now, or gone if it was deleted. */
  async function showTruth(id: PostId, before: PostSummary): Promise<void> {
    try {
      const post = await deps.call('posts.get', { id });
      get().putSummary(post);
      get().postReplaced(post);
    } catch (error) {
      if (asErrorData(error).code === 'NOT_FOUND') {
        get().dropSummary(id);
        get().postRemoved(id);
        set((state) => ({ selectedPosts: state.selectedPosts.filter((item) => item !== id) }));
      } else {
        // Cannot even read it back: put the summary as it was before the move rather than guess.
        set((state) => ({ posts: state.posts.map((post) => (post.id === id ? before : post)) }));
      }
    }
  }

  async function save(
    moves: readonly PostMove[],
    befores: Map<PostId, PostSummary>,
    options: MoveOptions,
  ): Promise<boolean> {
    // The editor may hold typing for one of these posts: save it first, so the move builds on it.
    if (!editorIdle()) await get().saveNow();
    const done: MoveRecord[] = [];
    let failure: unknown = null;
    for (const move of moves) {
      const before = befores.get(move.id);
      const current = summaryOf(move.id);
      if (!before || !current) continue;
      try {
        const post = await deps.call('posts.update', {
          id: move.id,
          patch: { plannedAt: move.to },
          expectedRevision: current.revision,
        });
        // A later move of the same post may be waiting; show where it goes, with the saved revision.
        const saved = summarise(post);
        const latest = latestTarget.has(post.id) ? latestTarget.get(post.id)! : post.plannedAt;
        if (latest === post.plannedAt) latestTarget.delete(post.id);
        set((state) => ({
          posts: state.posts.map((item) => (item.id !== post.id ? item : { ...saved, plannedAt: latest })),
        }));
        get().postReplaced(post);
        done.push({ id: move.id, title: post.title, from: before.plannedAt, to: post.plannedAt });
      } catch (error) {
        if (failure === null) options.undoDrawing?.();
        failure ??= error;
        latestTarget.delete(move.id);
        await showTruth(move.id, before);
      }
    }
    if ((options.record ?? true) && done.length > 0) get().recordUndo({ kind: 'move', moves: done });
    if (failure) get().reportError(failure);
    return failure === null;
  }

  return {
    selectedPosts: [],
    movesInFlight: 0,

    selectPosts(ids) {
      set({ selectedPosts: ids });
    },

    toggleSelected(id) {
      set((state) => ({
        selectedPosts: state.selectedPosts.includes(id)
          ? state.selectedPosts.filter((item) => item !== id)
          : [...state.selectedPosts, id],
      }));
    },

    async movePosts(moves, options = {}) {
      if (get().status?.readOnly) return false;
      const befores = new Map<PostId, PostSummary>();
      for (const move of moves) {
        const before = summaryOf(move.id);
        if (before && before.plannedAt !== move.to) befores.set(move.id, before);
      }
      const real = moves.filter((move) => befores.has(move.id));
      if (real.length === 0) return true;
      const idle = get().movesInFlight === 0 && editorIdle();
      // One store change for the move and the saving state, so the calendar redraws once.
      const target = new Map(real.map((move) => [move.id, move.to]));
      for (const move of real) latestTarget.set(move.id, move.to);
      set((state) => ({
        posts: options.alreadyShown
          ? state.posts
          : state.posts.map((post) => (target.has(post.id) ? { ...post, plannedAt: target.get(post.id)! } : post)),
        movesInFlight: state.movesInFlight + 1,
      }));
      // With nothing before it, the save is sent at once, inside the caller's task: a drop on the grid
      // then reaches the disk while FullCalendar is still drawing it, not after.
      const run = idle ? save(real, befores, options) : queue.then(() => save(real, befores, options));
      queue = run.catch(() => undefined);
      try {
        return await run;
      } finally {
        set((state) => ({ movesInFlight: state.movesInFlight - 1 }));
      }
    },

    async planOnDay(id, date) {
      const post = summaryOf(id);
      const workspace = get().status?.workspace;
      if (!post || !workspace) return false;
      const account = workspace.accounts.find((item) => item.id === post.accounts[0]) ?? null;
      const taken = account
        ? get()
            .posts.filter((other) => other.id !== id && other.plannedAt !== null && other.accounts.includes(account.id))
            .map((other) => other.plannedAt!)
        : [];
      const placed = nextFreeSlot(account, date, taken, {
        defaultTime: workspace.settings.defaultTime,
        zone: post.zone,
      });
      return get().movePosts([{ id, to: placed.plannedAt }]);
    },

    async movesSettled() {
      await queue;
    },
  };
};
