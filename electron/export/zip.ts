/**
 * The `zip` export: the whole workspace with its media (electron/archive), whatever the selection,
 * to be restored with `calepin restore`. Never written inside the workspace it archives.
 */
import path from 'node:path';
import { CalepinError } from '../../core/errors.js';
import { writeWorkspaceArchive } from '../archive/writeArchive.js';
import type { FormatWriter } from './writer.js';

export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export const zipWriter: FormatWriter = {
  format: 'zip',
  extension: 'zip',
  profiles: ['workspace'],
  async write(context, tempPath) {
    if (isInside(context.workspaceDir, tempPath)) {
      throw new CalepinError('INVALID_INPUT', {
        issues: 'the archive cannot be written inside the workspace it holds',
      });
    }
    await writeWorkspaceArchive(context.workspaceDir, tempPath, {
      id: context.workspace.id,
      name: context.workspace.name,
      createdAt: context.madeAt,
    });
  },
};
