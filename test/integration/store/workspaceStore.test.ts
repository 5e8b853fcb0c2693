import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../../electron/store/WorkspaceStore.js';
import { cleanTemps, draft, newWorkspace, options } from './helpers.js';

afterEach(cleanTemps);

describe('workspace store', () => {
  it('keeps a created post, an edit and a deletion across a reopen', async () => {
    const { dir, dataDir, store } = await newWorkspace();
    const kept = await store.createPost(draft('Ouverture à Lyon'));
    const gone = await store.createPost(draft('Brouillon jeté'));
    const edited = await store.updatePost(kept.id, { title: 'Ouverture à Lyon samedi' }, 1);
    await store.deletePost(gone.id);
    expect(edited.revision).toBe(2);
    await store.close();

    const again = await WorkspaceStore.open(dir, options(dataDir));
    expect(again.readOnlyReason).toBeNull();
    expect(again.listPosts().map((p) => [p.id, p.title, p.revision])).toEqual([
      [kept.id, 'Ouverture à Lyon samedi', 2],
    ]);
    const post = await again.getPost(kept.id);
    expect(post.masterText).toBe('Texte de « Ouverture à Lyon »');
    await expect(again.getPost(gone.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await again.close();
  });

  it('keeps every field an edit does not mention', async () => {
    const { store } = await newWorkspace();
    const post = await store.createPost(draft('Soldes', { status: 'in_review', labels: ['promo'], pillar: 'ventes' }));
    const edited = await store.updatePost(post.id, { title: 'Soldes d’hiver' });
    expect(edited).toMatchObject({
      status: 'in_review',
      labels: ['promo'],
      pillar: 'ventes',
      masterText: post.masterText,
    });
    await store.close();
  });

  it('refuses an edit made on an older revision', async () => {
    const { store } = await newWorkspace();
    const post = await store.createPost(draft('A'));
    await store.updatePost(post.id, { title: 'B' }, 1);
    await expect(store.updatePost(post.id, { title: 'C' }, 1)).rejects.toMatchObject({
      code: 'CONFLICT',
      params: { id: post.id, expected: 1, found: 2 },
    });
    await store.close();
  });

  it('undoes a deletion by putting the post back under its id, numbered after it', async () => {
    const { dir, dataDir, store } = await newWorkspace();
    const post = await store.updatePost((await store.createPost(draft('A'))).id, { title: 'A2' });
    await store.deletePost(post.id);
    const back = await store.restorePost(post);
    expect(back).toMatchObject({ id: post.id, title: 'A2', revision: 3 });
    const undoEdit = await store.restorePost({ ...post, title: 'A' });
    expect(undoEdit.revision).toBe(4);
    await store.close();
    const again = await WorkspaceStore.open(dir, options(dataDir));
    expect(await again.getPost(post.id)).toMatchObject({ title: 'A', revision: 4 });
    await again.close();
  });

  it('writes one history line per change: who, when, what, and the post after it', async () => {
    const { dir, store } = await newWorkspace();
    const post = await store.createPost(draft('A'));
    await store.updatePost(post.id, { title: 'B' });
    await store.deletePost(post.id);
    await store.close();
    const [month] = await readdir(path.join(dir, 'history'));
    expect(month).toBe('2026-03.jsonl');
    const lines = (await readFile(path.join(dir, 'history', month as string), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.op, l.postId, l.revision, l.who])).toEqual([
      ['create', post.id, 1, 'Camille'],
      ['update', post.id, 2, 'Camille'],
      ['delete', post.id, 3, 'Camille'],
    ]);
    expect((lines[1]?.post as { title: string }).title).toBe('B');
    expect(lines[2]?.post).toBeNull();
  });

  it('fills a new post from the workspace (zone) and the store (id, dates, revision)', async () => {
    const { store } = await newWorkspace();
    const post = await store.createPost({ plannedAt: null, accounts: [] });
    expect(post).toMatchObject({ zone: 'Europe/Paris', status: 'draft', revision: 1, createdAt: post.updatedAt });
    expect(post.id).toMatch(/^[A-Za-z0-9_-]{21}$/);
    await expect(store.createPost({ plannedAt: 'demain', accounts: [] })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await store.close();
  });

  it('saves workspace settings and reports counts', async () => {
    const { dir, dataDir, store } = await newWorkspace();
    await store.createPost(draft('dated'));
    await store.createPost(draft('backlog', { plannedAt: null }));
    const info = await store.updateWorkspace({ name: 'Agence Lumière', settings: { defaultTime: '10:30' } });
    expect(info).toMatchObject({
      name: 'Agence Lumière',
      schemaVersion: 2,
      counts: { posts: 2, backlog: 1, media: 0, requests: 0 },
    });
    await store.close();
    const again = await WorkspaceStore.open(dir, options(dataDir));
    expect(again.workspace()).toMatchObject({
      name: 'Agence Lumière',
      settings: { zone: 'Europe/Paris', defaultTime: '10:30' },
    });
    await again.close();
  });

  it('compacts the journal into the snapshot when it grows and at close', async () => {
    const { dir, dataDir, store } = await newWorkspace({ compactAfter: 5 });
    const post = await store.createPost(draft('A'));
    for (let i = 0; i < 7; i++) await store.updatePost(post.id, { title: `A${i}` });
    const journal = (await readFile(path.join(dir, 'index/journal.jsonl'), 'utf8')).trim().split('\n').filter(Boolean);
    expect(journal.length).toBeLessThan(5);
    await store.close();
    expect(await readFile(path.join(dir, 'index/journal.jsonl'), 'utf8')).toBe('');
    const again = await WorkspaceStore.open(dir, options(dataDir));
    expect(again.listPosts()[0]).toMatchObject({ title: 'A6', revision: 8 });
    await again.close();
  });

  it('refuses a folder that is not a workspace and a non-empty folder to create in', async () => {
    const { root, dir, dataDir, store } = await newWorkspace();
    await store.close();
    await expect(WorkspaceStore.open(path.join(root, 'nothing'), options(dataDir))).rejects.toMatchObject({
      code: 'WORKSPACE_NOT_FOUND',
    });
    await expect(WorkspaceStore.open(path.join(dir, 'posts'), options(dataDir))).rejects.toMatchObject({
      code: 'WORKSPACE_NOT_FOUND',
    });
    await expect(
      WorkspaceStore.create(dir, { name: 'x', settings: { zone: 'UTC', locale: 'en' } }, options(dataDir)),
    ).rejects.toMatchObject({ code: 'WORKSPACE_EXISTS' });
  });

  it('starts history on a fresh line after a line torn by a crash', async () => {
    const { dir, dataDir, store } = await newWorkspace();
    const post = await store.createPost(draft('A'));
    await store.close();
    const month = path.join(dir, 'history', '2026-03.jsonl');
    await writeFile(month, `${await readFile(month, 'utf8')}{"at":"2026-03-28T10:00:09.000Z","op":"upd`);
    const again = await WorkspaceStore.open(dir, options(dataDir));
    await again.updatePost(post.id, { title: 'B' });
    await again.close();
    const lines = (await readFile(month, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[2] ?? '')).toMatchObject({ op: 'update', postId: post.id, revision: 2 });
  });
});
