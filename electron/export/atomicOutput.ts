/**
 * Writes an output file so that it is either whole or absent: the writer fills a temp file in the
 * same folder (same file system, so the rename is atomic), which is renamed over the target only
 * when the writer succeeded. On any failure the temp file is removed and the target left alone.
 */
import { randomBytes } from 'node:crypto';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * `replaceableDirectory` lets a writer that makes a folder (one calendar per account) replace the
 * folder an earlier export made: only when every entry passes it, so no other folder is ever
 * swept away. The old folder is set aside, the new one renamed in, then the old one removed.
 */
export async function writeAtomically<T>(
  out: string,
  write: (tempPath: string) => Promise<T>,
  replaceableDirectory?: (entry: string) => boolean,
): Promise<T> {
  const target = path.resolve(out);
  // A dot-name so that a file manager or a sync client watching the folder does not pick it up.
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    const result = await write(temp);
    const existing = await stat(target).catch(() => null);
    if (existing?.isDirectory() && replaceableDirectory) {
      const entries = await readdir(target);
      if (!entries.every(replaceableDirectory)) throw new Error(`${target} holds other files: not replaced`);
      const aside = `${temp}.old`;
      await rename(target, aside);
      await rename(temp, target);
      await rm(aside, { recursive: true, force: true });
      return result;
    }
    await rename(temp, target);
    return result;
  } catch (error) {
    await rm(temp, { force: true, recursive: true });
    throw error;
  }
}
