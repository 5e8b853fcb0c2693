/**
 * Load-time validation of a JSON file. Every way a file can be broken maps to a stable reason the
 * renderer can translate: a file that is empty, all zeros (what a power cut can leave), cut short,
 * not JSON, `null`, or of the wrong shape is corrupt; none of them is ever read as "empty data".
 */
import type { z } from 'zod';
import { CalepinError } from '../../core/errors.js';

export type CorruptReason = 'empty' | 'zeros' | 'truncated' | 'not-json' | 'null' | 'wrong-shape';

export function corrupt(file: string, reason: CorruptReason, detail = ''): CalepinError {
  return new CalepinError('WORKSPACE_CORRUPT', detail ? { file, reason, detail } : { file, reason });
}

/** Parses bytes as JSON, or throws WORKSPACE_CORRUPT naming `file` (relative to the workspace). */
export function parseJsonBytes(bytes: Uint8Array, file: string): unknown {
  if (bytes.byteLength === 0) throw corrupt(file, 'empty');
  if (bytes.every((byte) => byte === 0)) throw corrupt(file, 'zeros');
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.trim() === '') throw corrupt(file, 'empty');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // The text stops early when V8 hits its end: "Unexpected end of JSON input", or an error
    // "at position N" where N is the end of the text (an unterminated string, a dangling comma).
    const message = error instanceof Error ? error.message : '';
    const position = /at position (\d+)/.exec(message)?.[1];
    const truncated =
      /end of JSON input/i.test(message) || (position !== undefined && Number(position) >= text.trimEnd().length);
    throw corrupt(file, truncated ? 'truncated' : 'not-json', message.slice(0, 200));
  }
  if (value === null) throw corrupt(file, 'null');
  return value;
}

/** Parses and validates against `schema`; the first few zod issues become the detail. */
export function parseJsonFile<T>(bytes: Uint8Array, file: string, schema: z.ZodType<T>): T {
  const value = parseJsonBytes(bytes, file);
  return validate(value, file, schema);
}

export function validate<T>(value: unknown, file: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const detail = result.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw corrupt(file, 'wrong-shape', detail.slice(0, 500));
  }
  return result.data;
}

/** Pretty JSON with a final newline: workspace files are meant to be readable without the app. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
