/**
 * Thumbnails: a 320 px WebP per image in `<dataDir>/thumbnails/<sha256>.webp`, a cache outside the
 * workspace (a sync client never carries it, deleting it loses nothing). Written during an import
 * from the decode that checked the file, otherwise made on first request from the stored file.
 * Videos get none for now (no frame decoder without ffmpeg).
 */
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MediaItem } from '../../core/model/index.js';
import { tempNameFor } from '../store/durableWrite.js';
import { abs } from '../store/layout.js';
import { STORED_FILE } from './formats.js';
import type { NewestFirstQueue } from './newestFirstQueue.js';
import { thumbnailPipeline } from './probeImage.js';

export const THUMBNAILS_DIR = 'thumbnails';

export function thumbnailPath(dataDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
  return path.join(dataDir, THUMBNAILS_DIR, `${sha256}.webp`);
}

/**
 * Puts a thumbnail in the cache, atomically (a reader never sees half a file) but without fsync:
 * a cache lost in a power cut is made again, and two fsyncs per file would slow imports down.
 */
export async function writeThumbnail(dataDir: string, sha256: string, webp: Uint8Array): Promise<string> {
  const file = thumbnailPath(dataDir, sha256);
  await mkdir(path.dirname(file), { recursive: true });
  const temp = tempNameFor(file);
  try {
    await writeFile(temp, webp, { flag: 'wx' });
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return file;
}

/**
 * The thumbnail of an item, made now if the cache does not have it; `null` for a video, or for an
 * item whose stored file is missing, damaged, or not where media.json may point. With a `queue`,
 * the making (not the cache look-up) waits its turn there.
 */
export async function ensureThumbnail(
  dataDir: string,
  workspaceDir: string,
  item: MediaItem,
  queue?: NewestFirstQueue,
): Promise<string | null> {
  if (item.kind === 'video') return null;
  const match = STORED_FILE.exec(item.file);
  if (!match || match[1] !== item.sha256) return null;
  const file = thumbnailPath(dataDir, item.sha256);
  const cached = await stat(file).then(
    (s) => s.isFile() && s.size > 0,
    () => false,
  );
  if (cached) return file;
  const make = async () => {
    try {
      const webp = await thumbnailPipeline(abs(workspaceDir, item.file)).toBuffer();
      return await writeThumbnail(dataDir, item.sha256, webp);
    } catch {
      return null;
    }
  };
  return queue ? queue.run(item.sha256, make) : make();
}
