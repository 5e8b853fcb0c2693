/**
 * The posts of an open workspace: reads from the index and the post files, writes through the
 * workspace's one queue. A save the disk refuses (full, read-only) keeps the edit in memory —
 * reads return it — until `retry()` gets it down; nothing on disk is damaged meanwhile.
 */
import { nanoid } from 'nanoid';
import { CalepinError } from '../../core/errors.js';
import { Post, PostDraft, summarise, type PostPatch, type PostSummary } from '../../core/model/index.js';
import { sameFile } from './DurableJsonAdapter.js';
import { guardExternalChange } from './externalChange.js';
import type { FsOps } from './fsOps.js';
import type { HistoryLog, HistoryOp } from './history.js';
import { commitDelete, commitPost, compactIfDue, type WriterDeps } from './postWriter.js';
import { readPostFile } from './postFiles.js';
import type { ConflictInfo } from './postsScan.js';
import { isRetryableWriteError } from './storeErrors.js';
import type { SummaryIndex } from './summaryIndex.js';
import type { WriteQueue } from './writeQueue.js';
import { parseInput } from './validateInput.js';

type Pending = { kind: 'post'; post: Post; op: HistoryOp } | { kind: 'delete'; id: string; revision: number };

export interface PostStoreDeps {
  dir: string;
  ops: FsOps;
  index: SummaryIndex;
  history: HistoryLog;
  queue: WriteQueue;
  clock: () => Date;
  actor: string;
  defaultZone: () => string;
  /** Throws WORKSPACE_READ_ONLY when writing is not allowed. */
  assertWritable: () => void;
  writable: () => boolean;
  onSaved: () => void;
  onConflict: (conflict: ConflictInfo) => void;
  /** A post file found broken on read: set it aside (when writable) and report it. */
  onCorrupt: (id: string, error: CalepinError) => Promise<void>;
}

const CACHE_SIZE = 256;

export class PostStore {
  private readonly pending = new Map<string, Pending>();
  /** Versions we read or wrote this session; the base of the next edit (see externalChange.ts). */
  private readonly cache = new Map<string, Post>();

  constructor(private readonly deps: PostStoreDeps) {}

  get pendingCount(): number {
    return this.pending.size;
  }

  private get writer(): WriterDeps {
    return this.deps;
  }

  list(): PostSummary[] {
    return Array.from(this.deps.index.entries.values(), (entry) => entry.summary);
  }

  private remember(post: Post): void {
    this.cache.delete(post.id);
    this.cache.set(post.id, post);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
  }

  private notFound(id: string): CalepinError {
    return new CalepinError('NOT_FOUND', { kind: 'post', id });
  }

  /** In the queue, so a read never lands between a save's steps and caches an older version. */
  async get(id: string): Promise<Post> {
    return this.deps.queue.run(async () => {
      const pending = this.pending.get(id);
      if (pending) {
        if (pending.kind === 'delete') throw this.notFound(id);
        return pending.post;
      }
      const known = this.deps.index.entries.get(id);
      let read;
      try {
        read = await readPostFile(this.deps.dir, id);
      } catch (error) {
        if (error instanceof CalepinError && error.code === 'WORKSPACE_CORRUPT') await this.deps.onCorrupt(id, error);
        throw error;
      }
      if (!read) {
        if (known) await this.follow({ op: 'del', id });
        throw this.notFound(id);
      }
      // Changed or added outside the app: the index follows the file.
      if (!known || known.summary.revision !== read.post.revision || !sameFile(known.file, read.file)) {
        await this.follow({ op: 'put', s: summarise(read.post), f: read.file });
      }
      this.remember(read.post);
      return read.post;
    });
  }

  private async follow(record: Parameters<SummaryIndex['record']>[0]): Promise<void> {
    if (this.deps.writable()) await this.deps.index.record(record).catch(() => undefined);
    else this.deps.index.apply(record);
  }

  async create(draft: PostDraft): Promise<Post> {
    this.deps.assertWritable();
    const input = parseInput(PostDraft, draft);
    const now = this.deps.clock().toISOString();
    const post = parseInput(Post, {
      ...input,
      zone: input.zone ?? this.deps.defaultZone(),
      id: nanoid(),
      createdAt: now,
      updatedAt: now,
      revision: 1,
    });
    return this.deps.queue.run(() => this.save(post, 'create'));
  }

  async update(id: string, patch: PostPatch, expectedRevision?: number): Promise<Post> {
    this.deps.assertWritable();
    return this.deps.queue.run(async () => {
      const { base, diskRevision } = await this.baseFor(id);
      if (expectedRevision !== undefined && expectedRevision !== base.revision) {
        throw new CalepinError('CONFLICT', { id, expected: expectedRevision, found: base.revision });
      }
      // Only the keys the caller sent: a missing key means "leave it", never "reset to default".
      const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      const next = parseInput(Post, {
        ...base,
        ...changes,
        id,
        createdAt: base.createdAt,
        updatedAt: this.deps.clock().toISOString(),
        revision: Math.max(base.revision, diskRevision) + 1,
      });
      return this.save(next, 'update');
    });
  }

  async delete(id: string): Promise<{ id: string }> {
    this.deps.assertWritable();
    return this.deps.queue.run(async () => {
      const { base, diskRevision } = await this.baseFor(id);
      const revision = Math.max(base.revision, diskRevision) + 1;
      try {
        await commitDelete(this.writer, { at: this.deps.clock(), who: this.deps.actor }, id, revision);
        this.pending.delete(id);
      } catch (error) {
        if (!isRetryableWriteError(error)) throw error;
        this.pending.set(id, { kind: 'delete', id, revision });
        this.deps.index.apply({ op: 'del', id });
        throw error;
      } finally {
        this.cache.delete(id);
      }
      await this.afterSave();
      return { id };
    });
  }

  /** Undo: puts a whole post back under its id, numbered after whatever is there now. */
  async restore(post: Post): Promise<Post> {
    this.deps.assertWritable();
    const wanted = parseInput(Post, post);
    return this.deps.queue.run(async () => {
      const exists =
        this.pending.get(wanted.id)?.kind === 'post' ||
        this.cache.has(wanted.id) ||
        this.deps.index.entries.has(wanted.id);
      let revision = wanted.revision + 1;
      if (exists) {
        const { base, diskRevision } = await this.baseFor(wanted.id).catch(() => ({ base: wanted, diskRevision: 0 }));
        revision = Math.max(base.revision, diskRevision, wanted.revision) + 1;
      }
      return this.save({ ...wanted, revision, updatedAt: this.deps.clock().toISOString() }, 'restore');
    });
  }

  /** The version an edit applies to, after keeping any version a sync client put under us. */
  private async baseFor(id: string): Promise<{ base: Post; diskRevision: number }> {
    const pending = this.pending.get(id);
    if (pending?.kind === 'delete') throw this.notFound(id);
    const known = this.deps.index.entries.get(id)?.file ?? null;
    const ours = pending?.post ?? this.cache.get(id) ?? null;
    if (!ours) {
      const read = await readPostFile(this.deps.dir, id);
      if (!read) throw this.notFound(id);
      return { base: read.post, diskRevision: read.post.revision };
    }
    const check = await guardExternalChange(this.deps, id, known, ours);
    if (check.conflict) this.deps.onConflict(check.conflict);
    return { base: ours, diskRevision: check.diskRevision };
  }

  private async save(post: Post, op: HistoryOp): Promise<Post> {
    try {
      await commitPost(this.writer, { at: this.deps.clock(), who: this.deps.actor }, op, post);
      this.pending.delete(post.id);
      this.remember(post);
    } catch (error) {
      if (!isRetryableWriteError(error)) throw error;
      // Kept in memory: lists and reads show the edit; the file on disk is still the old one.
      this.pending.set(post.id, { kind: 'post', post, op });
      this.remember(post);
      this.deps.index.apply({ op: 'put', s: summarise(post), f: this.deps.index.entries.get(post.id)?.file ?? null });
      throw error;
    }
    await this.afterSave();
    return post;
  }

  private async afterSave(): Promise<void> {
    this.deps.onSaved();
    await compactIfDue(this.writer).catch(() => undefined);
  }

  /** Writes the saves that failed, oldest first; throws the first failure, keeping the rest. */
  async retry(): Promise<number> {
    return this.deps.queue.run(async () => {
      for (const [id, pending] of [...this.pending]) {
        if (pending.kind === 'post') {
          const check = await guardExternalChange(
            this.deps,
            id,
            this.deps.index.entries.get(id)?.file ?? null,
            pending.post,
          );
          if (check.conflict) this.deps.onConflict(check.conflict);
          await this.save(pending.post, pending.op);
        } else {
          await commitDelete(this.writer, { at: this.deps.clock(), who: this.deps.actor }, id, pending.revision);
          this.pending.delete(id);
          await this.afterSave();
        }
      }
      return this.pending.size;
    });
  }

  forget(): void {
    this.pending.clear();
    this.cache.clear();
  }
}
