/**
 * What the API returns for an import preview and an applied import: the review and plan previews
 * as plain data, with a token that the apply step quotes, so what is applied is exactly what the
 * user saw. Shared by the renderer's import dialog and `calepin import --dry-run`.
 */
import { z } from 'zod';
import { PLAN_FIELDS } from './planImport.js';

const Decision = z.enum(['approved', 'changes_requested', 'rejected']);

export const ReviewPreviewView = z.object({
  kind: z.literal('review'),
  marker: z.object({
    version: z.string(),
    workspaceId: z.string(),
    workspaceName: z.string(),
    madeAt: z.string(),
    from: z.string(),
    to: z.string(),
  }),
  items: z.array(
    z.object({
      postId: z.string(),
      title: z.string(),
      decision: Decision.nullable(),
      note: z.string(),
      accounts: z.array(z.string()),
      rows: z.array(z.number().int()),
      conflict: z.enum(['changed', 'missing']).nullable(),
      revision: z.number(),
    }),
  ),
  errors: z.array(z.object({ row: z.number().int(), code: z.literal('unknown_decision'), value: z.string() })),
});

const MediaRef = z.union([
  z.object({ kind: z.literal('library'), mediaId: z.string(), name: z.string() }),
  z.object({ kind: z.literal('file'), path: z.string() }),
]);

const PlannedRow = z.object({
  row: z.number().int(),
  accountId: z.string(),
  plannedAt: z.string().nullable(),
  zone: z.string(),
  status: z.string().nullable(),
  title: z.string().nullable(),
  text: z.string(),
  firstComment: z.string().nullable(),
  media: z.array(MediaRef),
  labels: z.array(z.string()).nullable(),
  campaign: z.string().nullable().optional(),
});

export const PlanPreviewView = z.object({
  kind: z.literal('plan'),
  header: z.array(z.string()),
  mapping: z.partialRecord(z.enum(PLAN_FIELDS), z.number().int()),
  creates: z.array(z.object({ kind: z.literal('create'), rows: z.array(PlannedRow) })),
  updates: z.array(
    z.object({
      kind: z.literal('update'),
      postId: z.string(),
      revision: z.number(),
      rows: z.array(PlannedRow),
      changes: z.array(z.string()),
    }),
  ),
  errors: z.array(z.object({ row: z.number().int(), code: z.string(), value: z.string() })),
  rowCount: z.number().int(),
});

export const ImportPreviewView = z.object({
  token: z.string(),
  file: z.string(),
  preview: z.discriminatedUnion('kind', [ReviewPreviewView, PlanPreviewView]),
});
export type ImportPreviewView = z.infer<typeof ImportPreviewView>;

export const ImportOutcome = z.object({
  kind: z.enum(['review', 'plan']),
  created: z.number().int(),
  updated: z.number().int(),
  decisions: z.number().int(),
  comments: z.number().int(),
  /** Posts that changed between the preview and the apply, or since the export: left alone. */
  conflicts: z.array(z.string()),
  /** The backup taken first, so the whole import can be undone from Settings › Backups. */
  backupId: z.string().nullable(),
});
export type ImportOutcome = z.infer<typeof ImportOutcome>;

export const ImportMappingInput = z.partialRecord(z.enum(PLAN_FIELDS), z.number().int().min(0).max(500));
