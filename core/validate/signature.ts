/**
 * Per-account signatures are added to what a variant publishes, not stored in its text.
 *
 * Why appended at count/validate/copy/export time rather than written into the variant: a variant
 * that follows the master text must go on following it (writing the signature in would customise
 * every variant of every post), the master text is shared by accounts with different signatures,
 * and changing an account's signature then applies to every post not yet published. The composer
 * shows the signature under the text and counts it; `calepin validate`, the clipboard and exports
 * all read the same `publishedParts`, so they see the same text.
 */
import type { Account, Post, Variant } from '../model/index.js';

/** What sits between the text and its signature: its own paragraph. */
export const SIGNATURE_SEPARATOR = '\n\n';

// " 2/5" at the end of a thread part: the signature goes before the numbering.
const NUMBERING = /\s\d+\/\d+$/u;
const SPACES = /[\s\u00A0\u202F]+/gu;
const squash = (s: string) => s.replace(SPACES, ' ').trim();

/**
 * The parts with the signature at the end of the last one (before its " n/m" numbering). Nothing is
 * added to an empty text (an empty post stays empty for validation) nor to a text that already ends
 * with the signature (typed by hand, or left by a split).
 */
export function signParts(parts: readonly string[], signature: string): string[] {
  const sig = signature.trim();
  const lastIndex = parts.length - 1;
  const last = parts[lastIndex];
  if (sig === '' || last === undefined || parts.every((part) => part.trim() === '')) return [...parts];
  const numbering = NUMBERING.exec(last);
  const head = (numbering ? last.slice(0, numbering.index) : last).trimEnd();
  if (squash(head).endsWith(squash(sig))) return [...parts];
  const signed = `${head}${head === '' ? '' : SIGNATURE_SEPARATOR}${sig}${numbering ? numbering[0] : ''}`;
  return parts.map((part, index) => (index === lastIndex ? signed : part));
}

/**
 * The text without the signature that `signParts` adds, for a text that comes back from outside
 * (an exported CSV or Excel file re-imported): storing it signed would customise the variant and
 * carry yesterday's signature. A text that does not end with the signature is returned unchanged.
 */
export function unsignText(text: string, signature: string): string {
  const sig = signature.trim();
  const head = text.trimEnd();
  if (sig === '' || !head.endsWith(sig)) return text;
  const rest = head.slice(0, head.length - sig.length);
  return rest.endsWith(SIGNATURE_SEPARATOR) ? rest.slice(0, -SIGNATURE_SEPARATOR.length) : rest === '' ? '' : text;
}

/** The text a variant publishes before its signature: its own once customised, the master text until then. */
export function variantText(post: Pick<Post, 'masterText'>, variant: Pick<Variant, 'customised' | 'text'>): string {
  return variant.customised ? variant.text : post.masterText;
}

/** Exactly what goes out on the network, part by part (one part unless split into a thread), signature included. */
export function publishedParts(
  post: Pick<Post, 'masterText'>,
  variant: Pick<Variant, 'customised' | 'text' | 'threadParts'>,
  account: Pick<Account, 'style'>,
): string[] {
  return signParts([variantText(post, variant), ...variant.threadParts], account.style.signature);
}

/** Between thread parts in a copied variant: a line the writer sees, to paste each part in turn. */
export const PART_SEPARATOR = '\n\n---\n\n';

/** A variant ready to paste: the published text, thread parts separated, then the first comment. */
export function clipboardText(parts: readonly string[]): string {
  return parts.join(PART_SEPARATOR);
}
