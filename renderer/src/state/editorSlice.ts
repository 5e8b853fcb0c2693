/**
 * The post being written. Edits autosave shortly after the last keystroke (what a CM used to online
 * editors expects), and every way out of the editor — another post, another screen, another
 * workspace, closing the window — flushes first, so nothing typed is lost. Each save is recorded
 * for undo.
 */
import type { AccountId, Post, PostId, PostStatus } from '../../../core/model/index.js';
import {
  changeDraft,
  editVariantChange,
  firstCommentChange,
  publishedChange,
  resetVariantChange,
  draftFromPost,
  draftPatch,
  emptyDraft,
  isBlankDraft,
  toPostDraft,
  withUnchangedFields,
  type EditorDraft,
} from './editorDraft.js';
import { asErrorData } from './errors.js';
import type { SliceCreator } from './store.js';

function isHeldInMemory(error: unknown): boolean {
  const { code } = asErrorData(error);
  return code === 'DISK_FULL' || code === 'WRITE_FAILED';
}

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export interface EditorState {
  /** The saved post being edited; `null` for a new post that is not created yet. */
  base: Post | null;
  draft: EditorDraft;
  /** The draft holds changes not yet saved. */
  dirty: boolean;
  save: SaveState;
  savedAt: string | null;
  loading: boolean;
}

export interface EditorSlice {
  editor: EditorState;
  openPost(id: PostId): Promise<void>;
  newPost(options?: { date?: string; status?: PostStatus }): Promise<void>;
  editDraft(change: Partial<EditorDraft>): void;
  toggleDraftAccount(id: AccountId): void;
  /** Edits one account's variant (its text, or its thread parts after the first): it is customised from then on. */
  editVariant(accountId: AccountId, change: { text?: string; threadParts?: string[] }): void;
  /** Sets one account's first comment (where its network has one); the text keeps following the master. */
  editFirstComment(accountId: AccountId, text: string): void;
  /** Sends one account's variant back to following the master text. */
  resetVariant(accountId: AccountId): void;
  /** Marks one variant published now (or not, with `false`); the post follows when all are. Saved at once, undoable. */
  markPublished(accountId: AccountId, published: boolean): Promise<void>;
  /** Saves what the draft holds now, and waits for any save under way. */
  saveNow(): Promise<void>;
  deleteEditedPost(): Promise<void>;
  /** A post was put back by undo/redo: show it if it is the one open. */
  postReplaced(post: Post): void;
  /** A post went away by undo/redo: leave it if it is the one open. */
  postRemoved(id: PostId): void;
  /** The held saves were written by a retry: what the editor shows is on disk now. */
  heldSavesWritten(): void;
  resetEditor(): void;
}

const freshEditor = (): EditorState => ({
  base: null,
  draft: emptyDraft(),
  dirty: false,
  save: 'idle',
  savedAt: null,
  loading: false,
});

export const createEditorSlice: SliceCreator<EditorSlice> = (deps) => (set, get) => {
  let timer: unknown = null;
  let inFlight: Promise<void> | null = null;
  let openRequest = 0;
  /** The next save is a deliberate action of its own (marking published): undo must not merge it with typing. */
  let separateNextSave = false;

  const stopTimer = () => {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
  };

  const patchEditor = (change: Partial<EditorState>) => set((state) => ({ editor: { ...state.editor, ...change } }));

  const settings = () => get().status?.workspace?.settings ?? null;

  async function saveOnce(): Promise<void> {
    const { base, draft } = get().editor;
    const workspace = settings();
    if (!workspace || get().status?.readOnly) return;
    const isCurrent = () => get().editor.draft === draft;
    patchEditor({ save: 'saving' });
    try {
      if (base === null) {
        if (isBlankDraft(draft)) {
          patchEditor({ dirty: !isCurrent(), save: 'idle' });
          return;
        }
        const post = await deps.call('posts.create', { draft: toPostDraft(draft, workspace) });
        get().recordUndo({ kind: 'create', post });
        get().putSummary(post);
        patchEditor({ base: post, dirty: !isCurrent(), save: 'saved', savedAt: deps.now().toISOString() });
        return;
      }
      const patch = draftPatch(base, draft, workspace);
      if (patch === null) {
        patchEditor({ dirty: !isCurrent(), save: get().editor.savedAt ? 'saved' : 'idle' });
        return;
      }
      const post = await deps.call('posts.update', {
        id: base.id,
        patch: withUnchangedFields(base, patch),
        expectedRevision: base.revision,
      });
      get().recordUndo({ kind: 'edit', before: base, after: post, ...(separateNextSave ? { separate: true } : {}) });
      separateNextSave = false;
      get().putSummary(post);
      patchEditor({ base: post, dirty: !isCurrent(), save: 'saved', savedAt: deps.now().toISOString() });
    } catch (error) {
      patchEditor({ save: 'failed' });
      get().reportError(error);
      if (isHeldInMemory(error)) await adoptHeldPost(base, isCurrent);
    }
  }

  /**
   * A save that failed on the disk (full, read-only) is still applied in the Node side's memory, with a
   * new revision, until a retry writes it. Take that version as the editor's base, so that further
   * typing patches it instead of conflicting with it, and so that undo knows the step.
   */
  async function adoptHeldPost(base: Post | null, isCurrent: () => boolean): Promise<void> {
    try {
      let held: Post | null = null;
      if (base) held = await deps.call('posts.get', { id: base.id });
      else {
        const known = new Set<string>(get().posts.map((post) => post.id));
        const created = (await deps.call('posts.list', {})).filter((post) => !known.has(post.id));
        if (created.length === 1 && created[0]) held = await deps.call('posts.get', { id: created[0].id });
      }
      if (!held) return;
      get().recordUndo(base ? { kind: 'edit', before: base, after: held } : { kind: 'create', post: held });
      get().putSummary(held);
      patchEditor({ base: held, dirty: !isCurrent() });
    } catch {
      // The banner already says what went wrong; the draft stays as typed.
    }
  }

  async function flush(): Promise<void> {
    stopTimer();
    if (inFlight) await inFlight;
    if (!get().editor.dirty) return;
    inFlight = saveOnce().finally(() => {
      inFlight = null;
    });
    await inFlight;
    // Typing went on during the save: save that too, unless the save failed (the banner offers a retry).
    if (get().editor.dirty && get().editor.save !== 'failed') await flush();
  }

  return {
    editor: freshEditor(),

    async openPost(id) {
      if (get().editor.base?.id === id) {
        get().navigate('composer');
        return;
      }
      await flush();
      openRequest += 1;
      const request = openRequest;
      set({ editor: { ...freshEditor(), loading: true } });
      get().navigate('composer');
      const post = await get().attempt(() => deps.call('posts.get', { id }));
      if (request !== openRequest) return;
      if (!post) {
        set({ editor: freshEditor() });
        return;
      }
      set({ editor: { ...freshEditor(), base: post, draft: draftFromPost(post, settings()?.zone ?? post.zone) } });
    },

    async newPost(options = {}) {
      await flush();
      openRequest += 1;
      const draft = emptyDraft({ ...options, defaultTime: settings()?.defaultTime });
      set({ editor: { ...freshEditor(), draft } });
      get().navigate('composer');
    },

    editDraft(change) {
      if (get().status?.readOnly || get().editor.loading) return;
      const defaultTime = settings()?.defaultTime ?? '09:00';
      set((state) => ({
        editor: { ...state.editor, draft: changeDraft(state.editor.draft, change, defaultTime), dirty: true },
      }));
      stopTimer();
      timer = deps.setTimer(() => {
        timer = null;
        void flush();
      }, deps.autosaveDelayMs);
    },

    toggleDraftAccount(id) {
      const current = get().editor.draft.accounts;
      const order = (get().status?.workspace?.accounts ?? []).map((account) => account.id);
      const chosen = new Set<string>(current.includes(id) ? current.filter((item) => item !== id) : [...current, id]);
      // Kept in the workspace's account order, so ticking and unticking the same box changes nothing.
      const known = order.filter((item) => chosen.has(item));
      const unknown = [...chosen].filter((item) => !order.includes(item as AccountId)) as AccountId[];
      get().editDraft({ accounts: [...known, ...unknown] });
    },

    editVariant(accountId, change) {
      get().editDraft(editVariantChange(get().editor.draft, accountId, change));
    },

    editFirstComment(accountId, text) {
      get().editDraft(firstCommentChange(get().editor.draft, accountId, text));
    },

    resetVariant(accountId) {
      get().editDraft(resetVariantChange(get().editor.draft, accountId));
    },

    async markPublished(accountId, published) {
      if (get().status?.readOnly) return;
      // What was typed before is its own save, so undo takes back the marking alone where it can.
      await flush();
      const at = published ? deps.now().toISOString() : null;
      get().editDraft(publishedChange(get().editor.draft, accountId, at));
      separateNextSave = true;
      await flush();
      separateNextSave = false;
      if (published) get().showNotice('markedPublished', true);
    },

    saveNow: flush,

    async deleteEditedPost() {
      await flush();
      const { base } = get().editor;
      if (base === null) {
        set({ editor: freshEditor() });
        get().navigate('calendar');
        return;
      }
      const deleted = await get().attempt(() => deps.call('posts.delete', { id: base.id }));
      if (!deleted) return;
      get().recordUndo({ kind: 'delete', post: base });
      get().dropSummary(base.id);
      set({ editor: freshEditor() });
      get().navigate(base.plannedAt ? 'calendar' : 'backlog');
      get().showNotice('postDeleted', true);
    },

    postReplaced(post) {
      if (get().editor.base?.id !== post.id) return;
      stopTimer();
      const zone = settings()?.zone ?? post.zone;
      patchEditor({
        base: post,
        draft: draftFromPost(post, zone),
        dirty: false,
        save: 'saved',
        savedAt: deps.now().toISOString(),
      });
    },

    postRemoved(id) {
      if (get().editor.base?.id !== id) return;
      stopTimer();
      set({ editor: freshEditor() });
      if (get().screen === 'composer') get().navigate('calendar');
    },

    heldSavesWritten() {
      const { editor } = get();
      if (editor.save === 'failed' && !editor.dirty) patchEditor({ save: 'saved', savedAt: deps.now().toISOString() });
    },

    resetEditor() {
      stopTimer();
      openRequest += 1;
      set({ editor: freshEditor() });
    },
  };
};
