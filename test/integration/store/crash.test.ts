/**
 * A writer process is killed with SIGKILL at random points, ≥ 200 times; after each kill the
 * workspace must open writable, be internally consistent, and hold every write the child had
 * acknowledged (printed) before it died. Writes that landed without being acknowledged may be
 * there too (at most the one change in flight); nothing else may.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostSummary } from '../../../core/model/index.js';
import { WorkspaceStore } from '../../../electron/store/WorkspaceStore.js';
import { buildStoreChild } from './child/buildChild.js';
import { cleanTemps, newWorkspace, options } from './helpers.js';

const ITERATIONS = 200;
const LANES = 2;
let child: string;
beforeAll(async () => {
  child = await buildStoreChild();
});
afterAll(async () => {
  await rm(path.dirname(child), { recursive: true, force: true });
  await cleanTemps();
});

interface Writer {
  loaded: Promise<void>;
  /** Lets it open the workspace and write; resolves with what it acknowledged once killed. */
  runAndKill(): Promise<string[]>;
}

/** Starts a writer that loads its code and waits; 1 run in 5 is killed while still opening. */
function startWriter(dir: string, dataDir: string, seed: number): Writer {
  const proc = spawn(process.execPath, [child, 'write', dir, dataDir, String(seed)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const acks: string[] = [];
  let stderr = '';
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const kill = () => proc.kill('SIGKILL');
  const duringOpen = seed % 5 === 0;
  let onLoaded = () => undefined as void;
  const loaded = new Promise<void>((resolve) => (onLoaded = resolve));
  createInterface({ input: proc.stdout }).on('line', (line) => {
    if (line === 'LOADED') onLoaded();
    else if (line.startsWith('READY') && !duringOpen) setTimeout(kill, (seed * 104_729) % 60);
    else if (line.startsWith('ACK ')) acks.push(line.slice(4));
  });
  const closed = new Promise<string[]>((resolve, reject) => {
    proc.once('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acks);
      else reject(new Error(`writer ended by itself (${code}): ${stderr}`));
    });
  });
  return {
    loaded,
    runAndKill() {
      proc.stdin.write('go\n');
      if (duringOpen) setTimeout(kill, (seed * 7_919) % 40);
      return closed;
    },
  };
}

/** Runs `iterations` kill-and-check rounds on one workspace; returns how many writes were acknowledged. */
async function lane(first: number, iterations: number): Promise<number> {
  const { dir, dataDir, store } = await newWorkspace();
  await store.close();
  let kept = new Map<string, number>();
  let totalAcks = 0;
  let next = startWriter(dir, dataDir, first);
  for (let seed = first; seed < first + iterations; seed++) {
    const writer = next;
    await writer.loaded;
    const acks = await writer.runAndKill();
    // The next writer loads while this run is checked.
    if (seed + 1 < first + iterations) next = startWriter(dir, dataDir, seed + 1);
    totalAcks += acks.length;
    const expected = new Map(kept);
    const deleted = new Set<string>();
    let name: string | null = null;
    for (const ack of acks) {
      const [kind, a, b] = ack.split(' ') as [string, string, string];
      if (kind === 'put') expected.set(a, Number(b));
      else if (kind === 'del') {
        expected.delete(a);
        deleted.add(a);
      } else name = ack.slice('name '.length);
    }
    // The dead writer's lock goes stale after 10 s; skip the wait rather than sleep 200 times.
    await rm(path.join(dir, '.calepin-lock'), { recursive: true, force: true });

    const reopened = await WorkspaceStore.open(dir, options(dataDir));
    const context = `seed ${seed}, acks ${acks.join(' | ')}`;
    expect(reopened.readOnlyReason, context).toBeNull();
    expect(reopened.openReport.quarantined, context).toEqual([]);
    const summaries = new Map<string, PostSummary>(reopened.listPosts().map((s) => [s.id, s]));
    // Acknowledged writes are all there. At most one change was in flight when the writer died
    // (its writes are serial); if it landed, it shows as one post a revision ahead, one post
    // gone, or one new post, never more.
    const unacknowledged: string[] = [];
    for (const [id, revision] of expected) {
      const found = summaries.get(id)?.revision;
      if (found === revision) continue;
      expect(
        found === undefined || found === revision + 1,
        `${context}: post ${id} at ${found}, acknowledged ${revision}`,
      ).toBe(true);
      unacknowledged.push(id);
    }
    for (const id of summaries.keys()) if (!expected.has(id)) unacknowledged.push(id);
    expect(unacknowledged.length, `${context}: unacknowledged ${unacknowledged.join(', ')}`).toBeLessThanOrEqual(1);
    for (const id of deleted) expect(summaries.has(id), `${context}: deleted ${id}`).toBe(false);
    if (name)
      expect(Number(reopened.workspace().name.split(' ')[1]), context).toBeGreaterThanOrEqual(
        Number(name.split(' ')[1]),
      );
    // The index agrees with the post files.
    for (const summary of summaries.values()) {
      const post = await reopened.getPost(summary.id);
      expect([post.revision, post.title], `${context}: index of ${summary.id}`).toEqual([
        summary.revision,
        summary.title,
      ]);
    }
    kept = new Map([...summaries.values()].map((s) => [s.id, s.revision]));
    await reopened.close();
  }
  return totalAcks;
}

describe('a writer killed at random points', () => {
  it(`keeps every acknowledged write over ${ITERATIONS} kills`, { timeout: 180_000 }, async () => {
    const started = Date.now();
    // Two workspaces side by side: a Node start is mostly waiting, so lanes overlap well.
    const per = Math.ceil(ITERATIONS / LANES);
    const acks = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(1 + i * per, per)));
    const total = acks.reduce((a, b) => a + b, 0);
    // Most kills landed while the writer was saving (not only while it was starting).
    expect(total).toBeGreaterThan(ITERATIONS / 2);
    console.log(`${per * LANES} kills, ${total} acknowledged writes, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});
