/**
 * A backup is one gzip'd JSON-lines file in `<dataDir>/backups/<workspace id>/`:
 *   {"calepinBackup":1, "workspaceId", "name", "at", "reason", "source"}   header
 *   {"path":"posts/abc.json","data":"…"}                                  one line per file
 *   {"end":true,"files":N}                                                  trailer: a backup cut short is refused
 * Its name carries what the list needs (when, why, how many posts), so listing reads no content:
 *   2026-03-29T07-00-00-000Z_scheduled_120p_a1b2.jsonl.gz
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { BackupInfo } from '../../core/api.js';

/** core's reasons, plus the copy kept before a schema migration (see the report on core/api.ts). */
export type BackupReason = BackupInfo['reason'] | 'before-migration';
export const BACKUP_EXTENSION = '.jsonl.gz';

export interface BackupHeader {
  calepinBackup: 1;
  workspaceId: string;
  name: string;
  at: string;
  reason: BackupReason;
  source: string;
}
export interface BackupFileLine {
  path: string;
  /** The file's text; `base64` instead when its bytes are not valid UTF-8 (kept byte for byte). */
  data?: string;
  base64?: string;
}
export interface BackupTrailer {
  end: true;
  files: number;
}

export function backupsRoot(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** Workspace ids come from files users can edit: anything unusual in a folder name is hashed. */
export function backupsDirFor(dataDir: string, workspaceId: string): string {
  const safe = /^[A-Za-z0-9_-]{1,64}$/.test(workspaceId)
    ? workspaceId
    : createHash('sha256').update(workspaceId).digest('hex').slice(0, 32);
  return path.join(backupsRoot(dataDir), safe);
}

export function backupName(at: Date, reason: BackupReason, posts: number, nonce: string): string {
  return `${at.toISOString().replace(/[:.]/g, '-')}_${reason}_${posts}p_${nonce}`;
}

const NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z_([a-z-]+)_(\d+)p_[A-Za-z0-9]+$/;

export interface ParsedBackupName {
  id: string;
  at: Date;
  reason: BackupReason;
  posts: number;
}

export function parseBackupName(fileName: string): ParsedBackupName | null {
  if (!fileName.endsWith(BACKUP_EXTENSION)) return null;
  const id = fileName.slice(0, -BACKUP_EXTENSION.length);
  const m = NAME.exec(id);
  if (!m) return null;
  const at = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  if (Number.isNaN(at.getTime())) return null;
  const reason = m[6] as string;
  const known = BackupInfo.shape.reason.safeParse(reason).success;
  return { id, at, reason: known ? (reason as BackupReason) : 'manual', posts: Number(m[7]) };
}

/** The API's view: a reason this version does not know (a newer Calepin's) is shown as a manual copy. */
export function toBackupInfo(parsed: ParsedBackupName, bytes: number): BackupInfo {
  const reason = BackupInfo.shape.reason.safeParse(parsed.reason);
  return {
    id: parsed.id,
    at: parsed.at.toISOString(),
    reason: reason.success ? reason.data : 'manual',
    posts: parsed.posts,
    bytes,
  };
}

/** Text when the bytes survive a UTF-8 round trip, base64 otherwise. */
export function encodeFileLine(relative: string, bytes: Buffer): BackupFileLine {
  const text = bytes.toString('utf8');
  return Buffer.byteLength(text) === bytes.byteLength && Buffer.from(text, 'utf8').equals(bytes)
    ? { path: relative, data: text }
    : { path: relative, base64: bytes.toString('base64') };
}

export function decodeFileLine(line: BackupFileLine): Buffer {
  return line.base64 !== undefined ? Buffer.from(line.base64, 'base64') : Buffer.from(line.data ?? '', 'utf8');
}

/** Paths inside a backup are relative, forward-slashed and may not climb out of the workspace. */
export function isSafeBackupPath(relative: string): boolean {
  return /^(workspace\.json|media\.json|posts\/[A-Za-z0-9_-]{1,64}\.json)$/.test(relative);
}
