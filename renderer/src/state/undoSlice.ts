/**
 * Undo and redo of what was saved: creating, editing and deleting posts, and moving them on the
 * calendar. Each step is played back through the API (posts.delete / posts.restore, or a move back
 * through posts.update), so an undo is saved like any other change and a reload finds it. Saves of
 * the same post close together (a burst of typing) make one step.
 */
import type { Post, PostId } from '../../../core/model/index.js';
import type { SliceCreator } from './store.js';

/** One post's move: where it was and where it went (`null` is the backlog). */
export interface MoveRecord {
  id: PostId;
  title: string;
  from: string | null;
  to: string | null;
}

export type UndoStep =
  | { kind: 'create'; post: Post }
  // `separate`: a deliberate action (marking published) is its own step, never merged with typing.
  | { kind: 'edit'; before: Post; after: Post; separate?: boolean }
  | { kind: 'delete'; post: Post }
  /** Posts moved together on the calendar (a drag, a keyboard move, a multi-selection). */
  | { kind: 'move'; moves: MoveRecord[] };

type Entry = UndoStep & { at: number };

/** Saves of one post less than this apart are one undo step. */
export const COALESCE_MS = 2_000;
const MAX_STEPS = 100;

export interface UndoSlice {
  undoStack: Entry[];
  redoStack: Entry[];
  undoBusy: boolean;
  recordUndo(step: UndoStep): void;
  undo(): Promise<void>;
  redo(): Promise<void>;
  resetUndo(): void;
}

function postOf(step: Exclude<UndoStep, { kind: 'move' }>): Post {
  return step.kind === 'edit' ? step.after : step.post;
}

export const createUndoSlice: SliceCreator<UndoSlice> = (deps) => (set, get) => {
  /** Puts a post back as `post`, or removes it when `post` is null, and tells the list and the editor. */
  async function apply(target: { put: Post } | { remove: Post }): Promise<void> {
    if ('put' in target) {
      const post = await deps.call('posts.restore', { post: target.put });
      get().putSummary(post);
      get().postReplaced(post);
    } else {
      await deps.call('posts.delete', { id: target.remove.id });
      get().dropSummary(target.remove.id);
      get().postRemoved(target.remove.id);
    }
  }

  async function play(direction: 'undo' | 'redo'): Promise<void> {
    if (get().undoBusy || get().status?.readOnly) return;
    // What is still being typed becomes a step of its own first, so undo never skips over it.
    await get().saveNow();
    const from = direction === 'undo' ? get().undoStack : get().redoStack;
    const entry = from.at(-1);
    if (!entry) return;
    set({ undoBusy: true });
    try {
      if (entry.kind === 'move') {
        // Moved back (or again) from where the posts are now; a post changed or deleted elsewhere meanwhile
        // is reported and shown as it truly is (movePosts reloads it).
        const moves = entry.moves.map((move) => ({ id: move.id, to: direction === 'undo' ? move.from : move.to }));
        await get().movePosts(moves, { record: false });
      } else if (direction === 'undo') {
        if (entry.kind === 'create') await apply({ remove: entry.post });
        else if (entry.kind === 'edit') await apply({ put: entry.before });
        else await apply({ put: entry.post });
      } else {
        if (entry.kind === 'delete') await apply({ remove: entry.post });
        else if (entry.kind === 'edit') await apply({ put: entry.after });
        else await apply({ put: entry.post });
      }
      set((state) =>
        direction === 'undo'
          ? { undoStack: state.undoStack.slice(0, -1), redoStack: [...state.redoStack, entry] }
          : { redoStack: state.redoStack.slice(0, -1), undoStack: [...state.undoStack, entry] },
      );
      get().showNotice(direction === 'undo' ? 'undone' : 'redone');
    } catch (error) {
      get().reportError(error);
    } finally {
      set({ undoBusy: false });
    }
  }

  return {
    undoStack: [],
    redoStack: [],
    undoBusy: false,

    recordUndo(step) {
      const at = deps.now().getTime();
      set((state) => {
        const last = state.undoStack.at(-1);
        if (
          step.kind === 'edit' &&
          !step.separate &&
          last &&
          (last.kind === 'create' || (last.kind === 'edit' && !last.separate)) &&
          postOf(last).id === step.after.id &&
          at - last.at < COALESCE_MS
        ) {
          // Same burst of work: keep where it started, move where it ends.
          const merged: Entry =
            last.kind === 'create'
              ? { kind: 'create', post: step.after, at }
              : { kind: 'edit', before: last.before, after: step.after, at };
          return { undoStack: [...state.undoStack.slice(0, -1), merged], redoStack: [] };
        }
        return { undoStack: [...state.undoStack, { ...step, at }].slice(-MAX_STEPS), redoStack: [] };
      });
    },

    undo: () => play('undo'),
    redo: () => play('redo'),

    resetUndo() {
      set({ undoStack: [], redoStack: [], undoBusy: false });
    },
  };
};
