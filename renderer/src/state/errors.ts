import { CalepinError, type CalepinErrorData } from '../../../core/errors.js';

/** Anything thrown, as the API's error shape; unknown failures become INTERNAL (the log has the detail). */
export function asErrorData(error: unknown): CalepinErrorData {
  if (error instanceof CalepinError) return error.toData();
  return { code: 'INTERNAL', params: {} };
}

/** Errors after which the app status (read-only, pending saves, problem) may have changed. */
const STATUS_CHANGING = new Set<string>([
  'DISK_FULL',
  'WRITE_FAILED',
  'WORKSPACE_READ_ONLY',
  'WORKSPACE_LOCKED',
  'WORKSPACE_CORRUPT',
  'WORKSPACE_NEWER_SCHEMA',
  'NO_WORKSPACE',
]);

export function changesStatus(error: CalepinErrorData): boolean {
  return STATUS_CHANGING.has(error.code);
}
