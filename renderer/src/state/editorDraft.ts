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
  Variant,
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
  /**
   * The variants as last edited, one per account ever ticked in this draft (an unticked account's
   * customised text is kept while the post is open, in case it is ticked again). What is saved is
   * `variantsOf(draft)`: one per target account, the ones not customised following the master text.
   */
  variants: Variant[];
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
    variants: [],
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
    variants: post.variants.map((variant) => ({ ...variant })),
  };
}

function blankVariant(accountId: AccountId): Variant {
  return { accountId, customised: false, text: '', threadParts: [], firstComment: '', media: [], publishedAt: null };
}

/** The variant of one target account as it will be saved: a variant not customised follows the master text. */
/** What the variants are worked out from. */
export type VariantSource = Pick<EditorDraft, 'text' | 'accounts' | 'variants'>;

export function variantOf(draft: VariantSource, accountId: AccountId): Variant {
  const own = draft.variants.find((variant) => variant.accountId === accountId) ?? blankVariant(accountId);
  return own.customised ? own : { ...own, text: draft.text, threadParts: [] };
}

/** One variant per target account, in the accounts' order. */
export function variantsOf(draft: VariantSource): Variant[] {
  return draft.accounts.map((accountId) => variantOf(draft, accountId));
}

/** The text of a variant and its thread parts after the first, as one list (a single part when not split). */
export function partsOf(variant: Variant): string[] {
  return [variant.text, ...variant.threadParts];
}

/** The change that edits one account's variant: it is customised from then on. */
export function editVariantChange(
  draft: VariantSource,
  accountId: AccountId,
  change: Partial<Pick<Variant, 'text' | 'threadParts'>>,
): Pick<EditorDraft, 'variants'> {
  const next: Variant = { ...variantOf(draft, accountId), ...change, customised: true };
  return { variants: replaceVariant(draft.variants, next) };
}

/** The change that sets one variant's first comment; it does not make the text stop following the master. */
export function firstCommentChange(
  draft: VariantSource,
  accountId: AccountId,
  firstComment: string,
): Pick<EditorDraft, 'variants'> {
  const own = draft.variants.find((variant) => variant.accountId === accountId) ?? variantOf(draft, accountId);
  return { variants: replaceVariant(draft.variants, { ...own, firstComment }) };
}

/** The change that sends one variant back to following the master text (a split thread is dropped). */
export function resetVariantChange(draft: VariantSource, accountId: AccountId): Pick<EditorDraft, 'variants'> {
  const next: Variant = { ...variantOf(draft, accountId), customised: false, text: draft.text, threadParts: [] };
  return { variants: replaceVariant(draft.variants, next) };
}

/**
 * The change that marks one variant published (`publishedAt` an instant) or not (`null`). The post
 * is published once every target variant is; unmarking one of a published post sends it back to
 * scheduled (or draft without a date).
 */
export function publishedChange(
  draft: EditorDraft,
  accountId: AccountId,
  publishedAt: string | null,
): Pick<EditorDraft, 'variants' | 'status'> {
  const own = draft.variants.find((variant) => variant.accountId === accountId) ?? variantOf(draft, accountId);
  const variants = replaceVariant(draft.variants, { ...own, publishedAt });
  const targets = variantsOf({ ...draft, variants });
  const all = targets.length > 0 && targets.every((variant) => variant.publishedAt !== null);
  if (all) return { variants, status: 'published' };
  if (draft.status === 'published') return { variants, status: draft.date ? 'scheduled' : 'draft' };
  return { variants, status: draft.status };
}

function replaceVariant(variants: readonly Variant[], next: Variant): Variant[] {
  const found = variants.some((variant) => variant.accountId === next.accountId);
  return found
    ? variants.map((variant) => (variant.accountId === next.accountId ? next : variant))
    : [...variants, next];
}

function sameVariant(a: Variant, b: Variant): boolean {
  return (
    a.accountId === b.accountId &&
    a.customised === b.customised &&
    a.text === b.text &&
    a.firstComment === b.firstComment &&
    a.publishedAt === b.publishedAt &&
    a.threadParts.length === b.threadParts.length &&
    a.threadParts.every((part, index) => part === b.threadParts[index]) &&
    JSON.stringify(a.media) === JSON.stringify(b.media)
  );
}

/**
 * Whether the variants to save differ from the stored ones. A stored variant is kept exactly in step
 * (a variant following the master also stores the master's text, for readers of the files); an
 * account with no stored variant that follows the master needs nothing saved.
 */
function variantsNeedSaving(next: readonly Variant[], stored: readonly Variant[]): boolean {
  if (stored.some((variant) => !next.some((item) => item.accountId === variant.accountId))) return true;
  return next.some((variant) => {
    const saved = stored.find((item) => item.accountId === variant.accountId);
    // A variant with no stored copy needs one as soon as it holds anything of its own.
    if (saved === undefined) {
      return (
        variant.customised || variant.firstComment !== '' || variant.publishedAt !== null || variant.media.length > 0
      );
    }
    return !sameVariant(saved, variant);
  });
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
    variants: variantsOf(draft),
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
  const variants = variantsOf(draft);
  if (variantsNeedSaving(variants, post.variants)) patch.variants = variants;
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
