/**
 * A workspace that cannot be opened (workspace.json is garbage) must still lead to its backups:
 * they are found by the id the folder had (from the file if it still says, else from the map kept
 * in the data folder), and one can be restored before opening it again.
 */
import path from 'node:path';
import { CalepinError } from '../../core/errors.js';
import { findBackup, workspaceIdForFolder } from '../backup/catalog.js';
import { restoreBackupFiles } from '../backup/restore.js';
import { lockWorkspace } from './lock.js';
import type { StoreOptions } from './storeOptions.js';

export async function restoreIntoBrokenWorkspace(
  folder: string,
  backupId: string,
  options: StoreOptions,
): Promise<{ asideDir: string }> {
  const dir = path.resolve(folder);
  const workspaceId = await workspaceIdForFolder(options.dataDir, dir);
  if (!workspaceId) throw new CalepinError('BACKUP_NOT_FOUND', { id: backupId });
  const entry = await findBackup(options.dataDir, workspaceId, backupId);
  const locked = await lockWorkspace(dir, () => undefined, options.lockStaleMs);
  if (!locked.ok) throw locked.reason;
  try {
    return await restoreBackupFiles({
      dir,
      dataDir: options.dataDir,
      workspaceId,
      backupFile: entry.file,
      backupId,
      at: options.clock(),
    });
  } finally {
    await locked.lock.release();
  }
}
