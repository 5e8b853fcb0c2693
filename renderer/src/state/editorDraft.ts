/**
 * The editor works on a flat draft of what the form shows (date and time as wall-clock strings in
 * the workspace zone). These pure functions turn a post into a draft and a draft back into the
 * API's create input or the smallest patch, so that an untouched date keeps the post's own zone.
 */
import { PostDraft as PostDraftSchema } from '../../../core/model/index.js';
import type {
  AccountId,
  Post,
  PostDraft,
  PostPatch,
  PostStatus,
  WorkspaceSettings,
} from '../../../core/model/index.js';
import { instantToWallClock, wallClockToInstant } from '../../../core/calendar/zonedTime.js';

export interface EditorDraft {
  title: string;
  text: string;
  status: PostStatus;
  /** YYYY-MM-DD in the workspace zone; empty = backlog. */
  date: string;
  /** HH:mm in the workspace zone; ignored without a date. */
  time: string;
  accounts: AccountId[];
}

export function emptyDraft(options: { date?: string; status?: PostStatus; defaultTime?: string } = {}): EditorDraft {
  const date = options.date ?? '';
  return {
    title: '',
    text: '',
    status: options.status ?? 'draft',
    date,
    time: date ? (options.defaultTime ?? '09:00') : '',
    accounts: [],
  };
}

export function draftFromPost(post: Post, zone: string): EditorDraft {
  const wall = post.plannedAt ? instantToWallClock(post.plannedAt, zone) : { date: '', time: '' };
  return {
    title: post.title,
    text: post.masterText,
    status: post.status,
    date: wall.date,
    time: wall.time,
    accounts: [...post.accounts],
  };
}

/**
 * Applies a change from the form. Picking a date on an undated post gives it the workspace's default
 * time; clearing the date sends it back to the backlog and forgets the time.
 */
export function changeDraft(draft: EditorDraft, change: Partial<EditorDraft>, defaultTime: string): EditorDraft {
  const next = { ...draft, ...change };
  if (change.date !== undefined) {
    if (change.date === '') next.time = '';
    else if (next.time === '') next.time = defaultTime;
  }
  return next;
}

/** A new post that holds nothing yet is not worth creating. */
export function isBlankDraft(draft: EditorDraft): boolean {
  return draft.title.trim() === '' && draft.text.trim() === '' && draft.accounts.length === 0 && draft.date === '';
}

function plannedAtOf(draft: EditorDraft, settings: WorkspaceSettings): string | null {
  if (!draft.date) return null;
  return wallClockToInstant({ date: draft.date, time: draft.time || settings.defaultTime }, settings.zone);
}

export function toPostDraft(draft: EditorDraft, settings: WorkspaceSettings): PostDraft {
  return {
    title: draft.title,
    masterText: draft.text,
    status: draft.status,
    plannedAt: plannedAtOf(draft, settings),
    zone: settings.zone,
    accounts: draft.accounts,
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Only what the draft changed relative to `post`; `null` when nothing did. */
export function draftPatch(post: Post, draft: EditorDraft, settings: WorkspaceSettings): PostPatch | null {
  const saved = draftFromPost(post, settings.zone);
  const patch: PostPatch = {};
  if (draft.title !== saved.title) patch.title = draft.title;
  if (draft.text !== saved.text) patch.masterText = draft.text;
  if (draft.status !== saved.status) patch.status = draft.status;
  if (!sameList(draft.accounts, saved.accounts)) patch.accounts = draft.accounts;
  const effectiveTime = draft.date ? draft.time || settings.defaultTime : '';
  if (draft.date !== saved.date || effectiveTime !== saved.time) {
    patch.plannedAt = plannedAtOf(draft, settings);
    // The user set this time on the workspace clock, so that is the zone it was planned in.
    patch.zone = settings.zone;
  }
  return Object.keys(patch).length > 0 ? patch : null;
}

const EDITABLE_FIELDS = Object.keys(PostDraftSchema.shape) as (keyof PostDraft)[];

/**
 * The patch as sent: the change plus every other editable field as the editor last saw it. Why:
 * the contract's PostPatch schema fills absent fields with their defaults when the Node side parses
 * it (title '', status 'draft', approvals [] …), so a bare `{ masterText }` would wipe the rest.
 * Sending the unchanged values is harmless — `expectedRevision` already guarantees they are current.
 */
export function withUnchangedFields(post: Post, patch: PostPatch): PostPatch {
  const unchanged: Record<string, unknown> = {};
  for (const key of EDITABLE_FIELDS) unchanged[key] = post[key];
  return { ...(unchanged as PostPatch), ...patch };
}
