/** Opening problems are kept and shown, never thrown away; a read-only workspace refuses writes. */
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createCalepinService, type CalepinServiceHandle } from '../../../electron/services/createService.js';
import { WorkspaceStore } from '../../../electron/store/WorkspaceStore.js';
import { fixedClock } from '../../helpers/clock.js';
import { invoke } from '../../helpers/invoke.js';
import { corruptFile } from '../../helpers/corrupt.js';
import { makeTempWorkspace, type TempWorkspace } from '../../helpers/workspace.js';

let ws: TempWorkspace | null = null;
let handle: CalepinServiceHandle | null = null;
let other: WorkspaceStore | null = null;

async function serve(workspace: TempWorkspace): Promise<CalepinServiceHandle> {
  handle = createCalepinService({
    dataDir: workspace.dataDir,
    host: 'web',
    systemLocale: 'fr',
    clock: fixedClock(),
    open: { path: workspace.dir },
    backups: { enabled: false },
  });
  await handle.ready;
  return handle;
}

afterEach(async () => {
  await handle?.close();
  await other?.close();
  await ws?.remove();
  handle = null;
  other = null;
  ws = null;
});

const draft = { draft: { title: 'Nouvelle', plannedAt: null, accounts: [] } };

describe('a workspace that cannot be opened as it is', () => {
  it('reports a corrupt workspace.json by name, opens nothing, and offers its backups', async () => {
    ws = await makeTempWorkspace({ sample: true });
    const store = await WorkspaceStore.open(ws.dir, ws.storeOptions());
    const backup = await store.backupNow('manual');
    await store.close();
    await corruptFile(ws.dir, 'workspace.json', 'truncated');
    const broken = await readFile(`${ws.dir}/workspace.json`);

    const { service } = await serve(ws);
    const status = await service['app.status']({});
    expect(status.workspace).toBeNull();
    expect(status.problem).toMatchObject({
      code: 'WORKSPACE_CORRUPT',
      params: { file: 'workspace.json', reason: 'truncated' },
    });
    expect(await readFile(`${ws.dir}/workspace.json`)).toEqual(broken);
    expect((await service['workspaces.backups']({})).map((b) => b.id)).toContain(backup.id);

    const restored = await service['workspaces.restoreBackup']({ id: backup.id });
    expect(restored.workspace?.name).toBe('Les Fournils de Saône (exemple)');
    expect(restored.problem).toBeNull();
  });

  it('opens read-only when media.json is corrupt, names the file, and refuses every write', async () => {
    ws = await makeTempWorkspace({ sample: true });
    await corruptFile(ws.dir, 'media.json', 'null');
    const { service } = await serve(ws);
    const status = await service['app.status']({});
    expect(status.workspace?.counts.posts).toBeGreaterThan(50);
    expect(status.readOnly).toMatchObject({ code: 'WORKSPACE_CORRUPT', params: { file: 'media.json' } });
    expect(status.problem).toMatchObject({ code: 'WORKSPACE_CORRUPT', params: { file: 'media.json', reason: 'null' } });
    expect((await service['posts.list']({})).length).toBeGreaterThan(50);
    await expect(invoke(service, 'posts.create', draft)).rejects.toMatchObject({ code: 'WORKSPACE_READ_ONLY' });
    await expect(service['workspace.update']({ name: 'Autre' })).rejects.toMatchObject({ code: 'WORKSPACE_READ_ONLY' });
  });

  it('opens read-only when another Calepin holds the workspace, and says so', async () => {
    ws = await makeTempWorkspace();
    other = await WorkspaceStore.open(ws.dir, ws.storeOptions());
    const { service } = await serve(ws);
    const status = await service['app.status']({});
    expect(status.readOnly).toMatchObject({ code: 'WORKSPACE_LOCKED' });
    expect(status.problem).toMatchObject({ code: 'WORKSPACE_LOCKED' });
    await expect(invoke(service, 'posts.create', draft)).rejects.toMatchObject({ code: 'WORKSPACE_READ_ONLY' });
  });

  it('keeps the problem until it is dismissed', async () => {
    ws = await makeTempWorkspace();
    other = await WorkspaceStore.open(ws.dir, ws.storeOptions());
    const { service } = await serve(ws);
    expect((await service['app.status']({})).problem).not.toBeNull();
    expect((await service['app.dismissProblem']({})).problem).toBeNull();
    expect((await service['app.status']({})).readOnly).toMatchObject({ code: 'WORKSPACE_LOCKED' });
  });
});

describe('a save the disk refuses', () => {
  it('keeps the edit, shows the problem and the pending save, and a retry with room again clears both', async () => {
    const { faultyDisk } = await import('../../helpers/faultyDisk.js');
    ws = await makeTempWorkspace();
    const disk = faultyDisk();
    handle = createCalepinService({
      dataDir: ws.dataDir,
      host: 'web',
      systemLocale: 'fr',
      clock: fixedClock(),
      open: { path: ws.dir },
      backups: { enabled: false },
      fsOps: disk.ops,
    });
    await handle.ready;
    const { service } = handle;
    const post = await invoke(service, 'posts.create', draft);

    disk.fail('ENOSPC');
    await expect(service['posts.update']({ id: post.id, patch: { title: 'Gardée en mémoire' } })).rejects.toMatchObject(
      { code: 'DISK_FULL' },
    );
    let status = await service['app.status']({});
    expect(status.problem).toMatchObject({ code: 'DISK_FULL' });
    expect(status.pendingSaves).toBe(1);
    expect((await service['posts.get']({ id: post.id })).title).toBe('Gardée en mémoire');

    disk.heal();
    status = await service['app.retrySaves']({});
    expect(status.pendingSaves).toBe(0);
    expect(status.problem).toBeNull();
    const onDisk = JSON.parse(await readFile(`${ws.dir}/posts/${post.id}.json`, 'utf8'));
    expect(onDisk.title).toBe('Gardée en mémoire');
  });
});
