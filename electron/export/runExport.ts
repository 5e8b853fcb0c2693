/**
 * Runs an export job: reads the workspace and every planned post the selection can touch, selects
 * and sorts the rows in core, hashes them, and lets the format's writer fill a temp file that
 * replaces the output only once complete.
 */
import path from 'node:path';
import { CalepinError } from '../../core/errors.js';
import {
  ExportSelection,
  exportVersionHash,
  resolveSelection,
  selectRows,
  type ExportWorkspace,
} from '../../core/export/selection.js';
import type { Post } from '../../core/model/index.js';
import type { WorkspaceStore } from '../store/WorkspaceStore.js';
import { writeAtomically } from './atomicOutput.js';
import type { ExportContext, ExportJob, ExportResult } from './job.js';
import { writerFor } from './registry.js';

export async function prepareExport(job: ExportJob): Promise<ExportContext> {
  const parsed = ExportSelection.safeParse(job.selection);
  if (!parsed.success) {
    throw new CalepinError('INVALID_INPUT', { issues: parsed.error.issues.map((i) => i.message).join('; ') });
  }
  const workspace = exportWorkspace(job.store);
  const madeAt = job.now ?? new Date();
  const selection = resolveSelection({ ...parsed.data, locale: job.locale ?? parsed.data.locale }, workspace, madeAt);
  const posts = await plannedPosts(job.store, selection.statuses);
  const rows = selectRows(posts, workspace, selection);
  return {
    job,
    workspaceDir: job.store.dir,
    workspace,
    selection,
    rows,
    version: exportVersionHash(rows, selection),
    madeAt,
  };
}

export async function runExport(format: string, job: ExportJob): Promise<ExportResult> {
  const writer = writerFor(format);
  if (!writer) throw new CalepinError('INVALID_INPUT', { issues: `unknown export format ${format}` });
  if (job.profile !== undefined && !writer.profiles.includes(job.profile)) {
    throw new CalepinError('INVALID_INPUT', {
      issues: `unknown ${format} profile ${job.profile} (${writer.profiles.join(', ')})`,
    });
  }
  const context = await prepareExport(job);
  const out = path.resolve(job.out);
  await writeAtomically(out, (temp) => writer.write(context, temp), writer.replaces);
  return { format, out, rows: context.rows.length, version: context.version, selection: context.selection };
}

export function exportWorkspace(store: WorkspaceStore): ExportWorkspace {
  const data = store.workspace();
  return {
    id: data.id,
    name: data.name,
    settings: { zone: data.settings.zone, locale: data.settings.locale },
    accounts: data.accounts,
    labels: data.labels,
    campaigns: data.campaigns,
    media: store.listMedia(),
  };
}

/** Reads in full only the posts the summaries say are planned and of a wanted status. */
async function plannedPosts(store: WorkspaceStore, statuses: readonly string[]): Promise<Post[]> {
  const wanted = new Set(statuses);
  const summaries = store.listPosts().filter((s) => s.plannedAt !== null && wanted.has(s.status));
  const posts: Post[] = [];
  for (const summary of summaries) posts.push(await store.getPost(summary.id));
  return posts;
}
