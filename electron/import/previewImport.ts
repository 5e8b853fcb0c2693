/**
 * Reads an import file into a preview, without writing anything: checks (type, size, zip sizes),
 * parses in a capped child process, then lets core decide: a file with Calepin's review marker is
 * a review round-trip, anything else a bulk plan. Media files named by a plan must exist inside
 * the imported file's folder.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ColumnMapping, PlanPreview } from '../../core/imports/planImport.js';
import { previewPlan } from '../../core/imports/planImport.js';
import { hasReviewMarker, ImportRefusal, previewReview, type ReviewPreview } from '../../core/imports/reviewImport.js';
import type { Post } from '../../core/model/index.js';
import type { WorkspaceStore } from '../store/WorkspaceStore.js';
import { checkImportFile } from './checkImportFile.js';
import { rejected } from './importError.js';
import { parseInChild, type ImportTable } from './parseInChild.js';

export interface FilePreview {
  file: string;
  /** Size and modification time when previewed: an apply on a changed file is refused. */
  stamp: string;
  preview: ReviewPreview | PlanPreview;
}

export async function fileStamp(file: string): Promise<string> {
  const info = await stat(file);
  return `${info.size}:${info.mtimeMs}`;
}

/** The posts a table can refer to: those whose id appears in one of its cells. */
async function referencedPosts(store: WorkspaceStore, table: ImportTable): Promise<Map<string, Post>> {
  const ids = new Set(store.listPosts().map((p) => p.id as string));
  const posts = new Map<string, Post>();
  for (const sheet of table.sheets) {
    for (const row of sheet.rows) {
      for (const cell of row) {
        const id = cell.trim();
        if (ids.has(id) && !posts.has(id)) posts.set(id, await store.getPost(id));
      }
    }
  }
  return posts;
}

export async function previewImportFile(
  store: WorkspaceStore,
  fileArg: string,
  mapping?: ColumnMapping,
): Promise<FilePreview> {
  const file = path.resolve(fileArg);
  const kind = await checkImportFile(file);
  const stamp = await fileStamp(file);
  const table = await parseInChild(file, kind);
  const posts = await referencedPosts(store, table);
  const workspace = store.workspace();
  try {
    if (hasReviewMarker(table)) {
      return { file, stamp, preview: previewReview(table, posts, workspace) };
    }
    const preview = previewPlan(
      table,
      {
        zone: workspace.settings.zone,
        defaultTime: workspace.settings.defaultTime,
        accounts: workspace.accounts,
        labels: workspace.labels,
        campaigns: workspace.campaigns,
        media: store.listMedia(),
        posts,
      },
      mapping,
    );
    await checkMediaFiles(file, preview);
    return { file, stamp, preview };
  } catch (error) {
    if (error instanceof ImportRefusal) throw rejected(error.reason, file, error.detail);
    throw error;
  }
}

/**
 * A media file must resolve (links followed) to a file inside the imported file's folder. Rows
 * naming one that is missing or outside move from the preview to its errors.
 */
async function checkMediaFiles(file: string, preview: PlanPreview): Promise<void> {
  const folder = await realpath(path.dirname(file));
  const outside = (target: string) => {
    const relative = path.relative(folder, target);
    return relative.startsWith('..') || path.isAbsolute(relative);
  };
  type Found = { path: string } | { error: 'media_missing' | 'media_outside_folder' };
  const inside = async (ref: string): Promise<Found> => {
    if (outside(path.resolve(folder, ref))) return { error: 'media_outside_folder' };
    const target = await realpath(path.resolve(folder, ref)).catch(() => null);
    if (!target || !(await stat(target)).isFile()) return { error: 'media_missing' };
    // A link inside the folder that points out of it is refused like a path that goes out.
    return outside(target) ? { error: 'media_outside_folder' } : { path: target };
  };
  const kept = [];
  for (const create of preview.creates) {
    let ok = true;
    for (const row of create.rows) {
      for (const ref of row.media) {
        if (ref.kind !== 'file') continue;
        const found = await inside(ref.path);
        if ('error' in found) {
          preview.errors.push({ row: row.row, code: found.error, value: ref.path });
          ok = false;
        } else ref.path = found.path;
      }
    }
    if (ok) kept.push(create);
  }
  preview.creates = kept;
  preview.errors.sort((a, b) => a.row - b.row);
}
