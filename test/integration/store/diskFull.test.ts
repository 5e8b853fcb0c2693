import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../../electron/store/WorkspaceStore.js';
import { cleanTemps, draft, listFiles, newWorkspace, options, recordingOps, tempDir } from './helpers.js';

afterEach(cleanTemps);

async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const file of await listFiles(dir))
    if (!file.startsWith('.calepin-lock')) out.set(file, await readFile(path.join(dir, file), 'base64'));
  return out;
}

describe('saving when the disk is full or the folder read-only (injected)', () => {
  it.each([
    ['write', 'ENOSPC', 'DISK_FULL'],
    ['fsync', 'ENOSPC', 'DISK_FULL'],
    ['rename', 'EROFS', 'WRITE_FAILED'],
    ['open', 'EACCES', 'WRITE_FAILED'],
  ])(
    'keeps the edit in memory when %s fails with %s, damages nothing, and a retry saves it',
    async (op, errno, code) => {
      const rec = recordingOps();
      const { dir, dataDir, store } = await newWorkspace({ fsOps: rec.ops });
      const post = await store.createPost(draft('Avant'));
      const before = await snapshot(dir);

      rec.failOn(op, errno);
      await expect(store.updatePost(post.id, { title: 'Après' })).rejects.toMatchObject({ code });
      await expect(store.createPost(draft('Nouveau'))).rejects.toMatchObject({ code });
      expect(store.pendingSaves).toBe(2);
      expect((await store.getPost(post.id)).title).toBe('Après');
      expect(
        store
          .listPosts()
          .map((p) => p.title)
          .sort(),
      ).toEqual(['Après', 'Nouveau']);
      expect(await snapshot(dir)).toEqual(before);
      await expect(store.retrySaves()).rejects.toMatchObject({ code });
      expect(await snapshot(dir)).toEqual(before);

      rec.heal();
      expect(await store.retrySaves()).toBe(0);
      expect(store.pendingSaves).toBe(0);
      await store.close();
      const again = await WorkspaceStore.open(dir, options(dataDir));
      expect(
        again
          .listPosts()
          .map((p) => p.title)
          .sort(),
      ).toEqual(['Après', 'Nouveau']);
      expect((await again.getPost(post.id)).revision).toBe(2);
      await again.close();
      expect((await listFiles(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    },
  );

  it('keeps a deletion and a workspace rename in memory too', async () => {
    const rec = recordingOps();
    const { dir, dataDir, store } = await newWorkspace({ fsOps: rec.ops });
    const post = await store.createPost(draft('A'));
    rec.failOn('write', 'ENOSPC');
    await expect(store.deletePost(post.id)).rejects.toMatchObject({ code: 'DISK_FULL' });
    await expect(store.updateWorkspace({ name: 'Nouveau nom' })).rejects.toMatchObject({
      code: 'DISK_FULL',
      params: { file: 'workspace.json' },
    });
    expect(store.listPosts()).toEqual([]);
    expect(store.workspace().name).toBe('Nouveau nom');
    expect(store.pendingSaves).toBe(2);
    rec.heal();
    await store.retrySaves();
    await store.close();
    const again = await WorkspaceStore.open(dir, options(dataDir));
    expect(again.listPosts()).toEqual([]);
    expect(again.workspace().name).toBe('Nouveau nom');
    await again.close();
  });
});

/** A real 64 KB tmpfs, where the machine lets us mount one (root in a container usually can). */
function mountTmpfs(at: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', at], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('saving on a real disk that is full', () => {
  it('keeps the edit, leaves no temp file, and saves it once there is room', async (ctx) => {
    const root = await tempDir();
    const mnt = path.join(root, 'small');
    await mkdir(mnt);
    if (!mountTmpfs(mnt)) return ctx.skip();
    try {
      await fillAndSave(mnt, path.join(root, 'data'));
    } finally {
      execFileSync('umount', ['-l', mnt], { stdio: 'ignore' });
    }
  });
});

async function fillAndSave(mnt: string, dataDir: string): Promise<void> {
  const dir = path.join(mnt, 'ws');
  const store = await WorkspaceStore.create(
    dir,
    { name: 'Petit disque', settings: { zone: 'Europe/Paris', locale: 'fr' } },
    options(dataDir),
  );
  const post = await store.createPost(draft('Avant'));
  // Fill the disk to the last byte.
  const filler = path.join(mnt, 'filler');
  for (let size = 32_768; size >= 1; size = Math.floor(size / 2)) {
    for (;;) {
      try {
        await writeFile(filler, Buffer.alloc(size), { flag: 'a' });
      } catch {
        break;
      }
    }
  }
  const before = await snapshot(dir);
  await expect(store.updatePost(post.id, { masterText: 'x'.repeat(8_000) })).rejects.toMatchObject({
    code: 'DISK_FULL',
  });
  expect((await store.getPost(post.id)).masterText).toHaveLength(8_000);
  expect(await snapshot(dir)).toEqual(before);
  expect((await listFiles(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);

  await writeFile(filler, '');
  expect(await store.retrySaves()).toBe(0);
  await store.close();
  const again = await WorkspaceStore.open(dir, options(dataDir));
  expect((await again.getPost(post.id)).masterText).toHaveLength(8_000);
  await again.close();

  // And a folder that became read-only: told, nothing damaged.
  const ro = await WorkspaceStore.open(dir, options(dataDir));
  execFileSync('mount', ['-o', 'remount,ro', mnt]);
  await expect(ro.updatePost(post.id, { title: 'RO' })).rejects.toMatchObject({
    code: 'WRITE_FAILED',
    params: { reason: 'EROFS' },
  });
  expect(ro.pendingSaves).toBe(1);
  execFileSync('mount', ['-o', 'remount,rw', mnt]);
  expect(await ro.retrySaves()).toBe(0);
  await ro.close();

  // Opened on a read-only disk: read-only with the reason, not a crash.
  execFileSync('mount', ['-o', 'remount,ro', mnt]);
  const onRo = await WorkspaceStore.open(dir, options(dataDir));
  expect(onRo.readOnlyReason).toEqual({ code: 'WORKSPACE_READ_ONLY', params: { reason: 'EROFS' } });
  expect((await onRo.getPost(post.id)).title).toBe('RO');
  await onRo.close();
  execFileSync('mount', ['-o', 'remount,rw', mnt]);
}
