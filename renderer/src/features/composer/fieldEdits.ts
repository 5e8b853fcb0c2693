/**
 * Edits of a variant's fields made by the composer rather than typed: a lint fix, « Tout corriger »,
 * an inserted snippet. A fix on a variant that follows the master text goes to the master when it is
 * typography (every account publishes the same French), and customises the variant when it is the
 * account's own voice.
 */
import { applyFix, fixTypography, type TextEdit } from '../../../../core/lint/index.js';
import type { AccountId, Variant } from '../../../../core/model/index.js';
import { partsOf } from '../../state/editorDraft.js';
import { actions } from '../../state/useCalepin.js';
import type { FindingPlace } from './variantChecks.js';

export type TextPlace = Exclude<FindingPlace, { field: 'media' }>;

/** Replaces one field's text, through the same actions as typing (so it autosaves and undoes alike). */
export function setFieldText(
  accountId: AccountId,
  variant: Variant,
  place: TextPlace,
  next: string,
  toMaster: boolean,
): void {
  if (place.field === 'firstComment') {
    actions().editFirstComment(accountId, next);
    return;
  }
  if (toMaster && !variant.customised && place.part === 0) {
    actions().editDraft({ text: next });
    return;
  }
  const parts = partsOf(variant).map((part, index) => (index === place.part ? next : part));
  actions().editVariant(accountId, { text: parts[0] ?? '', threadParts: parts.slice(1) });
}

export function applyEdit(
  accountId: AccountId,
  variant: Variant,
  place: TextPlace,
  current: string,
  edit: TextEdit,
  code: string,
): void {
  setFieldText(accountId, variant, place, applyFix(current, edit), code.startsWith('typo_'));
}

/** Every typography fix in every text field of the variant. */
export function fixAllTypography(accountId: AccountId, variant: Variant): void {
  const parts = partsOf(variant);
  const fixed = parts.map(fixTypography);
  if (fixed.some((part, index) => part !== parts[index])) {
    if (!variant.customised && parts.length === 1) actions().editDraft({ text: fixed[0] ?? '' });
    else actions().editVariant(accountId, { text: fixed[0] ?? '', threadParts: fixed.slice(1) });
  }
  const comment = fixTypography(variant.firstComment);
  if (comment !== variant.firstComment) actions().editFirstComment(accountId, comment);
}

/** `insert` put in place of [start, end) of `value`, and where the caret goes after it. */
export function insertInto(
  value: string,
  start: number,
  end: number,
  insert: string,
): { value: string; caret: number } {
  const before = value.slice(0, start);
  const after = value.slice(end);
  // A snippet dropped against a word gets a space, as the writer would have typed it.
  const lead = before !== '' && !/\s$/u.test(before) && !/^\s/u.test(insert) ? ' ' : '';
  const text = lead + insert;
  return { value: before + text + after, caret: before.length + text.length };
}
