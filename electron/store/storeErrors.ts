/**
 * Turns what the file system throws into the API's error codes, naming the file relative to the
 * workspace so the message means something to the user ("posts/abc.json", not a temp path).
 */
import { CalepinError } from '../../core/errors.js';
import { errnoCode } from './fsOps.js';

const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);

export function writeError(error: unknown, file: string): CalepinError {
  if (error instanceof CalepinError) return error;
  const code = errnoCode(error);
  if (code && DISK_FULL_CODES.has(code)) return new CalepinError('DISK_FULL', { file }, { cause: error });
  return new CalepinError('WRITE_FAILED', { file, reason: code ?? 'unknown' }, { cause: error });
}

/** Failures that leave the edit in memory for a retry, as opposed to bugs or refused input. */
export function isRetryableWriteError(error: unknown): boolean {
  return error instanceof CalepinError && (error.code === 'DISK_FULL' || error.code === 'WRITE_FAILED');
}
