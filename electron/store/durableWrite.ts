/**
 * Durable, atomic file writes. lowdb's stock adapter (steno) never fsyncs and always uses the same
 * temp name, so a power cut can leave a file of zeros and two writers tear each other's files
 * (lowdb #549, #352, #139). Here: a unique temp file next to the target, write, fsync, close,
 * rename over the target, fsync the directory so the rename itself survives a power cut.
 * On failure the temp file is removed and the target is untouched.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { nodeFsOps, type FileStat, type FsOps } from './fsOps.js';

export type WriteData = string | Uint8Array | readonly (string | Uint8Array)[];

/** Our temp files: `.<name>.<12 hex>.tmp`. Anything else that looks temporary belongs to someone else. */
export const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

export function tempNameFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
}

function chunks(data: WriteData): Uint8Array[] {
  const parts = typeof data === 'string' || data instanceof Uint8Array ? [data] : data;
  return parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : part));
}

/** Writes `data` to `file` atomically and durably; returns the stat of the new file (its fingerprint). */
export async function durableWrite(file: string, data: WriteData, ops: FsOps = nodeFsOps): Promise<FileStat> {
  const temp = tempNameFor(file);
  let fd: number | null = null;
  let renamed = false;
  try {
    fd = await ops.open(temp, 'wx', 0o666);
    for (const chunk of chunks(data)) await ops.write(fd, chunk);
    await ops.fsync(fd);
    const stat = await ops.fstat(fd);
    const open = fd;
    fd = null;
    await ops.close(open);
    await ops.rename(temp, file);
    renamed = true;
    await syncDirectory(path.dirname(file), ops);
    return stat;
  } catch (error) {
    if (fd !== null) await ops.close(fd).catch(() => undefined);
    // Once renamed, the temp name no longer exists and the new content is in place; only the
    // directory fsync failed, which the caller still hears about.
    if (!renamed) await ops.unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Makes a rename or a new directory entry durable. A no-op where directories cannot be fsynced. */
export async function syncDirectory(dir: string, ops: FsOps = nodeFsOps): Promise<void> {
  if (!ops.syncDirectories) return;
  const fd = await ops.open(dir, 'r');
  try {
    await ops.fsync(fd);
  } finally {
    await ops.close(fd);
  }
}

/** Where an append started, so that a later step of the same change can take it back. */
export interface AppendMark {
  file: string;
  offset: number;
}

/**
 * Appends `text` (one or more whole lines) and fsyncs. If the write fails part-way (disk full),
 * the file is cut back to its previous length so no half line is left behind.
 */
export async function durableAppend(file: string, text: string, ops: FsOps = nodeFsOps): Promise<AppendMark> {
  const fd = await ops.open(file, 'a', 0o666);
  let offset = -1;
  try {
    offset = (await ops.fstat(fd)).size;
    await ops.write(fd, Buffer.from(text, 'utf8'));
    await ops.fsync(fd);
  } catch (error) {
    if (offset >= 0) await ops.ftruncate(fd, offset).catch(() => undefined);
    await ops.close(fd).catch(() => undefined);
    throw error;
  }
  await ops.close(fd);
  // A new (or emptied) file is a new directory entry: make it durable too.
  if (offset === 0) await syncDirectory(path.dirname(file), ops);
  return { file, offset };
}

/** Takes back an append (the rest of its change failed). Shrinking a file never needs free space. */
export async function truncateTo(mark: AppendMark, ops: FsOps = nodeFsOps): Promise<void> {
  const fd = await ops.open(mark.file, 'r+');
  try {
    await ops.ftruncate(fd, mark.offset);
    await ops.fsync(fd);
  } finally {
    await ops.close(fd);
  }
}
