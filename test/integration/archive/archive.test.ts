/**
 * The workspace archive against real workspaces and real zips: what goes in comes back out
 * byte for byte, and a crafted archive (Zip Slip, absolute path, link, size bomb, not Calepin's,
 * a workspace that does not open) is refused with nothing left on the disk.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CalepinError } from '../../../core/errors.js';
import { MANIFEST_NAME } from '../../../electron/archive/archiveFormat.js';
import { restoreWorkspaceArchive, type RestoreOptions } from '../../../electron/archive/restoreArchive.js';
import { listWorkspaceFiles, writeWorkspaceArchive } from '../../../electron/archive/writeArchive.js';
import { runExport } from '../../../electron/export/runExport.js';
import { WorkspaceStore } from '../../../electron/store/WorkspaceStore.js';
import { fixedClock } from '../../helpers/clock.js';
import { makeTempDir, type TempDir } from '../../helpers/tempDir.js';
import { makeTempWorkspace, type TempWorkspace } from '../../helpers/workspace.js';
import { makeZip, renameEntry, setDeclaredSize, type ZipEntrySpec } from '../../helpers/zips.js';

let ws: TempWorkspace;
let temp: TempDir;
let archive: string;
let restoreOptions: RestoreOptions;

async function fingerprint(dir: string): Promise<Record<string, string>> {
  const { files } = await listWorkspaceFiles(dir);
  const out: Record<string, string> = {};
  // index/ is derived, and rewritten when the restored copy is opened to check it.
  for (const f of files.filter((file) => !file.relative.startsWith('index/')))
    out[f.relative] = createHash('sha256')
      .update(await readFile(f.absolute))
      .digest('hex');
  return out;
}

beforeAll(async () => {
  ws = await makeTempWorkspace({ sample: true });
  temp = await makeTempDir('calepin-archive-');
  archive = temp.join('plan.zip');
  restoreOptions = { store: { clock: fixedClock(), actor: 'test', dataDir: ws.dataDir } };
  await writeWorkspaceArchive(ws.dir, archive, { id: 'ws-1', name: 'Exemple', createdAt: new Date() });
});
afterAll(async () => {
  await ws.remove();
  await temp.remove();
});

describe('archive then restore', () => {
  it('gives back every file of the workspace, media included, byte for byte, as a workspace that opens', async () => {
    const target = temp.join('restored', 'Copie.calepin');
    const result = await restoreWorkspaceArchive(archive, target, restoreOptions);

    const before = await fingerprint(ws.dir);
    expect(Object.keys(before).some((f) => f.startsWith('media/'))).toBe(true);
    expect(await fingerprint(target)).toEqual(before);
    expect(result.workspace.posts).toBe(61);
    expect(result.workspace.media).toBe(6);

    const store = await WorkspaceStore.open(target, ws.storeOptions());
    try {
      expect(store.readOnlyReason).toBeNull();
      expect(store.listPosts()).toHaveLength(61);
      // The empty folders a workspace is made of came back too.
      expect((await readdir(target)).sort()).toEqual(
        expect.arrayContaining(['conflicts', 'history', 'index', 'media', 'posts', 'quarantine', 'workspace.json']),
      );
    } finally {
      await store.close();
    }
    // No staging folder left beside it.
    expect(await readdir(temp.join('restored'))).toEqual(['Copie.calepin']);
  });

  it('leaves out the lock of an open workspace, and archives it while it is open', async () => {
    const store = await WorkspaceStore.open(ws.dir, ws.storeOptions());
    try {
      const out = temp.join('open.zip');
      const result = await writeWorkspaceArchive(ws.dir, out, { id: 'x', name: 'x', createdAt: new Date() });
      const zipText = (await readFile(out)).toString('latin1');
      expect(zipText).not.toContain('.calepin-lock');
      expect(result.files).toBeGreaterThan(61);
    } finally {
      await store.close();
    }
  });

  it('refuses a folder that is not empty, and touches nothing in it', async () => {
    const target = temp.join('busy');
    await mkdir(target);
    await writeFile(path.join(target, 'notes.txt'), 'à garder');
    await expect(restoreWorkspaceArchive(archive, target, restoreOptions)).rejects.toMatchObject({
      code: 'WORKSPACE_EXISTS',
    });
    expect(await readdir(target)).toEqual(['notes.txt']);
  });

  it('restores into an existing empty folder', async () => {
    const target = temp.join('empty');
    await mkdir(target);
    const result = await restoreWorkspaceArchive(archive, target, restoreOptions);
    expect(result.workspace.posts).toBe(61);
  });
});

describe('the zip export format', () => {
  it('writes the archive as `calepin export --format zip` does, restorable, never inside the workspace', async () => {
    const store = await WorkspaceStore.open(ws.dir, ws.storeOptions({ readOnly: true }));
    try {
      const out = temp.join('export.zip');
      await runExport('zip', { store, selection: {}, out });
      const restored = await restoreWorkspaceArchive(out, temp.join('from-export'), restoreOptions);
      expect(restored.workspace.posts).toBe(61);

      const inside = path.join(ws.dir, 'media', 'inside.zip');
      await expect(runExport('zip', { store, selection: {}, out: inside })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
      expect(await readdir(path.join(ws.dir, 'media'))).not.toContain('inside.zip');
    } finally {
      await store.close();
    }
  });
});

describe('crafted archives are refused, nothing written', () => {
  const manifest = (root = 'W.calepin') =>
    JSON.stringify({
      format: 'calepin-workspace-archive',
      version: 1,
      root,
      workspace: { id: 'w', name: 'W' },
      createdAt: '2026-03-10T09:00:00.000Z',
      files: 1,
      bytes: 1,
    });

  async function attempt(zip: Buffer, limits?: RestoreOptions['limits']): Promise<CalepinError> {
    const dir = await makeTempDir('calepin-evil-');
    try {
      const file = dir.join('evil.zip');
      await writeFile(file, zip);
      const error = await restoreWorkspaceArchive(file, dir.join('out', 'Target.calepin'), {
        ...restoreOptions,
        limits,
      }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(CalepinError);
      // Nothing beside the archive: no target, no staging folder, and nothing escaped above it.
      expect((await readdir(dir.path)).sort()).toEqual(expect.arrayContaining(['evil.zip']));
      const out = await readdir(dir.join('out')).catch(() => []);
      expect(out).toEqual([]);
      expect(await readdir(dir.path)).not.toContain('evil.txt');
      return error as CalepinError;
    } finally {
      await dir.remove();
    }
  }

  const withManifest = (entries: ZipEntrySpec[]) => makeZip([{ name: MANIFEST_NAME, data: manifest() }, ...entries]);

  it('an entry climbing out with ..', async () => {
    const zip = renameEntry(
      await withManifest([{ name: 'W.calepin/xx/xx/evil.txt', data: 'x' }]),
      'W.calepin/xx/xx/evil.txt',
      'W.calepin/../../evil.txt',
    );
    const error = await attempt(zip);
    expect(error.params).toMatchObject({ reason: 'unsafe-path', entry: 'W.calepin/../../evil.txt' });
  });

  it('an absolute path', async () => {
    const zip = renameEntry(
      await withManifest([{ name: 'xtmp/evil.txt', data: 'x' }]),
      'xtmp/evil.txt',
      '/tmp/evil.txt',
    );
    expect((await attempt(zip)).params).toMatchObject({ reason: 'unsafe-path', entry: '/tmp/evil.txt' });
  });

  it('a backslash (a Windows path in disguise)', async () => {
    const zip = renameEntry(
      await withManifest([{ name: 'W.calepin/x/evil.txt', data: 'x' }]),
      'W.calepin/x/evil.txt',
      'W.calepin\\..\\evil.txt'.slice(0, 20),
    );
    expect((await attempt(zip)).params).toMatchObject({ reason: 'unsafe-path' });
  });

  it('a symbolic link, even one that would be followed by a later entry', async () => {
    const zip = await withManifest([
      { name: 'W.calepin/media', data: '/etc', mode: 0o120777 },
      { name: 'W.calepin/media/passwd', data: 'x' },
    ]);
    expect((await attempt(zip)).params).toMatchObject({ reason: 'link', entry: 'W.calepin/media' });
  });

  it('a declared size past the cap, before anything is unpacked', async () => {
    const zip = await withManifest([{ name: 'W.calepin/big.bin', data: Buffer.alloc(5000) }]);
    expect((await attempt(zip, { maxEntryBytes: 1000 })).params).toMatchObject({
      reason: 'too-large',
      entry: 'W.calepin/big.bin',
    });
    expect((await attempt(zip, { maxTotalBytes: 3000 })).params).toMatchObject({ reason: 'too-large' });
  });

  it('an entry that inflates past the size it declares (a zip bomb)', async () => {
    const zip = setDeclaredSize(
      await withManifest([
        { name: 'W.calepin/workspace.json', data: '{}' },
        { name: 'W.calepin/bomb.bin', data: Buffer.alloc(2_000_000) },
      ]),
      'W.calepin/bomb.bin',
      100,
    );
    expect((await attempt(zip)).params).toMatchObject({ reason: 'damaged', entry: 'bomb.bin' });
  });

  it('a zip without a Calepin manifest, and a file that is not a zip at all', async () => {
    expect((await attempt(await makeZip([{ name: 'photo.jpg', data: 'x' }]))).params).toMatchObject({
      reason: 'not-calepin',
    });
    expect((await attempt(Buffer.from('Bonjour, je ne suis pas un zip.'))).params).toMatchObject({
      reason: 'not-calepin',
    });
  });

  it('an entry outside the folder the manifest names', async () => {
    const zip = await withManifest([{ name: 'Other/workspace.json', data: '{}' }]);
    expect((await attempt(zip)).params).toMatchObject({ reason: 'not-calepin', entry: 'Other/workspace.json' });
  });

  it('a workspace that does not open (workspace.json is not JSON)', async () => {
    const zip = await withManifest([{ name: 'W.calepin/workspace.json', data: '{"name": "W", ' }]);
    expect((await attempt(zip)).params).toMatchObject({ reason: 'invalid-workspace' });
  });

  it('a workspace whose media file is missing', async () => {
    const { files } = await listWorkspaceFiles(ws.dir);
    const entries: ZipEntrySpec[] = [];
    for (const f of files) {
      if (f.relative.startsWith('media/') && entries.some((e) => e.name.includes('/media/'))) continue;
      entries.push({ name: `W.calepin/${f.relative}`, data: await readFile(f.absolute) });
    }
    const error = await attempt(await withManifest(entries));
    expect(error.params.reason).toBe('invalid-workspace');
    expect(String(error.params.entry)).toMatch(/^media\//);
  });
});
