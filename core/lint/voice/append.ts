/** What to append so that `addition` sits on its own paragraph at the end of `text`. */
export function appendBlock(text: string, addition: string): { start: number; end: number; insert: string } {
  const trimmed = text.replace(/\s+$/u, '');
  const separator = trimmed === '' ? '' : '\n\n';
  return { start: trimmed.length, end: text.length, insert: `${separator}${addition}` };
}
