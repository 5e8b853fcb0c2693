/** `calepin media import / list`, run for real from the built bundle. */
import { readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCalepin } from '../../helpers/cli.js';
import { makeTempDir, type TempDir } from '../../helpers/tempDir.js';
import { gif, HAS_FFMPEG, jpeg, mp4, png, rotatedJpeg } from './generate.js';

let temp: TempDir;
let env: Record<string, string>;
let workspace: string;
let files: TempDir;

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);

beforeAll(async () => {
  await buildCli();
  temp = await makeTempDir('calepin-cli-media-');
  env = { CALEPIN_DATA_DIR: temp.join('data') };
  workspace = temp.join('Agence.calepin');
  const created = await runCalepin(['new', workspace], { env });
  expect(created.code, created.stderr).toBe(0);
  files = await makeTempDir('calepin-cli-media-files-');
  await jpeg(files.join('wide.jpg'), 1600, 900);
  await png(files.join('square.png'), 500, 500);
  await rotatedJpeg(files.join('turned.jpg'), 300, 200);
  await gif(files.join('anim.gif'), 40, 30, ['#ff0000', '#0000ff']);
  await jpeg(files.join(`l'été "$(id)" \u202Eavant.jpg`), 64, 48, '#445566');
  await writeFile(files.join('readme.jpg'), 'not a picture');
  await writeFile(files.join('empty.jpg'), '');
  await symlink(files.join('wide.jpg'), files.join('link.jpg'));
  if (HAS_FFMPEG) await mp4(files.join('clip.mp4'));
});

afterAll(async () => {
  await temp?.remove();
  await files?.remove();
});

interface Line {
  file: string;
  status: string;
  reason: string | null;
  id: string | null;
}

const parseLines = (stdout: string): Line[] =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);

describe('calepin media', () => {
  it('imports good files with exit 0, one JSON line each, then lists them as displayed', async () => {
    const good = ['wide.jpg', 'square.png', 'turned.jpg', 'anim.gif', `l'été "$(id)" \u202Eavant.jpg`].map((n) =>
      files.join(n),
    );
    if (HAS_FFMPEG) good.push(files.join('clip.mp4'));
    const run = await runCalepin(['media', 'import', '--workspace', workspace, ...good, '--json'], { env });
    expect(run.code, run.stderr).toBe(0);
    const lines = parseLines(run.stdout);
    expect(lines.map((l) => [l.file, l.status, l.reason])).toEqual(good.map((f) => [f, 'imported', null]));
    expect(lines.every((l) => typeof l.id === 'string')).toBe(true);

    const list = await runCalepin(['media', 'list', '--workspace', workspace, '--json'], { env });
    expect(list.code, list.stderr).toBe(0);
    const items = JSON.parse(list.stdout) as Record<string, unknown>[];
    const byName = Object.fromEntries(items.map((i) => [i.name as string, i]));
    expect(byName['wide.jpg']).toMatchObject({
      kind: 'image',
      mime: 'image/jpeg',
      width: 1600,
      height: 900,
      durationSeconds: null,
      alt: '',
      tags: [],
    });
    expect(byName['turned.jpg']).toMatchObject({ width: 200, height: 300 });
    expect(byName['anim.gif']).toMatchObject({ kind: 'animation' });
    expect(byName[`l'été "$(id)" \u202Eavant.jpg`]).toMatchObject({ kind: 'image', width: 64, height: 48 });
    for (const item of items) {
      expect(Object.keys(item)).toEqual(
        expect.arrayContaining([
          'id',
          'sha256',
          'name',
          'kind',
          'mime',
          'width',
          'height',
          'durationSeconds',
          'bytes',
          'alt',
          'tags',
        ]),
      );
    }
    if (HAS_FFMPEG) {
      expect(byName['clip.mp4']).toMatchObject({ kind: 'video', mime: 'video/mp4', width: 320, height: 240 });
      expect(byName['clip.mp4']!.durationSeconds as number).toBeCloseTo(1, 1);
    }
    // The thumbnails went to the data folder, not the workspace.
    expect((await readdir(temp.join('data', 'thumbnails'))).length).toBeGreaterThanOrEqual(5);
  });

  it('says duplicate (exit 0), and names each refused file with its reason (exit 1), in English and French', async () => {
    const again = await runCalepin(['media', 'import', '--workspace', workspace, files.join('wide.jpg')], { env });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/wide\.jpg: already in the library \([\w-]+\)/);

    const bad = ['square.png', 'readme.jpg', 'empty.jpg', 'link.jpg'].map((n) => files.join(n));
    const json = await runCalepin(['media', 'import', '--workspace', workspace, ...bad, '--json'], { env });
    expect(json.code).toBe(1);
    expect(parseLines(json.stdout).map((l) => [path.basename(l.file), l.status, l.reason])).toEqual([
      ['square.png', 'duplicate', null],
      ['readme.jpg', 'refused', 'not-media'],
      ['empty.jpg', 'refused', 'empty'],
      ['link.jpg', 'refused', 'symlink'],
    ]);

    const en = await runCalepin(['media', 'import', '--workspace', workspace, ...bad], { env });
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(`${files.join('readme.jpg')}: refused, not an image or a video`);
    expect(en.stdout).toContain(`${files.join('empty.jpg')}: refused, the file is empty`);
    expect(en.stdout).toContain(`${files.join('link.jpg')}: refused, it is a symbolic link`);
    expect(en.stderr).toContain('0 imported, 1 already there, 3 refused.');
    noStack(en.stderr);

    const fr = await runCalepin(['media', 'import', '--workspace', workspace, ...bad], {
      env: { ...env, LANG: 'fr_FR.UTF-8' },
    });
    expect(fr.code).toBe(1);
    expect(fr.stdout).toContain(`${files.join('square.png')}\u202F: déjà dans la médiathèque`);
    expect(fr.stdout).toContain(`${files.join('readme.jpg')}\u202F: refusé, ce n’est ni une image ni une vidéo`);
    // Nothing of the refused files was left in the workspace.
    expect((await readdir(path.join(workspace, 'media'))).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('explains its usage mistakes in one sentence', async () => {
    const none = await runCalepin(['media', 'import', '--workspace', workspace], { env });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('give at least one file or folder to import.');
    const unknown = await runCalepin(['media', 'frobnicate', '--workspace', workspace], { env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown action: frobnicate');
    const missing = await runCalepin(['media', 'list', '--workspace', temp.join('nowhere'), '--json'], { env });
    expect(missing.code).toBe(1);
    noStack(missing.stderr);
  });
});
