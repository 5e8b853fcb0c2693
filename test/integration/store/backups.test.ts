import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupScheduler, type Timers } from '../../../electron/backup/BackupScheduler.js';
import { WorkspaceStore } from '../../../electron/store/WorkspaceStore.js';
import { cleanTemps, draft, listFiles, newWorkspace, options } from './helpers.js';

afterEach(cleanTemps);

function manualTimers() {
  const due: { run: () => void; ms: number }[] = [];
  const timers: Timers = {
    set: (run, ms) => {
      const t = { run, ms };
      due.push(t);
      return t;
    },
    clear: (handle) => {
      const i = due.indexOf(handle as (typeof due)[number]);
      if (i >= 0) due.splice(i, 1);
    },
  };
  return { timers, due, fire: () => due.splice(0).forEach((t) => t.run()) };
}

describe('backup schedule', () => {
  it('backs up 15 minutes after a change, and not at all while nothing changes', async () => {
    const clock = manualTimers();
    let runs = 0;
    const scheduler = new BackupScheduler({
      run: () => Promise.resolve(void (runs += 1)),
      onError: () => undefined,
      clock: () => new Date(0),
      timers: clock.timers,
    });
    expect(clock.due).toEqual([]);
    scheduler.markChanged();
    scheduler.markChanged();
    expect(clock.due.map((t) => t.ms)).toEqual([15 * 60_000]);
    clock.fire();
    await scheduler.flush();
    expect(runs).toBe(1);
    expect(clock.due).toEqual([]);
    await scheduler.flush();
    expect(runs).toBe(1);
  });

  it('takes a backup of a store on its schedule, outside the workspace folder', async () => {
    const clock = manualTimers();
    const { dir, dataDir, store } = await newWorkspace({ backups: { timers: clock.timers } });
    await store.createPost(draft('A'));
    clock.fire();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const [backup] = await store.backups();
    expect(backup).toMatchObject({ reason: 'scheduled', posts: 1 });
    expect(
      (await listFiles(dataDir)).some((f) => f.startsWith('backups/') && f.endsWith(`${backup?.id}.jsonl.gz`)),
    ).toBe(true);
    expect((await listFiles(dir)).some((f) => f.endsWith('.gz'))).toBe(false);
    await store.close();
  });
});

describe('backups before risky operations', () => {
  it('takes one before deleting several posts at once', async () => {
    const { store } = await newWorkspace();
    const ids = [(await store.createPost(draft('A'))).id, (await store.createPost(draft('B'))).id];
    await store.deletePosts(ids);
    expect(store.listPosts()).toEqual([]);
    expect(await store.backups()).toEqual([expect.objectContaining({ reason: 'before-bulk-delete', posts: 2 })]);
    await store.close();
  });
});

describe('restoring a backup', () => {
  it('puts the backed-up posts back, and sets the current files aside instead of deleting them', async () => {
    const { root, dir, dataDir, store } = await newWorkspace();
    const a = await store.createPost(draft('A'));
    const good = await store.backupNow('manual');
    await store.updatePost(a.id, { title: 'A ruined' });
    const later = await store.createPost(draft('Later'));

    const { asideDir } = await store.restoreBackup(good.id);
    expect(store.listPosts().map((p) => p.title)).toEqual(['A']);
    expect(await store.getPost(a.id)).toMatchObject({ title: 'A', revision: 1 });
    expect(path.dirname(asideDir)).toBe(root);
    expect(JSON.parse(await readFile(path.join(asideDir, 'posts', `${later.id}.json`), 'utf8'))).toMatchObject({
      title: 'Later',
    });
    expect((await store.backups()).map((b) => b.reason).sort()).toEqual(['before-restore', 'manual']);
    // Editing goes on after the restore, and survives a reopen.
    await store.updatePost(a.id, { title: 'A again' });
    await store.close();
    const again = await WorkspaceStore.open(dir, options(dataDir));
    expect(again.listPosts().map((p) => p.title)).toEqual(['A again']);
    await again.close();
  });

  it('offers the backups of a workspace whose workspace.json is garbage, and restores one', async () => {
    const { dir, dataDir, store } = await newWorkspace();
    await store.createPost(draft('Safe'));
    const good = await store.backupNow();
    await store.close();
    await writeFile(path.join(dir, 'workspace.json'), Buffer.alloc(2048, 0));
    await expect(WorkspaceStore.open(dir, options(dataDir))).rejects.toMatchObject({ code: 'WORKSPACE_CORRUPT' });

    const offer = await WorkspaceStore.backupsForFolder(dir, dataDir);
    expect(offer.backups[0]?.id).toBe(good.id);
    const { store: restored, asideDir } = await WorkspaceStore.restoreBackupInto(dir, good.id, options(dataDir));
    expect(restored.readOnlyReason).toBeNull();
    expect(restored.listPosts().map((p) => p.title)).toEqual(['Safe']);
    expect(await readFile(path.join(asideDir, 'workspace.json'))).toEqual(Buffer.alloc(2048, 0));
    await restored.close();
  });

  it('restores a workspace opened read-only because media.json is corrupt', async () => {
    const { dir, dataDir, store } = await newWorkspace();
    const good = await store.backupNow();
    await store.close();
    await writeFile(path.join(dir, 'media.json'), 'null');
    const broken = await WorkspaceStore.open(dir, options(dataDir));
    expect(broken.readOnlyReason?.code).toBe('WORKSPACE_CORRUPT');
    await broken.restoreBackup(good.id);
    expect(broken.readOnlyReason).toBeNull();
    expect(broken.listMedia()).toEqual([]);
    await broken.close();
  });

  it('refuses a backup cut short, and touches nothing', async () => {
    const { dir, dataDir, store } = await newWorkspace();
    await store.createPost(draft('A'));
    const good = await store.backupNow();
    const file = path.join(dataDir, 'backups', store.info().id, `${good.id}.jsonl.gz`);
    const bytes = await readFile(file);
    await writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const before = await listFiles(dir);
    await expect(store.restoreBackup(good.id)).rejects.toMatchObject({
      code: 'WORKSPACE_CORRUPT',
      params: { reason: 'truncated' },
    });
    expect(await listFiles(dir)).toEqual(before);
    expect(await readdir(path.dirname(dir))).toEqual(
      expect.not.arrayContaining([expect.stringContaining('before-restore')]),
    );
    await store.close();
  });

  it('says so when asked for a backup that does not exist', async () => {
    const { store } = await newWorkspace();
    await expect(store.restoreBackup('nope')).rejects.toMatchObject({ code: 'BACKUP_NOT_FOUND' });
    await store.close();
  });
});
