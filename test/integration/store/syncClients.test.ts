import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../../electron/store/WorkspaceStore.js';
import { cleanTemps, draft, newWorkspace, options } from './helpers.js';

afterEach(cleanTemps);

const postPath = (dir: string, id: string) => path.join(dir, 'posts', `${id}.json`);

describe('a workspace in a synced folder', () => {
  it('shows the conflict copies sync clients leave in posts/, naming the post they belong to', async () => {
    const { dir, dataDir, store } = await newWorkspace();
    const post = await store.createPost(draft('A'));
    await store.close();
    await copyFile(postPath(dir, post.id), path.join(dir, 'posts', `${post.id} (conflicted copy 2026-03-28).json`));
    await copyFile(
      postPath(dir, post.id),
      path.join(dir, 'posts', `${post.id}.sync-conflict-20260328-101500-ABCDEFG.json`),
    );
    await copyFile(postPath(dir, post.id), path.join(dir, 'posts', 'mystery copy.json'));
    const again = await WorkspaceStore.open(dir, options(dataDir));
    expect(again.conflicts()).toEqual(
      expect.arrayContaining([
        { file: `posts/${post.id} (conflicted copy 2026-03-28).json`, postId: post.id, source: 'sync-client' },
        { file: `posts/${post.id}.sync-conflict-20260328-101500-ABCDEFG.json`, postId: post.id, source: 'sync-client' },
        { file: 'posts/mystery copy.json', postId: null, source: 'sync-client' },
      ]),
    );
    expect(again.listPosts()).toHaveLength(1);
    await again.close();
  });

  it('keeps both versions when a sync client changed a post under an open edit', async () => {
    const { dir, store } = await newWorkspace();
    const post = await store.getPost((await store.createPost(draft('Ours'))).id);
    const theirs = { ...post, title: 'Theirs', revision: 2 };
    const theirBytes = `${JSON.stringify(theirs, null, 2)}\n`;
    await writeFile(postPath(dir, post.id), theirBytes);

    const saved = await store.updatePost(post.id, { title: 'Ours, edited' }, 1);
    expect(saved).toMatchObject({ title: 'Ours, edited', revision: 3 });
    const [conflict] = store.conflicts();
    expect(conflict).toMatchObject({
      postId: post.id,
      source: 'kept-aside',
      file: expect.stringMatching(new RegExp(`^conflicts/${post.id}-`)) as unknown,
    });
    expect(await readFile(path.join(dir, conflict?.file ?? ''), 'utf8')).toBe(theirBytes);
    expect(JSON.parse(await readFile(postPath(dir, post.id), 'utf8'))).toMatchObject({ title: 'Ours, edited' });
    await store.close();
  });

  it('does not call it a conflict when the file was only rewritten with the same content', async () => {
    const { dir, store } = await newWorkspace();
    const post = await store.getPost((await store.createPost(draft('Same'))).id);
    const bytes = await readFile(postPath(dir, post.id));
    await rm(postPath(dir, post.id));
    await writeFile(postPath(dir, post.id), bytes);
    await store.updatePost(post.id, { title: 'Edited' });
    expect(store.conflicts()).toEqual([]);
    await store.close();
  });

  it('follows post files added, removed or changed while the app was closed', async () => {
    const { dir, dataDir, store } = await newWorkspace();
    const stays = await store.createPost(draft('Stays'));
    const removed = await store.createPost(draft('Removed'));
    const changed = await store.createPost(draft('Changed'));
    await store.createPost(draft('Last'));
    await store.close();
    const added = { ...stays, id: 'addedBySync', title: 'Added elsewhere' };
    await writeFile(postPath(dir, added.id), JSON.stringify(added));
    await rm(postPath(dir, removed.id));
    await writeFile(postPath(dir, changed.id), JSON.stringify({ ...changed, title: 'Changed elsewhere', revision: 2 }));

    const again = await WorkspaceStore.open(dir, options(dataDir));
    expect(again.openReport.external).toMatchObject({ added: ['addedBySync'], removed: [removed.id] });
    const titles = () =>
      again
        .listPosts()
        .map((p) => p.title)
        .sort();
    expect(titles()).toEqual(['Added elsewhere', 'Changed', 'Last', 'Stays']);
    // A content change is seen when the post is read (opening reads no post file it need not).
    expect(await again.getPost(changed.id)).toMatchObject({ title: 'Changed elsewhere', revision: 2 });
    expect(titles()).toEqual(['Added elsewhere', 'Changed elsewhere', 'Last', 'Stays']);
    await again.close();
  });

  it('keeps the other version of workspace.json when a sync client changed it while open', async () => {
    const { dir, store } = await newWorkspace();
    const file = path.join(dir, 'workspace.json');
    const json = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    const theirs = `${JSON.stringify({ ...json, name: 'Renamed elsewhere' })}\n`;
    await writeFile(file, theirs);
    await store.updateWorkspace({ name: 'Renamed here' });
    const conflict = store.conflicts().find((c) => c.file.startsWith('conflicts/workspace-'));
    expect(await readFile(path.join(dir, conflict?.file ?? ''), 'utf8')).toBe(theirs);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ name: 'Renamed here' });
    await store.close();
  });

  it('finds content changed while the app was closed when asked to check every file', async () => {
    const { dir, dataDir, store } = await newWorkspace();
    const a = await store.createPost(draft('A'));
    await store.createPost(draft('B'));
    await store.close();
    await writeFile(postPath(dir, a.id), JSON.stringify({ ...a, title: 'A elsewhere', revision: 5 }));
    const again = await WorkspaceStore.open(dir, options(dataDir));
    expect(again.listPosts().find((p) => p.id === a.id)?.title).toBe('A');
    expect((await again.checkExternalChanges()).changed).toEqual([a.id]);
    expect(again.listPosts().find((p) => p.id === a.id)).toMatchObject({ title: 'A elsewhere', revision: 5 });
    await again.close();
    const third = await WorkspaceStore.open(dir, options(dataDir));
    expect(third.listPosts().find((p) => p.id === a.id)?.title).toBe('A elsewhere');
    await third.close();
  });
});
