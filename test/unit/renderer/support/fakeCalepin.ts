/**
 * A small in-memory stand-in for the Node side, enough for the store's post operations. It keeps the
 * contract's rules that the store relies on (revisions move forward, restore puts a whole post back,
 * a stale expectedRevision is a CONFLICT) and records every call, so tests can see what was saved.
 */
import type { AppStatus, OperationInput, OperationName, OperationOutput } from '../../../../core/api.js';
import { CalepinError } from '../../../../core/errors.js';
import { Post, PostDraft, PostPatch, summarise, type PostId } from '../../../../core/model/index.js';
import type { CallFn, StoreDeps } from '../../../../renderer/src/state/deps.js';

export const STATUS: AppStatus = {
  host: 'web',
  systemLocale: 'fr',
  preferences: { language: 'system', theme: 'system' },
  readOnly: null,
  problem: null,
  pendingSaves: 0,
  workspace: {
    id: 'ws',
    path: '/tmp/ws',
    name: 'Atelier',
    schemaVersion: 2,
    settings: { zone: 'Europe/Paris', locale: 'fr', defaultTime: '09:00' },
    accounts: [],
    labels: [],
    campaigns: [],
    people: [],
    counts: { posts: 0, backlog: 0, media: 0, requests: 0 },
  },
};

export class FakeCalepin {
  posts = new Map<string, Post>();
  calls: { name: OperationName; input: unknown }[] = [];
  clock = new Date('2026-03-10T09:00:00.000Z');
  /** While true, writes behave as on a full disk: applied in memory, held, and DISK_FULL thrown. */
  diskFull = false;
  held = 0;
  private nextId = 1;
  private timers: (() => void)[] = [];

  readonly call: CallFn = async <K extends OperationName>(name: K, input: OperationInput<K>) => {
    this.calls.push({ name, input });
    return (await this.handle(name, input)) as OperationOutput<K>;
  };

  deps(): StoreDeps {
    return {
      call: this.call,
      now: () => this.clock,
      autosaveDelayMs: 600,
      setTimer: (run) => {
        this.timers.push(run);
        return this.timers.length;
      },
      clearTimer: () => undefined,
    };
  }

  /** Moves the fake clock on, as if the user paused. */
  advance(ms: number): void {
    this.clock = new Date(this.clock.getTime() + ms);
  }

  callsOf(name: OperationName): unknown[] {
    return this.calls.filter((c) => c.name === name).map((c) => c.input);
  }

  private stamp(): string {
    return this.clock.toISOString();
  }

  private async handle(name: OperationName, input: unknown): Promise<unknown> {
    await Promise.resolve();
    const value = input as Record<string, unknown>;
    switch (name) {
      case 'app.status':
        return this.status();
      case 'app.retrySaves':
        if (!this.diskFull) this.held = 0;
        return this.status();
      case 'posts.list':
        return [...this.posts.values()].map(summarise);
      case 'posts.get':
        return this.mustGet(value.id as string);
      case 'posts.create': {
        const draft = PostDraft.parse(value.draft);
        const post = Post.parse({
          ...draft,
          zone: draft.zone ?? 'Europe/Paris',
          id: `p${this.nextId++}`,
          createdAt: this.stamp(),
          updatedAt: this.stamp(),
          revision: 1,
        });
        this.posts.set(post.id, post);
        return post;
      }
      case 'posts.update': {
        const current = this.mustGet(value.id as string);
        if (value.expectedRevision !== undefined && value.expectedRevision !== current.revision) {
          throw new CalepinError('CONFLICT', {
            id: current.id,
            expected: value.expectedRevision as number,
            found: current.revision,
          });
        }
        const patch = PostPatch.parse(value.patch);
        const post = Post.parse({ ...current, ...patch, updatedAt: this.stamp(), revision: current.revision + 1 });
        this.posts.set(post.id, post);
        if (this.diskFull) {
          this.held += 1;
          throw new CalepinError('DISK_FULL', { file: `posts/${post.id}.json` });
        }
        return post;
      }
      case 'posts.delete':
        this.mustGet(value.id as string);
        this.posts.delete(value.id as string);
        return { id: value.id as PostId };
      case 'posts.restore': {
        const given = Post.parse(value.post);
        const revision = Math.max(given.revision, this.posts.get(given.id)?.revision ?? 0) + 1;
        const post = { ...given, revision, updatedAt: this.stamp() };
        this.posts.set(post.id, post);
        return post;
      }
      case 'workspaces.recent':
        return [];
      default:
        throw new CalepinError('INTERNAL', { op: name });
    }
  }

  private status(): AppStatus {
    return { ...STATUS, pendingSaves: this.held };
  }

  private mustGet(id: string): Post {
    const post = this.posts.get(id);
    if (!post) throw new CalepinError('NOT_FOUND', { kind: 'post', id });
    return post;
  }

  /** Runs the autosave timers that are due, as the window's timers would. */
  runTimers(): void {
    const due = this.timers;
    this.timers = [];
    for (const run of due) run();
  }
}
