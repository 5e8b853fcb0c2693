/**
 * Real folders for tests (DESIGN.md §8: a real workspace in a temp folder, no mocked fs).
 *
 *   const temp = await makeTempDir('calepin-cli-');
 *   … temp.path …
 *   await temp.remove();          // or: afterEach(() => temp.remove())
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface TempDir {
  path: string;
  /** A path inside the folder (not created). */
  join(...parts: string[]): string;
  remove(): Promise<void>;
}

export async function makeTempDir(prefix = 'calepin-test-'): Promise<TempDir> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return {
    path: dir,
    join: (...parts) => path.join(dir, ...parts),
    remove: () => rm(dir, { recursive: true, force: true, maxRetries: 3 }),
  };
}
