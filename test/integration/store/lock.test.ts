import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../../electron/store/WorkspaceStore.js';
import { buildStoreChild } from './child/buildChild.js';
import { cleanTemps, draft, newWorkspace, options } from './helpers.js';

let child: string;
const running: ChildProcess[] = [];
beforeAll(async () => {
  child = await buildStoreChild();
});
afterEach(async () => {
  for (const proc of running.splice(0)) proc.kill('SIGKILL');
  await cleanTemps();
});
afterAll(async () => {
  await rm(path.dirname(child), { recursive: true, force: true });
});

function holdInChild(dir: string, dataDir: string): Promise<{ proc: ChildProcess; state: string }> {
  const proc = spawn(process.execPath, [child, 'hold', dir, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  running.push(proc);
  return new Promise((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`child exited ${code}`)));
    createInterface({ input: proc.stdout }).on('line', (line) => {
      if (line.startsWith('READY ')) resolve({ proc, state: line.slice(6) });
    });
  });
}

describe('one writer per workspace', () => {
  it('opens a second store on the same folder read-only, with the reason, and it writes nothing', async () => {
    const { dir, dataDir, store } = await newWorkspace();
    const second = await WorkspaceStore.open(dir, options(dataDir));
    expect(second.readOnlyReason).toEqual({ code: 'WORKSPACE_LOCKED', params: { path: dir } });
    await expect(second.createPost(draft('x'))).rejects.toMatchObject({
      code: 'WORKSPACE_READ_ONLY',
      params: { reason: 'WORKSPACE_LOCKED' },
    });
    await second.close();
    // Closing the read-only one did not release the first one's lock.
    const third = await WorkspaceStore.open(dir, options(dataDir));
    expect(third.readOnlyReason?.code).toBe('WORKSPACE_LOCKED');
    await third.close();
    await store.close();
    const fourth = await WorkspaceStore.open(dir, options(dataDir));
    expect(fourth.readOnlyReason).toBeNull();
    await fourth.close();
  });

  it('sees a workspace held by another process as locked', async () => {
    const { dir, dataDir, store } = await newWorkspace();
    await store.close();
    const holder = await holdInChild(dir, dataDir);
    expect(holder.state).toBe('writable');
    const mine = await WorkspaceStore.open(dir, options(dataDir));
    expect(mine.readOnlyReason?.code).toBe('WORKSPACE_LOCKED');
    await mine.close();
  });

  it('takes over the lock of a process that died, once its heartbeat is stale', async () => {
    const { dir, dataDir, store } = await newWorkspace();
    await store.close();
    const holder = await holdInChild(dir, dataDir);
    holder.proc.kill('SIGKILL');
    await new Promise((resolve) => holder.proc.once('exit', resolve));
    const early = await WorkspaceStore.open(dir, options(dataDir, { lockStaleMs: 2_000 }));
    expect(early.readOnlyReason?.code).toBe('WORKSPACE_LOCKED');
    await early.close();
    // proper-lockfile rounds the lock's mtime up to the next second, so allow stale + 1 s.
    await new Promise((resolve) => setTimeout(resolve, 3_200));
    const later = await WorkspaceStore.open(dir, options(dataDir, { lockStaleMs: 2_000 }));
    expect(later.readOnlyReason).toBeNull();
    await later.close();
  });
});
