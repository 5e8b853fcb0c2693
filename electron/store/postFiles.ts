/**
 * One file per post (`posts/<id>.json`), so saving an edit costs O(that post) and a sync client
 * conflicts per post rather than per workspace. Broken files are set aside byte for byte, never
 * overwritten; a version a sync client wrote under us is kept as a copy before we save ours.
 */
import { mkdir, open, rename } from 'node:fs/promises';
import path from 'node:path';
import { Post } from '../../core/model/index.js';
import { durableWrite, syncDirectory } from './durableWrite.js';
import { errnoCode, nodeFsOps, type FileStat, type FsOps } from './fsOps.js';
import { corrupt, parseJsonFile, toJsonText } from './jsonFile.js';
import { CONFLICTS_DIR, QUARANTINE_DIR, abs, fileStamp, postFile } from './layout.js';
import { writeError } from './storeErrors.js';

export interface PostOnDisk {
  post: Post;
  file: FileStat;
  bytes: Buffer;
}

/** Reads a file whole with the stat of the very same open file (no race between the two). */
export async function readWithStat(file: string): Promise<{ bytes: Buffer; stat: FileStat } | null> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
  try {
    const s = await handle.stat();
    const bytes = await handle.readFile();
    return { bytes, stat: { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino } };
  } finally {
    await handle.close();
  }
}

/** `null` when there is no such file; WORKSPACE_CORRUPT (with `bytes` kept on the error) when broken. */
export async function readPostFile(dir: string, id: string): Promise<PostOnDisk | null> {
  const read = await readWithStat(abs(dir, postFile(id)));
  if (!read) return null;
  const post = parsePostBytes(read.bytes, id);
  return { post, file: read.stat, bytes: read.bytes };
}

export function parsePostBytes(bytes: Buffer, id: string): Post {
  const label = postFile(id);
  const post = parseJsonFile(bytes, label, Post);
  // A file renamed by hand would otherwise give two posts the same id.
  if (post.id !== id) throw corrupt(label, 'wrong-shape', `id ${post.id} in ${id}.json`);
  return post;
}

export async function writePostFile(dir: string, post: Post, ops: FsOps = nodeFsOps): Promise<FileStat> {
  try {
    return await durableWrite(abs(dir, postFile(post.id)), toJsonText(post), ops);
  } catch (error) {
    throw writeError(error, postFile(post.id));
  }
}

/** Removes a post file; `false` when it was already gone (a sync client deleted it first). */
export async function removePostFile(dir: string, id: string, ops: FsOps = nodeFsOps): Promise<boolean> {
  const file = abs(dir, postFile(id));
  try {
    await ops.unlink(file);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false;
    throw writeError(error, postFile(id));
  }
  try {
    await syncDirectory(path.dirname(file), ops);
  } catch (error) {
    throw writeError(error, postFile(id));
  }
  return true;
}

/**
 * Moves a broken file into quarantine/ unchanged (a rename keeps every byte) and returns its new
 * name relative to the workspace.
 */
export async function quarantineFile(dir: string, relative: string, at: Date, ops: FsOps = nodeFsOps): Promise<string> {
  await mkdir(abs(dir, QUARANTINE_DIR), { recursive: true });
  const target = `${QUARANTINE_DIR}/${fileStamp(at)}-${path.posix.basename(relative)}`;
  await rename(abs(dir, relative), abs(dir, target));
  await syncDirectory(abs(dir, QUARANTINE_DIR), ops);
  await syncDirectory(path.dirname(abs(dir, relative)), ops);
  return target;
}

/** Keeps the version a sync client (or another machine) wrote, before ours replaces it. */
export async function keepConflictCopy(
  dir: string,
  id: string,
  bytes: Buffer,
  at: Date,
  ops: FsOps = nodeFsOps,
): Promise<string> {
  await mkdir(abs(dir, CONFLICTS_DIR), { recursive: true });
  const target = `${CONFLICTS_DIR}/${id}-${fileStamp(at)}.json`;
  try {
    await durableWrite(abs(dir, target), bytes, ops);
  } catch (error) {
    throw writeError(error, target);
  }
  return target;
}
