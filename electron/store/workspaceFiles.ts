/**
 * workspace.json and media.json: small files read whole through lowdb with the durable adapter.
 * workspace.json decides how the workspace opens: current schema, older (migrate), newer (read-only).
 */
import { readFile } from 'node:fs/promises';
import { Low } from 'lowdb';
import { z } from 'zod';
import type { WorkspaceInfo } from '../../core/api.js';
import { CalepinError } from '../../core/errors.js';
import { MediaItem, SCHEMA_VERSION, WorkspaceFile } from '../../core/model/index.js';
import { DurableJsonAdapter } from './DurableJsonAdapter.js';
import { errnoCode, type FsOps } from './fsOps.js';
import { parseJsonBytes, validate } from './jsonFile.js';
import { MEDIA_FILE, WORKSPACE_FILE, abs } from './layout.js';
import { schemaVersionOf } from './migrations.js';
import type { SummaryIndex } from './summaryIndex.js';

/** A workspace as read: its schema version may be newer than ours when opened read-only. */
export type WorkspaceData = Omit<WorkspaceFile, 'schemaVersion'> & { schemaVersion: number };

/** `items` is required: a media.json without it is damaged, not empty. */
export const MediaFile = z.object({ items: z.array(MediaItem) });
export type MediaFile = z.infer<typeof MediaFile>;

export type WorkspaceRead =
  | { kind: 'current'; db: Low<WorkspaceFile> }
  | { kind: 'older'; version: number; raw: unknown; bytes: Buffer }
  | { kind: 'newer'; version: number; workspace: WorkspaceData };

/** What a newer Calepin wrote may have more; we show what we understand, read-only. */
const NewerWorkspace = WorkspaceFile.extend({ schemaVersion: z.number().int() });

export function workspaceDb(dir: string, ops: FsOps): Low<WorkspaceFile> {
  return new Low<WorkspaceFile>(
    new DurableJsonAdapter(abs(dir, WORKSPACE_FILE), WorkspaceFile, WORKSPACE_FILE, ops),
    null as unknown as WorkspaceFile,
  );
}

export function mediaDb(dir: string, ops: FsOps): Low<MediaFile> {
  return new Low<MediaFile>(new DurableJsonAdapter(abs(dir, MEDIA_FILE), MediaFile, MEDIA_FILE, ops), { items: [] });
}

export async function readWorkspaceFile(dir: string, ops: FsOps): Promise<WorkspaceRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(abs(dir, WORKSPACE_FILE));
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CalepinError('WORKSPACE_NOT_FOUND', { path: dir });
    throw error;
  }
  const raw = parseJsonBytes(bytes, WORKSPACE_FILE);
  const version = schemaVersionOf(raw);
  if (version === null) validate(raw, WORKSPACE_FILE, WorkspaceFile); // throws wrong-shape, naming the file
  if (version !== null && version > SCHEMA_VERSION) {
    const parsed = NewerWorkspace.safeParse(raw);
    if (!parsed.success)
      throw new CalepinError('WORKSPACE_NEWER_SCHEMA', { found: version, supported: SCHEMA_VERSION });
    return { kind: 'newer', version, workspace: parsed.data };
  }
  if (version !== null && version < SCHEMA_VERSION) return { kind: 'older', version, raw, bytes };
  const db = workspaceDb(dir, ops);
  await db.read();
  // read() leaves the default (null) only if the file vanished between the two reads.
  if (db.data === null) throw new CalepinError('WORKSPACE_NOT_FOUND', { path: dir });
  return { kind: 'current', db };
}

/** What the app shows about a workspace: workspace.json's small parts plus counts from the index. */
export function workspaceInfo(dir: string, ws: WorkspaceData, index: SummaryIndex, media: number): WorkspaceInfo {
  let backlog = 0;
  for (const entry of index.entries.values()) if (entry.summary.plannedAt === null) backlog += 1;
  const counts = { posts: index.entries.size, backlog, media, requests: ws.requests.length };
  const { id, name, schemaVersion, settings, accounts, labels, campaigns, people } = ws;
  // A newer workspace read leniently may lack them.
  const snippets = ws.snippets ?? [];
  const hashtagGroups = ws.hashtagGroups ?? [];
  return {
    id,
    path: dir,
    name,
    schemaVersion,
    settings,
    accounts,
    labels,
    campaigns,
    people,
    snippets,
    hashtagGroups,
    counts,
  };
}
