import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../../electron/store/WorkspaceStore.js';
import { cleanTemps, draft, listFiles, newWorkspace, options } from './helpers.js';

afterEach(cleanTemps);

/** Every way a file can come back broken, made from the file's own good content. */
function breakages(good: string): [string, Buffer, string][] {
  return [
    ['not JSON', Buffer.from('{ "name": Mon agence }'), 'not-json'],
    ['truncated', Buffer.from(good.slice(0, Math.floor(good.length / 2))), 'truncated'],
    ['all NUL bytes', Buffer.alloc(4096, 0), 'zeros'],
    ['empty', Buffer.alloc(0), 'empty'],
    ['null', Buffer.from('null\n'), 'null'],
    ['of the wrong shape', Buffer.from('{"schemaVersion":2,"posts":[]}'), 'wrong-shape'],
  ];
}

async function workspaceWithPost() {
  const ws = await newWorkspace();
  const post = await ws.store.createPost(draft('Ouverture'));
  // Another change after it, so opening does not read this post (only the last change is checked).
  await ws.store.createPost(draft('Autre'));
  await ws.store.close();
  return { ...ws, post };
}

describe('a workspace with a broken workspace.json', () => {
  it.each(
    breakages('{"schemaVersion":2,"id":"abc","name":"Mon agence","settings":{"zone":"Europe/Paris","locale":"fr"}}'),
  )('opens nothing when the file is %s, names the file and leaves its bytes alone', async (_kind, bytes, reason) => {
    const { dir, dataDir } = await workspaceWithPost();
    const file = path.join(dir, 'workspace.json');
    await writeFile(file, bytes);
    await expect(WorkspaceStore.open(dir, options(dataDir))).rejects.toMatchObject({
      code: 'WORKSPACE_CORRUPT',
      params: { file: 'workspace.json', reason },
    });
    expect((await readFile(file)).equals(bytes)).toBe(true);
    // Nothing was written and the lock was let go: a second try fails the same way, not as "locked".
    await expect(WorkspaceStore.open(dir, options(dataDir))).rejects.toMatchObject({ code: 'WORKSPACE_CORRUPT' });
  });
});

describe('a workspace with a broken media.json', () => {
  it.each(breakages('{"items":[]}'))(
    'opens read-only when media.json is %s, naming the file',
    async (_kind, bytes, reason) => {
      const { dir, dataDir, post } = await workspaceWithPost();
      const file = path.join(dir, 'media.json');
      await writeFile(file, bytes);
      const before = await listFiles(dir);
      const store = await WorkspaceStore.open(dir, options(dataDir));
      expect(store.readOnlyReason).toMatchObject({ code: 'WORKSPACE_CORRUPT', params: { file: 'media.json', reason } });
      expect(store.listPosts().map((p) => p.id)).toContain(post.id);
      await expect(store.createPost(draft('x'))).rejects.toMatchObject({ code: 'WORKSPACE_READ_ONLY' });
      await store.close();
      expect((await readFile(file)).equals(bytes)).toBe(true);
      expect(await listFiles(dir)).toEqual(before);
    },
  );
});

describe('a broken post file', () => {
  it.each(breakages('{"id":"x","title":"Ouverture","status":"draft"}'))(
    'is set aside byte for byte and reported when it is %s; the rest stays writable',
    async (_kind, bytes, reason) => {
      const { dir, dataDir, post } = await workspaceWithPost();
      const file = path.join(dir, 'posts', `${post.id}.json`);
      await writeFile(file, bytes);
      const store = await WorkspaceStore.open(dir, options(dataDir));
      await expect(store.getPost(post.id)).rejects.toMatchObject({
        code: 'WORKSPACE_CORRUPT',
        params: { file: `posts/${post.id}.json`, reason },
      });
      const [quarantined] = store.openReport.quarantined;
      expect(quarantined).toMatchObject({ file: `posts/${post.id}.json`, reason });
      expect((await readFile(path.join(dir, quarantined?.movedTo ?? 'missing'))).equals(bytes)).toBe(true);
      expect(store.listPosts().map((p) => p.title)).toEqual(['Autre']);
      expect(store.readOnlyReason).toBeNull();
      await store.createPost(draft('Nouveau'));
      await store.close();
    },
  );

  it('found while opening (a post added by a sync client) is set aside too', async () => {
    const { dir, dataDir, store } = await newWorkspace();
    await store.close();
    await writeFile(path.join(dir, 'posts', 'fromsync.json'), Buffer.alloc(512, 0));
    const again = await WorkspaceStore.open(dir, options(dataDir));
    expect(again.openReport.quarantined).toEqual([
      { file: 'posts/fromsync.json', movedTo: expect.stringMatching(/^quarantine\//) as unknown, reason: 'zeros' },
    ]);
    expect(again.openReport.problems[0]).toMatchObject({
      code: 'WORKSPACE_CORRUPT',
      params: { file: 'posts/fromsync.json' },
    });
    await again.close();
  });
});

describe('a broken summary index', () => {
  it.each([
    ['index/summary.jsonl', 'garbage\n'],
    ['index/summary.jsonl', ''],
    ['index/journal.jsonl', '{"op":"put"}\n{"op":"del","id":"x"}\n'],
  ])('is rebuilt from the post files when %s is damaged, and says so', async (name, content) => {
    const { dir, dataDir, post } = await workspaceWithPost();
    await writeFile(path.join(dir, name), content);
    const store = await WorkspaceStore.open(dir, options(dataDir));
    expect(store.openReport.indexRebuilt).toContain(path.posix.basename(name));
    expect(store.listPosts().map((p) => [p.id, p.title])).toContainEqual([post.id, 'Ouverture']);
    expect(store.readOnlyReason).toBeNull();
    await store.close();
  });

  it('drops a journal line torn by a crash and keeps everything before it', async () => {
    const { dir, dataDir, store } = await newWorkspace();
    const a = await store.createPost(draft('A'));
    await store.updatePost(a.id, { title: 'A2' });
    // Simulate a crash before close: write the journal state the running store leaves.
    const journal = await readFile(path.join(dir, 'index/journal.jsonl'), 'utf8');
    await store.close();
    await writeFile(path.join(dir, 'index/journal.jsonl'), `${journal}{"op":"put","s":{"id":"half`);
    const again = await WorkspaceStore.open(dir, options(dataDir));
    expect(again.openReport.indexRebuilt).toBeNull();
    expect(again.listPosts().map((p) => p.title)).toEqual(['A2']);
    await again.updatePost(a.id, { title: 'A3' });
    await again.close();
    const third = await WorkspaceStore.open(dir, options(dataDir));
    expect(third.listPosts().map((p) => p.title)).toEqual(['A3']);
    await third.close();
  });
});
