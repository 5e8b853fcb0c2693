/** `calepin restore ARCHIVE.zip --to DIR`, run for real from the built bundle. */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_NAME } from '../../../electron/archive/archiveFormat.js';
import { writeWorkspaceArchive } from '../../../electron/archive/writeArchive.js';
import { buildCli, runCalepin } from '../../helpers/cli.js';
import { makeTempDir, type TempDir } from '../../helpers/tempDir.js';
import { makeTempWorkspace, type TempWorkspace } from '../../helpers/workspace.js';
import { makeZip, renameEntry } from '../../helpers/zips.js';

let temp: TempDir;
let ws: TempWorkspace;
let archive: string;
let env: Record<string, string>;

beforeAll(async () => {
  await buildCli();
  temp = await makeTempDir('calepin-restore-');
  ws = await makeTempWorkspace({ sample: true });
  env = { CALEPIN_DATA_DIR: temp.join('data') };
  archive = temp.join('Fournils.zip');
  await writeWorkspaceArchive(ws.dir, archive, { id: 'x', name: 'Les Fournils', createdAt: new Date() });
});
afterAll(async () => {
  await temp.remove();
  await ws.remove();
});

describe('calepin restore', () => {
  it('restores the archive into a new folder and says what it holds, in French', async () => {
    const target = temp.join('Copie.calepin');
    const run = await runCalepin(['restore', archive, '--to', target], { env: { ...env, LANG: 'fr_FR.UTF-8' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`restauré dans ${target} (61 publications, 6 médias, 11 comptes)`);
    const info = await runCalepin(['info', '--workspace', target, '--json'], { env });
    expect(JSON.parse(info.stdout).counts.posts).toBe(61);
  });

  it('refuses a folder that is not empty, exit 1, one sentence on stderr', async () => {
    const target = temp.join('busy');
    await mkdir(target);
    await writeFile(temp.join('busy', 'keep.txt'), 'x');
    const run = await runCalepin(['restore', archive, '--to', target], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`calepin restore: The folder ${target} is not empty: choose a new or empty folder.\n`);
    expect(await readdir(target)).toEqual(['keep.txt']);
  });

  it('refuses a Zip Slip archive in the user’s language and leaves no folder behind', async () => {
    const evil = temp.join('evil.zip');
    const zip = await makeZip([
      {
        name: MANIFEST_NAME,
        data: JSON.stringify({
          format: 'calepin-workspace-archive',
          version: 1,
          root: 'W',
          workspace: { id: 'w', name: 'W' },
          createdAt: '2026-03-10T09:00:00.000Z',
          files: 1,
          bytes: 1,
        }),
      },
      { name: 'W/xx/evil.txt', data: 'x' },
    ]);
    await writeFile(evil, renameEntry(zip, 'W/xx/evil.txt', 'W/../evil.txt'));
    const target = temp.join('evil-target', 'W.calepin');
    const run = await runCalepin(['restore', evil, '--to', target], { env: { ...env, LANG: 'fr_FR.UTF-8' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^calepin restore: Archive refusée\u202F: .*hors du dossier.*\(W\/\.\.\/evil\.txt\)\. Rien n’a été restauré\.\n$/,
    );
    expect(await readdir(temp.join('evil-target')).catch(() => [])).toEqual([]);
    expect(await readdir(temp.path)).not.toContain('evil.txt');
  });

  it('asks for --to', async () => {
    const run = await runCalepin(['restore', archive], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--to DIR');
  });
});
