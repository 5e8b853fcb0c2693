/**
 * Creating a workspace folder: every file written durably, workspace.json last, so a folder
 * without it is not (yet) a workspace and opening it says so instead of showing half of it.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { nanoid } from 'nanoid';
import type { z } from 'zod';
import { CalepinError } from '../../core/errors.js';
import {
  MediaItem,
  Post,
  SCHEMA_VERSION,
  WorkspaceFile,
  summarise,
  type WorkspaceSettings,
} from '../../core/model/index.js';
import { errnoCode, type FsOps } from './fsOps.js';
import { HistoryLog } from './history.js';
import { WORKSPACE_DIRS, abs } from './layout.js';
import { writePostFile } from './postFiles.js';
import { SummaryIndex } from './summaryIndex.js';
import { parseInput } from './validateInput.js';
import { mediaDb, workspaceDb } from './workspaceFiles.js';

export interface CreateInit {
  name: string;
  settings: z.input<typeof WorkspaceSettings>;
  /** Kept when given (the sample workspace has a stable id); a new nanoid otherwise. */
  id?: string;
  seed?: {
    workspace?: Partial<z.input<typeof WorkspaceFile>>;
    posts?: z.input<typeof Post>[];
    media?: z.input<typeof MediaItem>[];
  };
}

async function assertEmpty(dir: string): Promise<void> {
  try {
    const names = await readdir(dir);
    if (names.length > 0) throw new CalepinError('WORKSPACE_EXISTS', { path: dir });
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw error;
  }
}

export async function createWorkspaceFiles(
  dir: string,
  init: CreateInit,
  ctx: { ops: FsOps; clock: () => Date; actor: string },
): Promise<void> {
  await assertEmpty(dir);
  const workspace = parseInput(WorkspaceFile, {
    ...init.seed?.workspace,
    schemaVersion: SCHEMA_VERSION,
    id: init.id ?? nanoid(),
    name: init.name,
    settings: init.settings,
  });
  const posts = (init.seed?.posts ?? []).map((post) => parseInput(Post, post));
  const media = (init.seed?.media ?? []).map((item) => parseInput(MediaItem, item));
  await mkdir(dir, { recursive: true });
  for (const folder of WORKSPACE_DIRS) await mkdir(abs(dir, folder), { recursive: true });

  const index = new SummaryIndex(dir, ctx.ops);
  const entries = [];
  for (const post of posts) entries.push({ summary: summarise(post), file: await writePostFile(dir, post, ctx.ops) });
  index.replaceAll(entries);
  await index.compact();

  const mediaFile = mediaDb(dir, ctx.ops);
  mediaFile.data = { items: media };
  await mediaFile.write();

  const at = ctx.clock().toISOString();
  if (posts.length > 0) {
    await new HistoryLog(dir, ctx.ops).appendMany(
      posts.map((post) => ({
        at,
        who: ctx.actor,
        op: 'create' as const,
        postId: post.id,
        revision: post.revision,
        post,
      })),
    );
  }
  const db = workspaceDb(dir, ctx.ops);
  db.data = workspace;
  await db.write();
}
