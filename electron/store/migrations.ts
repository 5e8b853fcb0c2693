/**
 * Schema migrations, oldest first. Each step turns the raw workspace of one version into the next;
 * the store runs them at open, after backing up the old files, and writes the result.
 *
 * v1 (Calepin 0.0.x) kept everything in workspace.json, posts included, and planned a post by a
 * local date and time in the workspace zone with a single account:
 *   { schemaVersion: 1, id, name, settings: { zone, locale }, accounts, labels, people,
 *     posts: [{ id, title, status: idea|draft|ready|published, date: 'YYYY-MM-DD'|null,
 *               time: 'HH:mm'|null, account: id|null, text, labels, comments: [{ author, at, text }],
 *               createdAt, updatedAt }] }
 * v2 moves each post into posts/<id>.json, with a UTC instant plus its zone and a list of accounts.
 */
import { z } from 'zod';
import { wallClockToInstant } from '../../core/calendar/zonedTime.js';
import { Post, SCHEMA_VERSION, WorkspaceFile } from '../../core/model/index.js';

export interface MigratedWorkspace {
  workspace: WorkspaceFile;
  posts: Post[];
}

const V1Comment = z.object({ author: z.string().min(1), at: z.string(), text: z.string().min(1) });
const V1Post = z.object({
  id: z.string(),
  title: z.string().default(''),
  status: z.enum(['idea', 'draft', 'ready', 'published']).default('draft'),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .nullable()
    .default(null),
  account: z.string().nullable().default(null),
  text: z.string().default(''),
  labels: z.array(z.string()).default([]),
  comments: z.array(V1Comment).default([]),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const V1Workspace = z.looseObject({
  schemaVersion: z.literal(1),
  id: z.string().min(1),
  name: z.string().min(1),
  settings: z.looseObject({ zone: z.string(), locale: z.enum(['fr', 'en']) }),
  posts: z.array(V1Post).default([]),
});

const V1_STATUS = { idea: 'idea', draft: 'draft', ready: 'approved', published: 'published' } as const;
/** v1 had no default time: a dated post without a time went out at nine. */
const V1_DEFAULT_TIME = '09:00';

export function migrateV1(raw: unknown): MigratedWorkspace {
  const v1 = V1Workspace.parse(raw);
  const zone = v1.settings.zone;
  const posts = v1.posts.map((p) =>
    Post.parse({
      id: p.id,
      title: p.title,
      status: V1_STATUS[p.status],
      // Local wall-clock time in the workspace zone → UTC instant, through Temporal (DST-safe).
      plannedAt: p.date ? wallClockToInstant({ date: p.date, time: p.time ?? V1_DEFAULT_TIME }, zone) : null,
      zone,
      accounts: p.account ? [p.account] : [],
      masterText: p.text,
      variants: p.account ? [{ accountId: p.account }] : [],
      labels: p.labels,
      comments: p.comments.map((c, i) => ({ id: `${p.id}-c${i + 1}`, author: c.author, at: c.at, text: c.text })),
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
      revision: 1,
    }),
  );
  const { posts: _posts, schemaVersion: _v, ...rest } = v1;
  const workspace = WorkspaceFile.parse({ ...rest, schemaVersion: 2 });
  return { workspace, posts };
}

/** Version → the step that lifts it to the current version. */
const MIGRATIONS: Record<number, (raw: unknown) => MigratedWorkspace> = {
  1: migrateV1,
};

export function schemaVersionOf(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null || !('schemaVersion' in raw)) return null;
  const version = raw.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) ? version : null;
}

export function canMigrate(version: number): boolean {
  return version < SCHEMA_VERSION && version in MIGRATIONS;
}

/** Throws (a zod error) when the old file does not have the shape its version promises. */
export function migrateToCurrent(raw: unknown, version: number): MigratedWorkspace {
  const step = MIGRATIONS[version];
  if (!step) throw new Error(`no migration from schema ${version}`);
  return step(raw);
}
