/**
 * Edits of workspace.json (name, settings): one small file rewritten whole through lowdb. Like a
 * post, a version a sync client wrote under us is kept in conflicts/, and a save the disk refuses
 * stays in memory until a retry.
 */
import { readFile } from 'node:fs/promises';
import type { Low } from 'lowdb';
import { CalepinError } from '../../core/errors.js';
import {
  WorkspaceFile,
  type Account,
  type HashtagGroup,
  type Snippet,
  type WorkspaceSettings,
} from '../../core/model/index.js';
import type { DurableJsonAdapter } from './DurableJsonAdapter.js';
import type { FsOps } from './fsOps.js';
import type { HistoryLog } from './history.js';
import { WORKSPACE_FILE, abs } from './layout.js';
import { keepConflictCopy } from './postFiles.js';
import type { ConflictInfo } from './postsScan.js';
import { isRetryableWriteError } from './storeErrors.js';
import { parseInput } from './validateInput.js';

export interface WorkspacePatch {
  name?: string;
  settings?: Partial<WorkspaceSettings>;
  snippets?: Snippet[];
  hashtagGroups?: HashtagGroup[];
  accounts?: Account[];
}

export interface WorkspaceDocDeps {
  dir: string;
  ops: FsOps;
  clock: () => Date;
  actor: string;
  history: HistoryLog;
  onSaved: () => void;
  onConflict: (conflict: ConflictInfo) => void;
}

export class WorkspaceDoc {
  pending = false;

  /** @param db `null` for a workspace of a newer schema, which this version never writes. */
  constructor(
    private readonly db: Low<WorkspaceFile> | null,
    private readonly deps: WorkspaceDocDeps,
  ) {}

  /** Applies the patch in memory (reads see it at once), then writes; see `retry` when that fails. */
  async update(patch: WorkspacePatch): Promise<WorkspaceFile> {
    const db = this.db;
    if (!db) throw new CalepinError('WORKSPACE_READ_ONLY', { reason: 'WORKSPACE_NEWER_SCHEMA' });
    const next = parseInput(WorkspaceFile, {
      ...db.data,
      ...(patch.name ? { name: patch.name } : {}),
      settings: { ...db.data.settings, ...patch.settings },
      ...(patch.snippets ? { snippets: patch.snippets } : {}),
      ...(patch.hashtagGroups ? { hashtagGroups: patch.hashtagGroups } : {}),
      ...(patch.accounts ? { accounts: patch.accounts } : {}),
    });
    const adapter = db.adapter as DurableJsonAdapter<WorkspaceFile>;
    if (!this.pending && !(await adapter.unchangedOnDisk())) {
      // Changed by a sync client since we read it: keep their version next to ours.
      const theirs = await readFile(abs(this.deps.dir, WORKSPACE_FILE)).catch(() => null);
      if (theirs) {
        const file = await keepConflictCopy(this.deps.dir, 'workspace', theirs, this.deps.clock(), this.deps.ops);
        this.deps.onConflict({ file, postId: null, source: 'kept-aside' });
      }
    }
    db.data = next;
    await this.write();
    const at = this.deps.clock().toISOString();
    // History of settings is a courtesy: workspace.json itself is already safely written.
    await this.deps.history
      .append({ at, who: this.deps.actor, op: 'workspace', postId: null, revision: null, post: null, workspace: next })
      .catch(() => undefined);
    return next;
  }

  async retry(): Promise<void> {
    if (this.pending) await this.write();
  }

  private async write(): Promise<void> {
    try {
      await this.db?.write();
      this.pending = false;
      this.deps.onSaved();
    } catch (error) {
      if (isRetryableWriteError(error)) this.pending = true;
      throw error;
    }
  }
}
