/**
 * The draft change that sets one account's attached media (attach, remove, reorder, alt override).
 * Media do not make a variant "customised": that word is about its text.
 */
import type { AccountId, AttachedMedia, Variant } from '../../../../core/model/index.js';
import { variantOf, type EditorDraft, type VariantSource } from '../../state/editorDraft.js';

export function variantMediaChange(
  draft: VariantSource,
  accountId: AccountId,
  media: AttachedMedia[],
): Pick<EditorDraft, 'variants'> {
  const own = draft.variants.find((variant) => variant.accountId === accountId) ?? variantOf(draft, accountId);
  const next: Variant = { ...own, media };
  const found = draft.variants.some((variant) => variant.accountId === accountId);
  return {
    variants: found
      ? draft.variants.map((variant) => (variant.accountId === accountId ? next : variant))
      : [...draft.variants, next],
  };
}

/** Adds ids not attached yet, at the end, in the order given. */
export function attach(current: readonly AttachedMedia[], ids: readonly string[]): AttachedMedia[] {
  const have = new Set(current.map((m) => m.mediaId as string));
  const added = ids.filter((id) => !have.has(id) && (have.add(id), true));
  return [...current, ...added.map((id) => ({ mediaId: id as AttachedMedia['mediaId'] }))];
}

/** Moves the item at `index` by `by` places (−1 earlier, +1 later), within bounds. */
export function move(current: readonly AttachedMedia[], index: number, by: number): AttachedMedia[] {
  const to = index + by;
  if (index < 0 || index >= current.length || to < 0 || to >= current.length) return [...current];
  const next = [...current];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item!);
  return next;
}

/** Sets or clears (empty text) one item's alt override. */
export function withAlt(current: readonly AttachedMedia[], index: number, alt: string): AttachedMedia[] {
  return current.map((m, i) => {
    if (i !== index) return m;
    if (alt.trim() === '') return { mediaId: m.mediaId };
    return { ...m, alt };
  });
}
