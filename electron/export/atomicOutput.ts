/**
 * Writes an output file so that it is either whole or absent: the writer fills a temp file in the
 * same folder (same file system, so the rename is atomic), which is renamed over the target only
 * when the writer succeeded. On any failure the temp file is removed and the target left alone.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';

export async function writeAtomically<T>(out: string, write: (tempPath: string) => Promise<T>): Promise<T> {
  const target = path.resolve(out);
  // A dot-name so that a file manager or a sync client watching the folder does not pick it up.
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    const result = await write(temp);
    await rename(temp, target);
    return result;
  } catch (error) {
    await rm(temp, { force: true, recursive: true });
    throw error;
  }
}
