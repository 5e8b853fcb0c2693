/**
 * Runs a schema migration on disk. The old workspace is backed up first (outside the folder);
 * the new post files and index are written before the new workspace.json, so a crash part-way
 * leaves the old workspace.json in place and the next open simply migrates again (same ids, same
 * files, same result).
 */
import { mkdir } from 'node:fs/promises';
import { CalepinError } from '../../core/errors.js';
import { summarise } from '../../core/model/index.js';
import { statOrNull } from './DurableJsonAdapter.js';
import type { FsOps } from './fsOps.js';
import { HistoryLog } from './history.js';
import { corrupt } from './jsonFile.js';
import { MEDIA_FILE, WORKSPACE_DIRS, WORKSPACE_FILE, abs } from './layout.js';
import { migrateToCurrent, type MigratedWorkspace } from './migrations.js';
import { writePostFile } from './postFiles.js';
import { SummaryIndex } from './summaryIndex.js';
import { mediaDb, workspaceDb } from './workspaceFiles.js';

export interface MigrationRun {
  dir: string;
  ops: FsOps;
  clock: () => Date;
  actor: string;
  compactAfter: number;
  raw: unknown;
  version: number;
  backupBeforeMigration: (workspaceId: string, name: string) => Promise<void>;
}

export async function migrateWorkspace(run: MigrationRun): Promise<void> {
  let migrated: MigratedWorkspace;
  try {
    migrated = migrateToCurrent(run.raw, run.version);
  } catch (error) {
    // The file claims an old version but does not have its shape: it is damaged, not old.
    const detail = error instanceof Error ? error.message.slice(0, 300) : '';
    throw corrupt(WORKSPACE_FILE, 'wrong-shape', detail);
  }
  const { workspace, posts } = migrated;
  await run.backupBeforeMigration(workspace.id, workspace.name);
  try {
    for (const folder of WORKSPACE_DIRS) await mkdir(abs(run.dir, folder), { recursive: true });
    const index = new SummaryIndex(run.dir, run.ops, run.compactAfter);
    const entries = [];
    for (const post of posts)
      entries.push({ summary: summarise(post), file: await writePostFile(run.dir, post, run.ops) });
    index.replaceAll(entries);
    await index.compact();
    if ((await statOrNull(abs(run.dir, MEDIA_FILE))) === null) {
      const media = mediaDb(run.dir, run.ops);
      await media.write();
    }
    await new HistoryLog(run.dir, run.ops).append({
      at: run.clock().toISOString(),
      who: run.actor,
      op: 'migrated',
      postId: null,
      revision: null,
      post: null,
      note: `schema ${run.version} → ${workspace.schemaVersion}, ${posts.length} posts moved to posts/`,
    });
    const db = workspaceDb(run.dir, run.ops);
    db.data = workspace;
    await db.write();
  } catch (error) {
    if (error instanceof CalepinError) throw error;
    throw new CalepinError('WRITE_FAILED', { file: WORKSPACE_FILE, reason: 'migration' }, { cause: error });
  }
}
