import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/backup/catalog.js';
import { openBackup } from '../../../electron/backup/readBackup.js';
import { WorkspaceStore } from '../../../electron/store/WorkspaceStore.js';
import { cleanTemps, draft, listFiles, newWorkspace, options, tempDir } from './helpers.js';

afterEach(cleanTemps);

const V1 = fileURLToPath(new URL('../../fixtures/workspaces/v1', import.meta.url));

describe('a workspace from an older Calepin (schema 1)', () => {
  async function v1Copy() {
    const root = await tempDir();
    const dir = path.join(root, 'Atelier.calepin');
    await cp(V1, dir, { recursive: true });
    return { dir, dataDir: path.join(root, 'data'), original: await readFile(path.join(dir, 'workspace.json')) };
  }

  it('is migrated: posts move to their own files, local date and time become a UTC instant', async () => {
    const { dir, dataDir } = await v1Copy();
    const store = await WorkspaceStore.open(dir, options(dataDir));
    expect(store.openReport.migratedFrom).toBe(1);
    expect(store.info()).toMatchObject({
      id: 'ws-atelier-v1',
      name: 'Atelier Méridien',
      schemaVersion: 2,
      counts: { posts: 3, backlog: 1 },
    });
    // 29 March 2026 is the spring DST change in Paris: 09:30 there is 07:30 UTC, not 08:30.
    expect(await store.getPost('v1-dst')).toMatchObject({
      plannedAt: '2026-03-29T07:30:00.000Z',
      zone: 'Europe/Paris',
      status: 'approved',
      accounts: ['acc-insta'],
      labels: ['promo'],
    });
    expect((await store.getPost('v1-dst')).comments[0]).toMatchObject({
      author: 'Léa',
      text: 'Ajouter une photo de la vitrine ?',
    });
    expect(await store.getPost('v1-no-time')).toMatchObject({
      plannedAt: '2026-04-02T07:00:00.000Z',
      accounts: ['acc-linkedin'],
    });
    expect(await store.getPost('v1-backlog')).toMatchObject({ plannedAt: null, accounts: [], status: 'idea' });
    const workspaceJson = JSON.parse(await readFile(path.join(dir, 'workspace.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(workspaceJson.schemaVersion).toBe(2);
    expect(workspaceJson.posts).toBeUndefined();
    expect(await listFiles(path.join(dir, 'posts'))).toEqual(['v1-backlog.json', 'v1-dst.json', 'v1-no-time.json']);
    await store.close();
  });

  it('keeps a copy of the schema-1 file in the backups, outside the workspace folder', async () => {
    const { dir, dataDir, original } = await v1Copy();
    const store = await WorkspaceStore.open(dir, options(dataDir));
    await store.close();
    const [backup] = await listBackups(dataDir, 'ws-atelier-v1');
    expect(backup).toBeDefined();
    const files = await listFiles(dataDir);
    const content = await openBackup(path.join(dataDir, files.find((f) => f.endsWith('.jsonl.gz')) ?? ''), 'b');
    expect(content.header.reason).toBe('before-migration');
    const all = [];
    for await (const file of content.files) all.push(file);
    expect(all.find((f) => f.path === 'workspace.json')?.bytes.equals(original)).toBe(true);
  });

  it('is not migrated by a second instance or a read-only look', async () => {
    const { dir, dataDir, original } = await v1Copy();
    await expect(WorkspaceStore.open(dir, options(dataDir, { readOnly: true }))).rejects.toMatchObject({
      code: 'WORKSPACE_READ_ONLY',
    });
    expect((await readFile(path.join(dir, 'workspace.json'))).equals(original)).toBe(true);
  });
});

describe('a workspace from a newer Calepin', () => {
  it('opens read-only with the versions in the reason, and writes nothing', async () => {
    const { dir, dataDir, store } = await newWorkspace();
    const post = await store.createPost(draft('A'));
    await store.close();
    const file = path.join(dir, 'workspace.json');
    const json = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ ...json, schemaVersion: 3, somethingNew: { x: 1 } }));
    const before = await listFiles(dir);
    const newer = await WorkspaceStore.open(dir, options(dataDir));
    expect(newer.readOnlyReason).toEqual({ code: 'WORKSPACE_NEWER_SCHEMA', params: { found: 3, supported: 2 } });
    expect(newer.info().schemaVersion).toBe(3);
    expect(newer.listPosts().map((p) => p.id)).toEqual([post.id]);
    await expect(newer.updatePost(post.id, { title: 'B' })).rejects.toMatchObject({
      code: 'WORKSPACE_READ_ONLY',
      params: { reason: 'WORKSPACE_NEWER_SCHEMA' },
    });
    await expect(newer.updateWorkspace({ name: 'B' })).rejects.toMatchObject({ code: 'WORKSPACE_READ_ONLY' });
    await newer.close();
    expect(await listFiles(dir)).toEqual(before);
  });
});

describe('opening read-only on request', () => {
  it('reads while another instance holds the workspace, and writes nothing', async () => {
    const { dir, dataDir, store } = await newWorkspace();
    await store.createPost(draft('A'));
    const reader = await WorkspaceStore.open(dir, options(dataDir, { readOnly: true }));
    expect(reader.readOnlyReason).toEqual({ code: 'WORKSPACE_READ_ONLY', params: { reason: 'requested' } });
    expect(reader.listPosts()).toHaveLength(1);
    await reader.close();
    await store.createPost(draft('B'));
    await store.close();
  });
});
