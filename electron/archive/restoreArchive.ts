/**
 * Restores a workspace archive into a NEW folder, all or nothing:
 *   1. the target must not exist, or be an empty folder (a restore never mixes into a workspace);
 *   2. every entry is checked first (readArchive.ts): no `..`, absolute path, link, encryption, or
 *      declared size past the limits;
 *   3. the files are unpacked into a hidden staging folder beside the target;
 *   4. the result is opened with the real store, and must open writable, with no broken post and
 *      every media file present at its size;
 *   5. only then is the staging folder renamed to the target.
 * Any failure removes the staging folder: nothing is left behind.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { CalepinError } from '../../core/errors.js';
import { syncDirectory } from '../store/durableWrite.js';
import { WorkspaceStore, type StoreOptions } from '../store/WorkspaceStore.js';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits, type ArchiveManifest } from './archiveFormat.js';
import { readArchiveContents, refuse, type ArchiveContents } from './readArchive.js';

export interface RestoreResult {
  path: string;
  manifest: ArchiveManifest;
  workspace: { id: string; name: string; posts: number; media: number; accounts: number };
  files: number;
}

export interface RestoreOptions {
  /** How the restored workspace is opened to check it (clock, actor, dataDir). */
  store: Pick<StoreOptions, 'clock' | 'actor' | 'dataDir'>;
  limits?: Partial<ArchiveLimits>;
}

async function assertFreeTarget(target: string): Promise<'absent' | 'empty-dir'> {
  const info = await stat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!info) return 'absent';
  if (!info.isDirectory() || (await readdir(target)).length > 0) {
    throw new CalepinError('WORKSPACE_EXISTS', { path: target });
  }
  return 'empty-dir';
}

export async function restoreWorkspaceArchive(
  archive: string,
  targetDir: string,
  options: RestoreOptions,
): Promise<RestoreResult> {
  const target = path.resolve(targetDir);
  const limits = { ...DEFAULT_ARCHIVE_LIMITS, ...options.limits };
  await assertFreeTarget(target);
  const contents = await readArchiveContents(path.resolve(archive), limits);
  const parent = path.dirname(target);
  let staging: string | null = null;
  try {
    await mkdir(parent, { recursive: true });
    staging = path.join(parent, `.${path.basename(target)}.restoring-${randomBytes(6).toString('hex')}`);
    await mkdir(staging);
    const files = await unpack(contents, staging);
    contents.zip.close();
    const workspace = await checkRestoredWorkspace(staging, options.store);
    // Checked again: someone may have created the folder while we were unpacking.
    if ((await assertFreeTarget(target)) === 'empty-dir') await rmdir(target);
    await rename(staging, target);
    staging = null;
    await syncDirectory(parent).catch(() => undefined);
    return { path: target, manifest: contents.manifest, workspace, files };
  } finally {
    contents.zip.close();
    if (staging) await rm(staging, { recursive: true, force: true, maxRetries: 3 });
  }
}

async function unpack({ zip, entries }: ArchiveContents, staging: string): Promise<number> {
  let files = 0;
  for (const { entry, kind, segments } of entries) {
    // segments were checked to be plain names; path.join cannot leave the staging folder.
    const destination = path.join(staging, ...segments);
    if (kind === 'directory') {
      await mkdir(destination, { recursive: true });
      continue;
    }
    await mkdir(path.dirname(destination), { recursive: true });
    try {
      // validateEntrySizes: the stream fails if the data inflates past the size the entry declared.
      const stream = await zip.openReadStreamPromise(entry);
      await pipeline(stream, createWriteStream(destination, { flags: 'wx' }));
    } catch (error) {
      throw refuse('damaged', segments.join('/'), error);
    }
    files += 1;
  }
  return files;
}

async function checkRestoredWorkspace(
  dir: string,
  storeOptions: RestoreOptions['store'],
): Promise<RestoreResult['workspace']> {
  let store: WorkspaceStore;
  try {
    store = await WorkspaceStore.open(dir, { ...storeOptions, backups: { enabled: false, onClose: false } });
  } catch (error) {
    const file = error instanceof CalepinError ? String(error.params.file ?? error.params.path ?? '') : '';
    throw refuse('invalid-workspace', file, error);
  }
  try {
    const reason = store.readOnlyReason;
    if (reason) throw refuse('invalid-workspace', String(reason.params.file ?? reason.code));
    const broken = store.openReport.quarantined[0];
    if (broken) throw refuse('invalid-workspace', broken.file);
    for (const item of store.listMedia()) {
      const size = await stat(path.join(dir, ...item.file.split('/'))).then(
        (s) => (s.isFile() ? s.size : -1),
        () => -1,
      );
      if (size !== item.bytes) throw refuse('invalid-workspace', item.file);
    }
    const info = store.info();
    return {
      id: info.id,
      name: info.name,
      posts: info.counts.posts,
      media: info.counts.media,
      accounts: info.accounts.length,
    };
  } finally {
    await store.close();
  }
}
