import { CalepinError } from '../../core/errors.js';
import type { ImportRejection } from '../../core/imports/rejection.js';
import path from 'node:path';

/** The one error every refused import throws: nothing was read into the workspace. */
export function rejected(reason: ImportRejection, file: string, detail = ''): CalepinError {
  return new CalepinError('IMPORT_REJECTED', { reason, file: path.basename(file), detail });
}
