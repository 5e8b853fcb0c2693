/**
 * Applies a preview the user confirmed. A `before-import` backup is taken first, so the whole
 * import can be undone from the backups. Every update quotes the revision the preview saw: a post
 * changed in the meantime is reported as a conflict and left alone, never overwritten.
 */
import { nanoid } from 'nanoid';
import { CalepinError } from '../../core/errors.js';
import type { ImportOutcome } from '../../core/imports/previewView.js';
import { resolvedText, type PlanPreview, type PlannedRow } from '../../core/imports/planImport.js';
import type { ReviewPreview } from '../../core/imports/reviewImport.js';
import { Variant, type Post, type PostDraft, type PostPatch } from '../../core/model/index.js';
import { reviewDecisionPatch } from '../../core/review/decide.js';
import { importMediaFiles } from '../media/importMedia.js';
import type { WorkspaceStore } from '../store/WorkspaceStore.js';

export interface ApplyOptions {
  /** The reviewer whose decisions a review file carries (`--as NAME`, or the app's user). */
  as: string;
  clock: () => Date;
  dataDir?: string;
}

function isConflict(error: unknown): boolean {
  return error instanceof CalepinError && (error.code === 'CONFLICT' || error.code === 'NOT_FOUND');
}

export async function applyReview(
  store: WorkspaceStore,
  preview: ReviewPreview,
  options: ApplyOptions,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = {
    kind: 'review',
    created: 0,
    updated: 0,
    decisions: 0,
    comments: 0,
    conflicts: [],
    backupId: null,
  };
  const applicable = preview.items.filter((item) => item.conflict === null);
  outcome.conflicts.push(...preview.items.filter((item) => item.conflict !== null).map((item) => item.postId));
  if (applicable.length === 0) return outcome;
  outcome.backupId = (await store.backupNow('before-import')).id;
  for (const item of applicable) {
    const at = options.clock().toISOString();
    try {
      const post = await store.getPost(item.postId);
      if (post.revision !== item.revision) throw new CalepinError('CONFLICT', { id: item.postId });
      const patch: PostPatch = {};
      if (item.decision) {
        Object.assign(
          patch,
          reviewDecisionPatch(post, { by: options.as, at, decision: item.decision, note: item.note }),
        );
      } else if (item.note !== '') {
        // A comment with no decision is a comment on the post, by the reviewer.
        patch.comments = [...post.comments, { id: `c-${nanoid(10)}`, author: options.as, at, text: item.note }];
      }
      await store.updatePost(item.postId, patch, item.revision);
      outcome.updated += 1;
      if (item.decision) outcome.decisions += 1;
      else outcome.comments += 1;
    } catch (error) {
      if (!isConflict(error)) throw error;
      outcome.conflicts.push(item.postId);
    }
  }
  return outcome;
}

async function mediaIds(
  store: WorkspaceStore,
  rows: readonly PlannedRow[],
  options: ApplyOptions,
): Promise<Map<string, string>> {
  const files = [...new Set(rows.flatMap((r) => r.media.flatMap((m) => (m.kind === 'file' ? [m.path] : []))))];
  const ids = new Map<string, string>();
  if (files.length === 0) return ids;
  const results = await importMediaFiles(store, files, { clock: options.clock, dataDir: options.dataDir });
  for (const result of results) if (result.id) ids.set(result.file, result.id);
  return ids;
}

function attached(row: PlannedRow, ids: Map<string, string>): { mediaId: string }[] {
  return row.media.flatMap((m) => {
    const id = m.kind === 'library' ? m.mediaId : ids.get(m.path);
    return id ? [{ mediaId: id }] : [];
  });
}

function draftFrom(row: PlannedRow, ids: Map<string, string>): PostDraft {
  const media = attached(row, ids);
  return {
    title: row.title ?? '',
    status: row.status ?? 'draft',
    plannedAt: row.plannedAt,
    zone: row.zone,
    accounts: [row.accountId],
    masterText: row.text,
    variants: [{ accountId: row.accountId, customised: false, text: '', firstComment: row.firstComment ?? '', media }],
    labels: row.labels ?? [],
    campaign: row.campaign ?? null,
  };
}

/** The patch an update row set makes: only what differs, so an unchanged file changes nothing. */
function patchFrom(post: Post, rows: readonly PlannedRow[], ids: Map<string, string>): PostPatch | null {
  const first = rows[0]!;
  const patch: Record<string, unknown> = {};
  if (first.plannedAt !== post.plannedAt) patch.plannedAt = first.plannedAt;
  if (first.zone !== post.zone) patch.zone = first.zone;
  if (first.status !== null && first.status !== post.status) patch.status = first.status;
  if (first.title !== null && first.title !== post.title) patch.title = first.title;
  if (first.labels !== null && first.labels.join('|') !== post.labels.join('|')) patch.labels = first.labels;
  if (first.campaign !== undefined && first.campaign !== post.campaign) patch.campaign = first.campaign;
  const accounts = [...post.accounts] as string[];
  const variants = post.variants.map((v) => ({ ...v }));
  let variantsChanged = false;
  for (const row of rows) {
    if (!accounts.includes(row.accountId)) accounts.push(row.accountId);
    let variant = variants.find((v) => v.accountId === row.accountId);
    if (!variant) {
      variant = Variant.parse({ accountId: row.accountId });
      variants.push(variant);
      variantsChanged = true;
    }
    if (row.text !== resolvedText(post, row.accountId)) {
      variant.customised = true;
      variant.text = row.text;
      variantsChanged = true;
    }
    if (row.firstComment !== null && row.firstComment !== variant.firstComment) {
      variant.firstComment = row.firstComment;
      variantsChanged = true;
    }
    if (row.mediaGiven) {
      const media = attached(row, ids);
      if (media.map((m) => m.mediaId).join('|') !== variant.media.map((m) => m.mediaId).join('|')) {
        // An item kept keeps its per-variant alt text; the file's own alt stays in the library.
        const alts = new Map(variant.media.map((m) => [m.mediaId as string, m.alt]));
        variant.media = media.map((m) => ({ ...m, alt: alts.get(m.mediaId) })) as typeof variant.media;
        variantsChanged = true;
      }
    }
  }
  if (accounts.length !== post.accounts.length) patch.accounts = accounts;
  if (variantsChanged) patch.variants = variants;
  return Object.keys(patch).length === 0 ? null : patch;
}

export async function applyPlan(
  store: WorkspaceStore,
  preview: PlanPreview,
  options: ApplyOptions,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = {
    kind: 'plan',
    created: 0,
    updated: 0,
    decisions: 0,
    comments: 0,
    conflicts: [],
    backupId: null,
  };
  const updates = preview.updates.filter((u) => u.changes.length > 0);
  if (preview.creates.length === 0 && updates.length === 0) return outcome;
  outcome.backupId = (await store.backupNow('before-import')).id;
  const ids = await mediaIds(
    store,
    [...preview.creates.flatMap((c) => c.rows), ...updates.flatMap((u) => u.rows)],
    options,
  );
  for (const create of preview.creates) {
    await store.createPost(draftFrom(create.rows[0]!, ids));
    outcome.created += 1;
  }
  for (const update of updates) {
    try {
      const post = await store.getPost(update.postId);
      if (post.revision !== update.revision) throw new CalepinError('CONFLICT', { id: update.postId });
      const patch = patchFrom(post, update.rows, ids);
      if (!patch) continue;
      await store.updatePost(update.postId, patch, update.revision);
      outcome.updated += 1;
    } catch (error) {
      if (!isConflict(error)) throw error;
      outcome.conflicts.push(update.postId);
    }
  }
  return outcome;
}
