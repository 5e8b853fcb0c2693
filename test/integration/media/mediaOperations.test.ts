/**
 * The media operations of the contract over a real sample workspace: import (and what a second
 * import of the same bytes says), alt text, tags and folders one by one and in bulk, which posts
 * use an item, delete that asks first, and the upload route of the web host.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaImportReport, Result } from '../../../core/api.js';
import { mediaUploadRoute, UPLOADS_DIR } from '../../../electron/services/mediaUpload.js';
import { startWebServer } from '../../../electron/web/server.js';
import { makeTempDir, type TempDir } from '../../helpers/tempDir.js';
import { startTestServer, type TestServer } from '../../helpers/testServer.js';
import { HAS_FFMPEG, jpeg, mp4, png } from './generate.js';

let server: TestServer;
let files: TempDir;

beforeAll(async () => {
  server = await startTestServer({ requireRenderer: false });
  files = await makeTempDir('calepin-media-ops-');
});

afterAll(async () => {
  await server?.close();
  await files?.remove();
});

async function upload(name: string, body: Uint8Array<ArrayBuffer>, origin = server.origin): Promise<Response> {
  return fetch(`${server.origin}/upload/media?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { Cookie: server.cookie, Origin: origin, 'Content-Type': 'application/octet-stream' },
    body: new Blob([body]),
  });
}

/** What is left in an uploads folder (none at all is fine too). */
async function leftovers(dir: string): Promise<string[]> {
  return readdir(path.join(dir, UPLOADS_DIR)).catch(() => []);
}

describe('importing from the app', () => {
  it('imports files and folders, and says a second import of the same bytes is a duplicate', async () => {
    const tall = files.join('Vitrine « été » $(rm -rf).jpg');
    await jpeg(tall, 1080, 1920);
    await png(files.join('carré.png'), 800, 800);
    const first = await server.invoke('media.import', { paths: [tall, files.join('carré.png')] });
    expect(first.results.map((r) => r.status)).toEqual(['imported', 'imported']);
    expect(first.items.map((i) => [i.name, i.width, i.height, i.colourSpace])).toEqual([
      ['Vitrine « été » $(rm -rf).jpg', 1080, 1920, 'srgb'],
      ['carré.png', 800, 800, 'srgb'],
    ]);
    const again = await server.invoke('media.import', { paths: [tall] });
    expect(again.results).toEqual([{ file: tall, status: 'duplicate', id: first.items[0]!.id }]);
    expect(again.items).toEqual([]);
  });

  it.skipIf(!HAS_FFMPEG)('keeps a video’s frame rate and codecs', async () => {
    const clip = files.join('four.mp4');
    await mp4(clip, 1);
    const { items } = await server.invoke('media.import', { paths: [clip] });
    expect(items[0]).toMatchObject({ kind: 'video', frameRate: 25, videoCodec: 'AVC', width: 320, height: 240 });
  });

  it('takes dropped or pasted bytes on the upload route, under the name they came with', async () => {
    const bytes = await jpeg(files.join('ignored.jpg'), 640, 480, '#123456');
    const response = await upload('Capture d’écran.jpg', new Uint8Array(bytes));
    const result = (await response.json()) as Result<MediaImportReport>;
    expect(result.ok && result.value.results).toEqual([
      { file: 'Capture d’écran.jpg', status: 'imported', id: expect.any(String) },
    ]);
    expect(result.ok && result.value.items[0]?.name).toBe('Capture d’écran.jpg');
    // The temp copy is gone.
    expect(await leftovers(server.dataDir)).toEqual([]);
  });

  it('refuses an upload from another origin, and one that is not media, changing nothing', async () => {
    const before = (await server.invoke('media.list', {})).length;
    expect((await upload('a.jpg', new Uint8Array([1, 2, 3]), 'http://evil.example')).status).toBe(403);
    const notMedia = (await (
      await upload('notes.jpg', new TextEncoder().encode('pas une image'))
    ).json()) as Result<MediaImportReport>;
    expect(notMedia.ok && notMedia.value.results).toEqual([
      { file: 'notes.jpg', status: 'refused', reason: 'not-media' },
    ]);
    expect((await server.invoke('media.list', {})).length).toBe(before);
  });

  it('refuses an upload over the cap while it streams, and keeps no temp file', async () => {
    const dataDir = files.join('capped-data');
    const capped = await startWebServer({
      service: server.service,
      rendererDir: files.path,
      uploadRoutes: mediaUploadRoute({ service: server.service, dataDir, maxBytes: 1000 }),
    });
    try {
      const origin = `http://127.0.0.1:${capped.port}`;
      const token = new URL(capped.url).searchParams.get('token')!;
      const big = await jpeg(files.join('big.jpg'), 400, 400);
      const headers = { Cookie: `calepin_session=${token}`, Origin: origin };
      const refused = {
        ok: true,
        value: { results: [{ file: 'big.jpg', status: 'refused', reason: 'too-large' }], items: [] },
      };
      // Declared too large: refused before a byte is written.
      const declared = await fetch(`${origin}/upload/media?name=big.jpg`, {
        method: 'POST',
        headers,
        body: new Blob([new Uint8Array(big)]),
      });
      expect(await declared.json()).toEqual(refused);
      // Streamed without a length: refused when the count passes the cap.
      const stream = new Blob([new Uint8Array(big)]).stream();
      const streamed = await fetch(`${origin}/upload/media?name=big.jpg`, {
        method: 'POST',
        headers,
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(await streamed.json()).toEqual(refused);
      expect(await leftovers(dataDir)).toEqual([]);
    } finally {
      await capped.close();
    }
  });
});

describe('thumbnails', () => {
  it('serves a 320 px WebP of a known image, and nothing for an unknown hash', async () => {
    const item = (await server.invoke('media.list', {})).find((i) => i.kind === 'image')!;
    const response = await fetch(`${server.origin}/media/thumb/${item.sha256}`, { headers: { Cookie: server.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    // Its URL is its hash: the browser may keep it for good.
    expect(response.headers.get('cache-control')).toContain('immutable');
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect(meta.format).toBe('webp');
    expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(320);
    const unknown = await fetch(`${server.origin}/media/thumb/${'0'.repeat(64)}`, {
      headers: { Cookie: server.cookie },
    });
    expect(unknown.status).toBe(404);
  });
});

describe('organising the library', () => {
  it('sets alt text, tags and a folder, cleaned up', async () => {
    const updated = await server.invoke('media.update', {
      id: 'img-croissants',
      alt: '  Des croissants dorés sur une plaque  ',
      tags: ['viennoiserie', ' Viennoiserie ', 'matin'],
      folder: '/Boutiques// Lyon /',
    });
    expect(updated).toMatchObject({
      alt: 'Des croissants dorés sur une plaque',
      tags: ['viennoiserie', 'matin'],
      folder: 'Boutiques/Lyon',
    });
    const stored = JSON.parse(await readFile(path.join(server.workspaceDir!, 'media.json'), 'utf8')) as {
      items: { id: string; alt: string }[];
    };
    expect(stored.items.find((i) => i.id === 'img-croissants')?.alt).toBe('Des croissants dorés sur une plaque');
  });

  it('tags and moves several items at once', async () => {
    const changed = await server.invoke('media.updateMany', {
      ids: ['img-croissants', 'img-tarte'],
      addTags: ['été'],
      removeTags: ['MATIN'],
      folder: 'Campagnes/Été',
    });
    expect(changed.map((i) => [i.id, i.tags, i.folder])).toEqual([
      ['img-croissants', ['viennoiserie', 'été'], 'Campagnes/Été'],
      ['img-tarte', expect.arrayContaining(['été']), 'Campagnes/Été'],
    ]);
  });

  it('refuses to edit an item that is not there', async () => {
    await expect(server.invoke('media.update', { id: 'nope', alt: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('usage and delete', () => {
  it('lists the posts that use an item, and follows an edit', async () => {
    const status = await server.invoke('app.status', {});
    const account = status.workspace!.accounts[0]!.id;
    const post = await server.invoke('posts.create', {
      draft: {
        title: 'Croissants du dimanche',
        plannedAt: '2026-03-15T08:00:00.000Z',
        accounts: [account],
        variants: [{ accountId: account, media: [{ mediaId: 'img-baguettes' }] }],
      },
    });
    const usage = await server.invoke('media.usage', { ids: ['img-baguettes'] });
    expect(usage[0]?.posts).toContainEqual(
      expect.objectContaining({ id: post.id, title: 'Croissants du dimanche', accounts: [account] }),
    );
    await server.invoke('posts.update', { id: post.id, patch: { variants: [{ accountId: account, media: [] }] } });
    const after = await server.invoke('media.usage', { ids: ['img-baguettes'] });
    expect((after[0]?.posts ?? []).map((p) => p.id)).not.toContain(post.id);
  });

  it('does not delete an item posts use without confirmation, then detaches it from them', async () => {
    const usage = await server.invoke('media.usage', {});
    const used = usage.find((entry) => entry.posts.length > 0)!;
    const item = (await server.invoke('media.list', {})).find((i) => i.id === used.mediaId)!;
    const stored = path.join(server.workspaceDir!, item.file);

    const refused = await server.invoke('media.delete', { ids: [item.id] });
    expect(refused.deleted).toEqual([]);
    expect(refused.usage[0]?.posts.map((p) => p.id).sort()).toEqual(used.posts.map((p) => p.id).sort());
    expect(existsSync(stored)).toBe(true);

    const done = await server.invoke('media.delete', { ids: [item.id], confirmed: true });
    expect(done.deleted).toEqual([item.id]);
    expect(existsSync(stored)).toBe(false);
    expect((await server.invoke('media.list', {})).some((i) => i.id === item.id)).toBe(false);
    for (const ref of used.posts) {
      const post = await server.invoke('posts.get', { id: ref.id });
      expect(post.variants.flatMap((v) => v.media.map((m) => m.mediaId))).not.toContain(item.id);
    }
    expect(await server.invoke('media.usage', { ids: [item.id] })).toEqual([]);
  });
});
