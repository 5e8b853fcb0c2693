/**
 * Finding a workspace's backups, also when the workspace itself cannot be read: backups are filed
 * by workspace id, and every folder opened is remembered (folder → id) in the data folder, so a
 * workspace.json that is now garbage still leads to its latest good backup.
 */
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import type { BackupInfo } from '../../core/api.js';
import { CalepinError } from '../../core/errors.js';
import { DurableJsonAdapter } from '../store/DurableJsonAdapter.js';
import { errnoCode } from '../store/fsOps.js';
import { WORKSPACE_FILE } from '../store/layout.js';
import {
  BACKUP_EXTENSION,
  backupsDirFor,
  backupsRoot,
  parseBackupName,
  toBackupInfo,
  type ParsedBackupName,
} from './backupFormat.js';

const Folders = z.record(z.string(), z.string());
type Folders = z.infer<typeof Folders>;

function foldersDb(dataDir: string): Low<Folders> {
  const file = path.join(backupsRoot(dataDir), 'folders.json');
  return new Low<Folders>(new DurableJsonAdapter(file, Folders, 'backups/folders.json'), {});
}

function key(dir: string): string {
  return path.resolve(dir);
}

/** Remembers which workspace lives in `dir`; a no-op when nothing changed. */
export async function rememberFolder(dataDir: string, dir: string, workspaceId: string): Promise<void> {
  const db = foldersDb(dataDir);
  // A damaged map is rebuilt from scratch: it only helps find backups, the backups themselves are intact.
  await db.read().catch(() => undefined);
  if (db.data[key(dir)] === workspaceId) return;
  db.data[key(dir)] = workspaceId;
  await mkdir(backupsRoot(dataDir), { recursive: true });
  await db.write();
}

/** The id of the workspace in `dir`: from its workspace.json if that still says, else from the map. */
export async function workspaceIdForFolder(dataDir: string, dir: string): Promise<string | null> {
  try {
    const raw = JSON.parse(await readFile(path.join(dir, WORKSPACE_FILE), 'utf8')) as { id?: unknown };
    if (typeof raw.id === 'string' && raw.id.length > 0) return raw.id;
  } catch {
    // Unreadable: fall back to what we remembered.
  }
  const db = foldersDb(dataDir);
  await db.read().catch(() => undefined);
  return db.data[key(dir)] ?? null;
}

export interface BackupEntry extends ParsedBackupName {
  file: string;
  bytes: number;
}

/** Newest first. */
export async function backupEntries(dataDir: string, workspaceId: string): Promise<BackupEntry[]> {
  const dir = backupsDirFor(dataDir, workspaceId);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw error;
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const file = path.join(dir, name);
    const size = await stat(file)
      .then((s) => s.size)
      .catch(() => null);
    if (size !== null) entries.push({ ...parsed, file, bytes: size });
  }
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1));
}

export async function listBackups(dataDir: string, workspaceId: string): Promise<BackupInfo[]> {
  return (await backupEntries(dataDir, workspaceId)).map((entry) => toBackupInfo(entry, entry.bytes));
}

export async function findBackup(dataDir: string, workspaceId: string, id: string): Promise<BackupEntry> {
  const found = (await backupEntries(dataDir, workspaceId)).find((entry) => entry.id === id);
  if (!found) throw new CalepinError('BACKUP_NOT_FOUND', { id });
  return found;
}

/** For a workspace that failed to open: its backups, newest (the one to offer) first. */
export async function backupsForFolder(
  dataDir: string,
  dir: string,
): Promise<{ workspaceId: string | null; backups: BackupInfo[] }> {
  const workspaceId = await workspaceIdForFolder(dataDir, dir);
  return { workspaceId, backups: workspaceId ? await listBackups(dataDir, workspaceId) : [] };
}

export { BACKUP_EXTENSION };
