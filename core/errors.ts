/**
 * Every failure that crosses the API carries one of these codes and plain params; the renderer
 * translates `errors.<code>` with the params, the log keeps the detail.
 */
export const ERROR_CODES = [
  /** No workspace is open (first start, or the last one failed to open). */
  'NO_WORKSPACE',
  /** A file of the workspace is not JSON, truncated, empty, `null` or of the wrong shape. params: file, reason */
  'WORKSPACE_CORRUPT',
  /** Written by a newer Calepin. params: found, supported */
  'WORKSPACE_NEWER_SCHEMA',
  /** Another Calepin holds the workspace. params: path */
  'WORKSPACE_LOCKED',
  /** The workspace is open read-only (corrupt, newer, locked); nothing may be written. params: reason */
  'WORKSPACE_READ_ONLY',
  /** The folder does not exist or is not a Calepin workspace. params: path */
  'WORKSPACE_NOT_FOUND',
  /** Creating a workspace where a folder is not empty. params: path */
  'WORKSPACE_EXISTS',
  /** The disk is full: the edit is kept in memory, retry when there is room. params: file */
  'DISK_FULL',
  /** Any other write failure (permissions, read-only disk). params: file, reason */
  'WRITE_FAILED',
  /** The thing asked for does not exist (any more). params: kind, id */
  'NOT_FOUND',
  /** The input did not match the contract. params: issues */
  'INVALID_INPUT',
  /** Someone else changed the item since it was read. params: id, expected, found */
  'CONFLICT',
  /** No backup to restore. params: id */
  'BACKUP_NOT_FOUND',
  /**
   * A workspace archive (zip) that restore will not unpack: an unsafe entry (`..`, absolute path,
   * link), sizes past the cap, damaged, not a Calepin archive, or a workspace that does not open.
   * params: reason, entry
   */
  'ARCHIVE_REFUSED',
  /** Printing a PDF failed (no Chromium, or it crashed). params: reason */
  'PRINT_FAILED',
  /** An import file was refused before anything changed. params: reason (an IMPORT_REJECTIONS code), file, detail */
  'IMPORT_REJECTED',
  /** Unexpected failure; the log has the detail. */
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
export type ErrorParams = Record<string, string | number | boolean | null>;

/** The serialisable error shape that both transports carry. */
export interface CalepinErrorData {
  code: ErrorCode;
  params: ErrorParams;
}

export class CalepinError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;

  constructor(code: ErrorCode, params: ErrorParams = {}, options?: { cause?: unknown }) {
    super(`${code} ${JSON.stringify(params)}`, options);
    this.name = 'CalepinError';
    this.code = code;
    this.params = params;
  }

  toData(): CalepinErrorData {
    return { code: this.code, params: this.params };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Turns anything thrown into the API's error shape without leaking internals. */
export function toErrorData(error: unknown): CalepinErrorData {
  if (error instanceof CalepinError) return error.toData();
  return { code: 'INTERNAL', params: {} };
}
