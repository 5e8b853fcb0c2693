import type { StyleSheet } from '../../model/index.js';
import type { LintIssue } from '../issue.js';

/** What to append so that `addition` sits on its own paragraph at the end of `text`. */
export function appendBlock(text: string, addition: string): { start: number; end: number; insert: string } {
  const trimmed = text.replace(/\s+$/u, '');
  const separator = trimmed === '' ? '' : '\n\n';
  return { start: trimmed.length, end: text.length, insert: `${separator}${addition}` };
}

const SPACES = /[\s\u00A0\u202F]+/gu;
const squash = (s: string) => s.replace(SPACES, ' ').trim();

/** The account's signature, when it has one and the text does not carry it; the fix appends it. */
export function signatureIssues(text: string, style: StyleSheet): LintIssue[] {
  const signature = style.signature.trim();
  if (signature === '' || squash(text).includes(squash(signature))) return [];
  return [
    {
      code: 'voice_signature_missing',
      severity: 'warning',
      params: { signature },
      range: { start: text.length, end: text.length },
      fix: appendBlock(text, signature),
    },
  ];
}
