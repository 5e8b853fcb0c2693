import type { Confidence, Sourced } from './types.js';

/** The day these rules were last read against their sources. Bump it with RULES_VERSION. */
export const CHECKED = '2026-11-24';

/** Shorthand so each network file reads as a table: where, how sure, and why. */
export function sourced(source: string, confidence: Confidence, note?: string): Sourced {
  return note === undefined ? { source, checked: CHECKED, confidence } : { source, checked: CHECKED, confidence, note };
}

export const MB = 1024 * 1024;
export const GB = 1024 * MB;

export const BUFFER_LIMITS = 'https://developers.buffer.com/guides/character-limits';
export const UPLOAD_POST_LIMITS = 'https://docs.upload-post.com/resources/character-limits/';
