import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CalepinError } from '../../../core/errors.js';
import {
  createCalepinService,
  type CalepinServiceHandle,
  type CalepinServiceOptions,
} from '../../../electron/services/createService.js';
import { fixedClock } from '../../helpers/clock.js';
import { invoke } from '../../helpers/invoke.js';
import { makeTempDir, type TempDir } from '../../helpers/tempDir.js';
import { makeTempWorkspace } from '../../helpers/workspace.js';

let temp: TempDir | null = null;
const open: CalepinServiceHandle[] = [];
const cleanups: (() => Promise<void>)[] = [];

async function start(dataDir: string, extra: Partial<CalepinServiceOptions> = {}): Promise<CalepinServiceHandle> {
  const handle = createCalepinService({
    dataDir,
    host: 'web',
    systemLocale: 'fr',
    clock: fixedClock(),
    backups: { enabled: false },
    ...extra,
  });
  open.push(handle);
  await handle.ready;
  return handle;
}

async function stop(handle: CalepinServiceHandle): Promise<void> {
  await handle.close();
  open.splice(open.indexOf(handle), 1);
}

afterEach(async () => {
  for (const handle of open.splice(0)) await handle.close();
  for (const cleanup of cleanups.splice(0)) await cleanup();
  await temp?.remove();
  temp = null;
});

describe('starting the app', () => {
  it('opens the French sample on first start, made in the data folder with its pictures', async () => {
    temp = await makeTempDir();
    const { service } = await start(temp.path);
    const status = await service['app.status']({});
    expect(status.workspace?.path).toBe(path.join(temp.path, 'Exemple.calepin'));
    expect(status.workspace?.settings.locale).toBe('fr');
    expect(status.workspace?.counts.posts).toBeGreaterThanOrEqual(55);
    expect(status.readOnly).toBeNull();
    expect(status.problem).toBeNull();
    const media = await service['media.list']({});
    expect(media.length).toBeGreaterThanOrEqual(4);
    for (const item of media) expect(existsSync(path.join(temp.path, 'Exemple.calepin', item.file))).toBe(true);
  });

  it('reopens the last workspace on the next start, and keeps the recent list newest first', async () => {
    temp = await makeTempDir();
    const first = await start(temp.path);
    const other = temp.join('Agence.calepin');
    await first.service['workspaces.create']({ path: other, name: 'Agence', sample: false });
    await stop(first);

    const second = await start(temp.path);
    const status = await second.service['app.status']({});
    expect(status.workspace?.name).toBe('Agence');
    const recent = await second.service['workspaces.recent']({});
    expect(recent.map((r) => r.name)).toEqual(['Agence', 'Les Fournils de Saône (exemple)']);
  });

  it('keeps preferences across restarts, in preferences.json', async () => {
    temp = await makeTempDir();
    const first = await start(temp.path);
    await first.service['app.setPreferences']({ language: 'en' });
    await first.service['app.setPreferences']({ theme: 'dark' });
    await stop(first);
    expect(existsSync(temp.join('preferences.json'))).toBe(true);
    const second = await start(temp.path, { open: 'none' });
    expect((await second.service['app.status']({})).preferences).toEqual({ language: 'en', theme: 'dark' });
  });

  it('starts on defaults when preferences.json is damaged, and keeps the damaged file aside', async () => {
    temp = await makeTempDir();
    await writeFile(temp.join('preferences.json'), '{ "language": ');
    const { service } = await start(temp.path, { open: 'none' });
    expect((await service['app.status']({})).preferences).toEqual({ language: 'system', theme: 'system' });
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(temp.path)).some((name) => name.startsWith('preferences.json.corrupt-'))).toBe(true);
  });

  it('lists at most ten recent workspaces and forgets folders that are gone', async () => {
    temp = await makeTempDir();
    const { service } = await start(temp.path, { open: 'none' });
    for (let i = 1; i <= 12; i++)
      await service['workspaces.create']({ path: temp.join(`W${i}.calepin`), name: `W${i}`, sample: false });
    let recent = await service['workspaces.recent']({});
    expect(recent.map((r) => r.name)).toEqual(['W12', 'W11', 'W10', 'W9', 'W8', 'W7', 'W6', 'W5', 'W4', 'W3']);
    const { rm } = await import('node:fs/promises');
    await rm(temp.join('W11.calepin'), { recursive: true });
    recent = await service['workspaces.recent']({});
    expect(recent.map((r) => r.name)).not.toContain('W11');
  });

  it('answers the folder picker with the native dialog in Electron and with null on the web', async () => {
    temp = await makeTempDir();
    const web = await start(temp.join('a'), { open: 'none' });
    expect(await web.service['workspaces.pickFolder']({ purpose: 'open' })).toEqual({ path: null });
    const desktop = await start(temp.join('b'), {
      open: 'none',
      host: 'electron',
      pickFolder: (purpose) => Promise.resolve(`/chosen/${purpose}`),
    });
    expect(await desktop.service['workspaces.pickFolder']({ purpose: 'create' })).toEqual({ path: '/chosen/create' });
  });
});

describe('switching workspaces', () => {
  it('refuses a folder that is not a workspace and keeps the current one open', async () => {
    temp = await makeTempDir();
    const { service } = await start(temp.path);
    await mkdir(temp.join('Photos'));
    await expect(service['workspaces.open']({ path: temp.join('Photos') })).rejects.toMatchObject({
      code: 'WORKSPACE_NOT_FOUND',
    });
    expect((await service['app.status']({})).workspace?.name).toBe('Les Fournils de Saône (exemple)');
  });

  it('refuses to create a workspace in a folder that is not empty, and keeps the current one open', async () => {
    temp = await makeTempDir();
    const { service } = await start(temp.path);
    await mkdir(temp.join('Plein'));
    await writeFile(temp.join('Plein', 'notes.txt'), 'à garder');
    await expect(
      service['workspaces.create']({ path: temp.join('Plein'), name: 'Plein', sample: false }),
    ).rejects.toMatchObject({ code: 'WORKSPACE_EXISTS' });
    expect((await service['app.status']({})).workspace?.name).toBe('Les Fournils de Saône (exemple)');
  });

  it('creates an empty workspace in the system language and opens it', async () => {
    temp = await makeTempDir();
    const { service } = await start(temp.path, { open: 'none', systemLocale: 'en' });
    const status = await service['workspaces.create']({ path: temp.join('New.calepin'), name: 'New', sample: false });
    expect(status.workspace).toMatchObject({ name: 'New', settings: { locale: 'en' }, counts: { posts: 0 } });
    const post = await invoke(service, 'posts.create', { draft: { title: 'First', plannedAt: null, accounts: [] } });
    expect((await service['posts.get']({ id: post.id })).title).toBe('First');
  });

  it('creates a second sample with its own identity, so the two never share backups', async () => {
    temp = await makeTempDir();
    const { service } = await start(temp.path);
    const first = (await service['app.status']({})).workspace!;
    const second = (
      await service['workspaces.create']({ path: temp.join('Copie.calepin'), name: 'Copie', sample: true })
    ).workspace!;
    expect(second.name).toBe('Copie');
    expect(second.counts.posts).toBe(first.counts.posts);
    expect(second.id).not.toBe(first.id);
  });

  it('says there is no workspace when none is open', async () => {
    temp = await makeTempDir();
    const { service } = await start(temp.path, { open: 'none' });
    await expect(service['posts.list']({})).rejects.toBeInstanceOf(CalepinError);
    await expect(service['posts.list']({})).rejects.toMatchObject({ code: 'NO_WORKSPACE' });
    expect((await service['app.status']({})).workspace).toBeNull();
  });

  it('serves media files by hash for the open workspace only', async () => {
    temp = await makeTempDir();
    const handle = await start(temp.path);
    const [item] = await handle.service['media.list']({});
    const file = handle.mediaFile(item!.sha256);
    expect(file).toBe(path.join(temp.path, 'Exemple.calepin', item!.file));
    expect(handle.mediaFile('0'.repeat(64))).toBeNull();
    const ws = await makeTempWorkspace();
    cleanups.push(() => ws.remove());
    await handle.service['workspaces.open']({ path: ws.dir });
    expect(handle.mediaFile(item!.sha256)).toBeNull();
  });
});
