/**
 * Writes a backup without holding up the app: files are read one at a time and streamed through
 * gzip into a temp file, which is then fsynced and renamed into place like any durable write.
 * Post files are each written atomically, so reading them during edits sees whole versions.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, constants as zlib } from 'node:zlib';
import type { BackupInfo } from '../../core/api.js';
import { syncDirectory, tempNameFor } from '../store/durableWrite.js';
import { errnoCode, nodeFsOps, type FsOps } from '../store/fsOps.js';
import { MEDIA_FILE, POSTS_DIR, WORKSPACE_FILE, abs, classifyPostsEntry } from '../store/layout.js';
import {
  BACKUP_EXTENSION,
  backupName,
  encodeFileLine,
  parseBackupName,
  toBackupInfo,
  type BackupHeader,
  type BackupReason,
  type BackupTrailer,
} from './backupFormat.js';

export interface BackupRequest {
  workspaceDir: string;
  /** `<dataDir>/backups/<workspace id>` */
  backupsDir: string;
  workspaceId: string;
  name: string;
  reason: BackupReason;
  at: Date;
  ops?: FsOps;
}

async function readIfPresent(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    // A post deleted while the backup runs is simply not in it.
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
}

async function* backupLines(request: BackupRequest, counts: { posts: number }): AsyncGenerator<string> {
  const header: BackupHeader = {
    calepinBackup: 1,
    workspaceId: request.workspaceId,
    name: request.name,
    at: request.at.toISOString(),
    reason: request.reason,
    source: request.workspaceDir,
  };
  yield `${JSON.stringify(header)}\n`;
  let files = 0;
  for (const relative of [WORKSPACE_FILE, MEDIA_FILE]) {
    const bytes = await readIfPresent(abs(request.workspaceDir, relative));
    if (bytes === null) continue;
    files += 1;
    yield `${JSON.stringify(encodeFileLine(relative, bytes))}\n`;
  }
  const names = await readdir(abs(request.workspaceDir, POSTS_DIR)).catch(() => [] as string[]);
  for (const name of names.sort()) {
    if (classifyPostsEntry(name).kind !== 'post') continue;
    const bytes = await readIfPresent(abs(request.workspaceDir, `${POSTS_DIR}/${name}`));
    if (bytes === null) continue;
    files += 1;
    counts.posts += 1;
    yield `${JSON.stringify(encodeFileLine(`${POSTS_DIR}/${name}`, bytes))}\n`;
  }
  const trailer: BackupTrailer = { end: true, files };
  yield `${JSON.stringify(trailer)}\n`;
}

export async function writeBackup(request: BackupRequest): Promise<BackupInfo> {
  const ops = request.ops ?? nodeFsOps;
  await mkdir(request.backupsDir, { recursive: true });
  const counts = { posts: 0 };
  const provisional = path.join(request.backupsDir, `backup${BACKUP_EXTENSION}`);
  const temp = tempNameFor(provisional);
  try {
    // Level 4: most of gzip's gain on JSON at a fraction of the default level's time.
    await pipeline(
      Readable.from(backupLines(request, counts)),
      createGzip({ level: 4, strategy: zlib.Z_DEFAULT_STRATEGY }),
      createWriteStream(temp, { flags: 'wx' }),
    );
    const fd = await ops.open(temp, 'r+');
    try {
      await ops.fsync(fd);
    } finally {
      await ops.close(fd);
    }
    const id = backupName(request.at, request.reason, counts.posts, randomBytes(3).toString('hex'));
    const final = path.join(request.backupsDir, `${id}${BACKUP_EXTENSION}`);
    await ops.rename(temp, final);
    await syncDirectory(request.backupsDir, ops);
    const parsed = parseBackupName(`${id}${BACKUP_EXTENSION}`);
    if (!parsed) throw new Error(`unparsable backup name ${id}`);
    return toBackupInfo(parsed, (await stat(final)).size);
  } catch (error) {
    await ops.unlink(temp).catch(() => undefined);
    throw error;
  }
}
