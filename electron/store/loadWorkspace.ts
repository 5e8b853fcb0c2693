/**
 * Everything opening a workspace reads, in order: workspace.json (migrating an older schema,
 * read-only for a newer one), media.json, the summary index (rebuilt from the post files when it
 * is missing or damaged), then the posts/ folder and the last change, to catch what happened
 * while the app was closed. In read-only mode nothing at all is written to the folder.
 */
import { mkdir } from 'node:fs/promises';
import type { Low } from 'lowdb';
import { CalepinError, type CalepinErrorData } from '../../core/errors.js';
import { SCHEMA_VERSION, type WorkspaceFile } from '../../core/model/index.js';
import type { FsOps } from './fsOps.js';
import { HistoryLog } from './history.js';
import { WORKSPACE_DIRS, abs } from './layout.js';
import { migrateWorkspace } from './migrateWorkspace.js';
import {
  readMany,
  removeLeftoverTemps,
  scanPosts,
  type ConflictInfo,
  type QuarantineInfo,
  type ReadContext,
} from './postsScan.js';
import { reconcileLastChange, reconcileWithFiles, type ExternalChanges } from './reconcile.js';
import { SummaryIndex } from './summaryIndex.js';
import { mediaDb, readWorkspaceFile, type MediaFile, type WorkspaceData } from './workspaceFiles.js';

export interface LoadOptions {
  dir: string;
  ops: FsOps;
  clock: () => Date;
  actor: string;
  /** Why the folder may not be written (locked, asked for read-only); `null` when it may. */
  readOnlyReason: CalepinErrorData | null;
  compactAfter: number;
  /** Keeps a copy of the old files before a migration rewrites them. */
  backupBeforeMigration: (workspaceId: string, name: string) => Promise<void>;
}

/** What opening found and did, for the app to tell the user. */
export interface OpenReport {
  migratedFrom: number | null;
  /** Why the index was rebuilt from the post files (`index/summary.jsonl: line 7`), or null. */
  indexRebuilt: string | null;
  external: ExternalChanges;
  /** Broken post files found at this open (moved to quarantine/ when writable). */
  quarantined: QuarantineInfo[];
  problems: CalepinErrorData[];
}

export interface LoadedState {
  /** `null` for a newer schema: that workspace.json is never written by this version. */
  db: Low<WorkspaceFile> | null;
  workspace: WorkspaceData;
  media: Low<MediaFile>;
  index: SummaryIndex;
  history: HistoryLog;
  conflicts: ConflictInfo[];
  readOnlyReason: CalepinErrorData | null;
  report: OpenReport;
}

export async function loadWorkspace(options: LoadOptions): Promise<LoadedState> {
  const { dir, ops } = options;
  let readOnlyReason = options.readOnlyReason;
  const report: OpenReport = {
    migratedFrom: null,
    indexRebuilt: null,
    external: { added: [], removed: [], changed: [] },
    quarantined: [],
    problems: [],
  };

  let read = await readWorkspaceFile(dir, ops);
  if (read.kind === 'older') {
    if (readOnlyReason) throw new CalepinError('WORKSPACE_READ_ONLY', { reason: readOnlyReason.code });
    await migrateWorkspace({ ...options, raw: read.raw, version: read.version });
    report.migratedFrom = read.version;
    read = await readWorkspaceFile(dir, ops);
    if (read.kind !== 'current')
      throw new CalepinError('INTERNAL', { detail: 'migration did not reach the current schema' });
  }
  let db: Low<WorkspaceFile> | null = null;
  let workspace: WorkspaceData;
  if (read.kind === 'newer') {
    readOnlyReason = { code: 'WORKSPACE_NEWER_SCHEMA', params: { found: read.version, supported: SCHEMA_VERSION } };
    workspace = read.workspace;
  } else {
    db = read.db;
    workspace = read.db.data;
  }

  const media = mediaDb(dir, ops);
  try {
    await media.read();
  } catch (error) {
    if (!(error instanceof CalepinError) || error.code !== 'WORKSPACE_CORRUPT') throw error;
    // The rest stays readable; nothing is written until the user restores a backup.
    readOnlyReason ??= error.toData();
    report.problems.push(error.toData());
  }

  const writable = readOnlyReason === null;
  if (writable) {
    for (const folder of WORKSPACE_DIRS) await mkdir(abs(dir, folder), { recursive: true });
    await removeLeftoverTemps(dir);
  }
  const ctx: ReadContext & { actor: string } = {
    dir,
    ops,
    clock: options.clock,
    actor: options.actor,
    writable,
    quarantined: report.quarantined,
    problems: report.problems,
  };
  const scan = await scanPosts(dir);

  const loaded = await SummaryIndex.load(dir, ops, options.compactAfter);
  let index: SummaryIndex;
  if (loaded.ok) {
    index = loaded.index;
    if (writable) await index.cutTornTail(loaded.tornBytes);
    report.external = await reconcileWithFiles(ctx, index, scan.ids);
  } else {
    index = new SummaryIndex(dir, ops, options.compactAfter);
    index.replaceAll(await readMany(ctx, scan.ids));
    report.indexRebuilt = loaded.detail;
  }
  const history = new HistoryLog(dir, ops);
  const fixed = await reconcileLastChange(ctx, index, history);
  if (fixed && !report.external.added.includes(fixed)) report.external.changed.push(fixed);
  if (writable && index.needsCompaction()) await index.compact();
  return { db, workspace, media, index, history, conflicts: scan.conflicts, readOnlyReason, report };
}
