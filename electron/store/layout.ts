/**
 * Where things live in a workspace folder (DESIGN.md §2) and how names in posts/ are read.
 * Sync clients leave their own copies next to our files when two machines edit the same post;
 * those are recognised here so the store can show them instead of ignoring them.
 */
import path from 'node:path';
import { TEMP_FILE } from './durableWrite.js';

export const WORKSPACE_FILE = 'workspace.json';
export const MEDIA_FILE = 'media.json';
export const POSTS_DIR = 'posts';
export const INDEX_DIR = 'index';
export const SNAPSHOT_FILE = 'index/summary.jsonl';
export const JOURNAL_FILE = 'index/journal.jsonl';
export const HISTORY_DIR = 'history';
export const CONFLICTS_DIR = 'conflicts';
export const QUARANTINE_DIR = 'quarantine';
export const LOCK_DIR = '.calepin-lock';

/** The folders a workspace is made of; created with the workspace. */
export const WORKSPACE_DIRS = [POSTS_DIR, INDEX_DIR, HISTORY_DIR, CONFLICTS_DIR, QUARANTINE_DIR, 'media'];

export function postFile(id: string): string {
  return `${POSTS_DIR}/${id}.json`;
}

export function abs(dir: string, relative: string): string {
  return path.join(dir, ...relative.split('/'));
}

const POST_NAME = /^([A-Za-z0-9_-]{1,64})\.json$/;
/**
 * Conflict copies as the common sync clients name them:
 * Dropbox / Nextcloud / ownCloud `abc (conflicted copy 2024-05-01).json`, French Dropbox
 * `abc (copie en conflit de …).json`, Syncthing `abc.sync-conflict-20240501-120000-ABCDEFG.json`,
 * Google Drive / OneDrive duplicates `abc (1).json`, Resilio `abc.Conflict.json`.
 */
const CONFLICT_NAMES = [
  /^([A-Za-z0-9_-]{1,64}) \((?:[^)]*conflict[^)]*|[^)]*conflit[^)]*|\d+)\)\.json$/i,
  /^([A-Za-z0-9_-]{1,64})\.sync-conflict-[^.]+\.json$/i,
  /^([A-Za-z0-9_-]{1,64})\.conflict[^.]*\.json$/i,
];

export type PostsEntry =
  { kind: 'post'; id: string } | { kind: 'conflict'; postId: string | null } | { kind: 'temp' } | { kind: 'other' };

export function classifyPostsEntry(name: string): PostsEntry {
  const post = POST_NAME.exec(name);
  if (post?.[1]) return { kind: 'post', id: post[1] };
  if (TEMP_FILE.test(name)) return { kind: 'temp' };
  for (const pattern of CONFLICT_NAMES) {
    const match = pattern.exec(name);
    if (match?.[1]) return { kind: 'conflict', postId: match[1] };
  }
  // Any other JSON file in posts/ is most likely a copy a sync client made under a name we do not
  // know: show it as a conflict rather than let it sit there unseen.
  if (name.endsWith('.json') && !name.startsWith('.')) return { kind: 'conflict', postId: null };
  return { kind: 'other' };
}

/** A timestamp safe in file names on every platform: 2026-03-29T07-00-00-000Z. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}
