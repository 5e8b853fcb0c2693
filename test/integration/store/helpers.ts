/** Real temp folders, a fixed clock, and fs-ops wrappers that record or fail on demand. */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { nodeFsOps, type FsOps } from '../../../electron/store/fsOps.js';
import { WorkspaceStore, type StoreOptions } from '../../../electron/store/WorkspaceStore.js';

export const made: string[] = [];

export async function tempDir(prefix = 'calepin-store-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export async function cleanTemps(): Promise<void> {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
}

/** A clock that starts at a fixed instant and moves one second per call. */
export function steppingClock(start = '2026-03-28T10:00:00.000Z'): () => Date {
  let t = new Date(start).getTime();
  return () => new Date((t += 1_000));
}

export interface Recorded {
  op: string;
  path?: string;
}

/** Records each call; `failOn(op, code)` makes the next calls of `op` fail like the system would. */
export function recordingOps(base: FsOps = nodeFsOps) {
  const calls: Recorded[] = [];
  const paths = new Map<number, string>();
  const failures = new Map<string, string>();
  const fail = (op: string) => {
    const code = failures.get(op);
    if (code) throw Object.assign(new Error(`${code}: injected`), { code });
  };
  const ops: FsOps = {
    syncDirectories: base.syncDirectories,
    async open(p, flags, mode) {
      fail('open');
      const fd = await base.open(p, flags, mode);
      paths.set(fd, p);
      calls.push({ op: 'open', path: p });
      return fd;
    },
    async write(fd, data) {
      calls.push({ op: 'write', path: paths.get(fd) });
      fail('write');
      await base.write(fd, data);
    },
    async fsync(fd) {
      calls.push({ op: 'fsync', path: paths.get(fd) });
      fail('fsync');
      await base.fsync(fd);
    },
    fstat: (fd) => base.fstat(fd),
    ftruncate: (fd, n) => base.ftruncate(fd, n),
    async close(fd) {
      calls.push({ op: 'close', path: paths.get(fd) });
      await base.close(fd);
    },
    async rename(from, to) {
      calls.push({ op: 'rename', path: `${from} -> ${to}` });
      fail('rename');
      await base.rename(from, to);
    },
    async unlink(p) {
      calls.push({ op: 'unlink', path: p });
      fail('unlink');
      await base.unlink(p);
    },
  };
  return {
    ops,
    calls,
    failOn(op: string, code: string) {
      failures.set(op, code);
    },
    heal() {
      failures.clear();
    },
  };
}

export function options(dataDir: string, extra: Partial<StoreOptions> = {}): StoreOptions {
  return { clock: steppingClock(), actor: 'Camille', dataDir, backups: { enabled: false }, ...extra };
}

export const SETTINGS = { zone: 'Europe/Paris', locale: 'fr' } as const;

export async function newWorkspace(extra: Partial<StoreOptions> = {}) {
  const root = await tempDir();
  const dir = path.join(root, 'Mon agence.calepin');
  const dataDir = path.join(root, 'data');
  const store = await WorkspaceStore.create(dir, { name: 'Mon agence', settings: SETTINGS }, options(dataDir, extra));
  return { root, dir, dataDir, store };
}

/** Every file under `dir`, relative, sorted (to look for leftover temp files). */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(path.relative(dir, path.join(entry.parentPath, entry.name)));
  }
  return out.sort();
}

export function draft(title: string, extra: Record<string, unknown> = {}) {
  return { title, plannedAt: '2026-03-29T07:00:00.000Z', accounts: [], masterText: `Texte de « ${title} »`, ...extra };
}
