/** What `calepin doctor` finds, checked in-process on real workspaces. */
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkWorkspace, type Finding } from '../../../electron/cli/doctorChecks.js';
import { findingSentence } from '../../../electron/cli/doctorMessages.js';
import { WorkspaceStore } from '../../../electron/store/WorkspaceStore.js';
import { corruptFile } from '../../helpers/corrupt.js';
import { makeTempWorkspace, type TempWorkspace } from '../../helpers/workspace.js';

let ws: TempWorkspace | null = null;
let store: WorkspaceStore | null = null;

afterEach(async () => {
  await store?.close();
  await ws?.remove();
  store = null;
  ws = null;
});

const problems = (findings: Finding[]) => findings.filter((f) => f.severity === 'problem').map((f) => [f.code, f.file]);

describe('calepin doctor finds', () => {
  it('nothing in a fresh sample', async () => {
    ws = await makeTempWorkspace({ sample: true });
    const report = await checkWorkspace(ws.dir);
    expect(report.findings).toEqual([]);
    expect(report.posts).toBeGreaterThan(50);
    expect(report.media).toBeGreaterThanOrEqual(4);
  });

  it('a live lock: another Calepin has the workspace open', async () => {
    ws = await makeTempWorkspace();
    store = await WorkspaceStore.open(ws.dir, ws.storeOptions());
    expect(problems((await checkWorkspace(ws.dir)).findings)).toEqual([['locked', '.calepin-lock']]);
  });

  it('a sync-conflict copy left in posts/', async () => {
    ws = await makeTempWorkspace({ sample: true });
    const copy = 'posts/ex-jean-talon (conflicted copy 2026-03-09).json';
    await copyFile(path.join(ws.dir, 'posts/ex-jean-talon.json'), path.join(ws.dir, copy));
    expect(problems((await checkWorkspace(ws.dir)).findings)).toEqual([['conflict', copy]]);
  });

  it('a post file whose revision the index does not know, and one the index lists but is gone', async () => {
    ws = await makeTempWorkspace({ sample: true });
    const file = path.join(ws.dir, 'posts/ex-mini-tartes.json');
    const post = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...post, revision: post.revision + 5 }));
    await rm(path.join(ws.dir, 'posts/ex-live-patissier.json'));
    const found = (await checkWorkspace(ws.dir)).findings;
    expect(problems(found)).toEqual(
      expect.arrayContaining([
        ['index-mismatch', 'posts/ex-mini-tartes.json'],
        ['index-mismatch', 'posts/ex-live-patissier.json'],
      ]),
    );
    const sentences = found.map((f) => findingSentence(f, 'en'));
    expect(sentences).toContain(
      `posts/ex-mini-tartes.json is at revision ${post.revision + 5} on disk but ${post.revision} in the index.`,
    );
    expect(sentences).toContain('The index lists posts/ex-live-patissier.json, which no longer exists.');
  });

  it('a media file that is missing or no longer matches its hash', async () => {
    ws = await makeTempWorkspace({ sample: true });
    const media = JSON.parse(await readFile(path.join(ws.dir, 'media.json'), 'utf8')).items as { file: string }[];
    await rm(path.join(ws.dir, media[0]!.file));
    await writeFile(path.join(ws.dir, media[1]!.file), 'not the picture');
    expect(problems((await checkWorkspace(ws.dir)).findings)).toEqual([
      ['media-missing', media[0]!.file],
      ['media-mismatch', media[1]!.file],
    ]);
  });

  it('a damaged index, and a workspace.json from a newer Calepin', async () => {
    ws = await makeTempWorkspace();
    await writeFile(path.join(ws.dir, 'index/summary.jsonl'), 'garbage\n');
    const raw = JSON.parse(await readFile(path.join(ws.dir, 'workspace.json'), 'utf8'));
    await writeFile(path.join(ws.dir, 'workspace.json'), JSON.stringify({ ...raw, schemaVersion: 99 }));
    const found = problems((await checkWorkspace(ws.dir)).findings);
    expect(found).toEqual(
      expect.arrayContaining([
        ['newer-schema', 'workspace.json'],
        ['index-unreadable', 'index/summary.jsonl'],
      ]),
    );
  });

  it('a broken media.json, by name, in French', async () => {
    ws = await makeTempWorkspace();
    await corruptFile(ws.dir, 'media.json', 'zeros');
    const [finding] = (await checkWorkspace(ws.dir)).findings;
    expect(finding).toMatchObject({ code: 'corrupt', file: 'media.json' });
    expect(findingSentence(finding!, 'fr')).toBe('media.json est illisible (zeros).');
  });

  it('no workspace at all, as an error rather than a finding', async () => {
    ws = await makeTempWorkspace();
    await expect(checkWorkspace(path.join(ws.root.path, 'nothing'))).rejects.toMatchObject({
      code: 'WORKSPACE_NOT_FOUND',
    });
  });
});
