/**
 * Puts a backup back in place. The backup is first unpacked into a staging folder (and checked to
 * the end), then the current files are moved aside — never deleted — and the staged ones renamed
 * in, workspace.json last. history/, media/, conflicts/ and quarantine/ stay where they are.
 * The caller holds the workspace lock.
 */
import { cp, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Post, summarise } from '../../core/model/index.js';
import { syncDirectory } from '../store/durableWrite.js';
import { errnoCode } from '../store/fsOps.js';
import { INDEX_DIR, MEDIA_FILE, POSTS_DIR, WORKSPACE_FILE, abs, fileStamp } from '../store/layout.js';
import { SummaryIndex } from '../store/summaryIndex.js';
import type { IndexEntry } from '../store/summaryCodec.js';
import { backupsDirFor } from './backupFormat.js';
import { openBackup } from './readBackup.js';

export interface RestoreRequest {
  dir: string;
  dataDir: string;
  workspaceId: string;
  backupFile: string;
  backupId: string;
  at: Date;
}

async function writeSynced(file: string, bytes: Buffer): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Unpacks into `staging`, building the summary index from the posts on the way. */
async function unpack(request: RestoreRequest, staging: string): Promise<void> {
  await mkdir(path.join(staging, POSTS_DIR), { recursive: true });
  await mkdir(path.join(staging, INDEX_DIR), { recursive: true });
  const backup = await openBackup(request.backupFile, request.backupId);
  const entries: IndexEntry[] = [];
  let sawWorkspace = false;
  const writing = new Set<Promise<void>>();
  for await (const file of backup.files) {
    sawWorkspace ||= file.path === WORKSPACE_FILE;
    const target = abs(staging, file.path);
    const job = writeSynced(target, file.bytes).then(async () => {
      if (!file.path.startsWith(`${POSTS_DIR}/`)) return;
      // A post the backup holds broken is restored as is; the next open sets it aside.
      const parsed = Post.safeParse(JSON.parse(file.bytes.toString('utf8')) as unknown);
      if (!parsed.success) return;
      const s = await stat(target);
      entries.push({ summary: summarise(parsed.data), file: { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino } });
    });
    writing.add(job);
    void job.finally(() => writing.delete(job)).catch(() => undefined);
    // A few files in flight keep the disk busy without holding thousands of buffers.
    if (writing.size >= 16) await Promise.race(writing);
  }
  await Promise.all(writing);
  if (!sawWorkspace) throw new Error('backup without workspace.json');
  await syncDirectory(path.join(staging, POSTS_DIR));
  const index = new SummaryIndex(staging);
  index.replaceAll(entries);
  await index.compact();
}

/** Moves `from` to `to`, copying when they are on different disks (rename cannot cross them). */
async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if (errnoCode(error) !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true, errorOnExist: true, force: false, preserveTimestamps: true });
    await rm(from, { recursive: true });
  }
}

/** Next to the workspace when the parent folder is writable (easy to find by hand), else in the data folder. */
async function asideFolder(request: RestoreRequest): Promise<string> {
  const stamp = fileStamp(request.at);
  const sibling = path.join(path.dirname(request.dir), `${path.basename(request.dir)}.before-restore-${stamp}`);
  try {
    await mkdir(sibling);
    return sibling;
  } catch {
    const inData = path.join(backupsDirFor(request.dataDir, request.workspaceId), 'before-restore', stamp);
    await mkdir(inData, { recursive: true });
    return inData;
  }
}

const SWAPPED = [POSTS_DIR, INDEX_DIR, MEDIA_FILE, WORKSPACE_FILE];

/** Returns where the previous files were put. */
export async function restoreBackupFiles(request: RestoreRequest): Promise<{ asideDir: string }> {
  const staging = path.join(request.dir, `.calepin-restore-${fileStamp(request.at)}`);
  try {
    await unpack(request, staging);
  } catch (error) {
    // Only our own staging folder goes; the workspace has not been touched yet.
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const asideDir = await asideFolder(request);
  for (const name of SWAPPED) {
    await move(path.join(request.dir, name), path.join(asideDir, name)).catch((error: unknown) => {
      if (errnoCode(error) !== 'ENOENT') throw error;
    });
  }
  await syncDirectory(asideDir);
  const staged = new Set(await readdir(staging));
  // workspace.json last: until it is in place, an interrupted restore does not look like a workspace.
  for (const name of SWAPPED) {
    if (staged.has(name)) await rename(path.join(staging, name), path.join(request.dir, name));
  }
  await syncDirectory(request.dir);
  await rm(staging, { recursive: true, force: true });
  return { asideDir };
}
