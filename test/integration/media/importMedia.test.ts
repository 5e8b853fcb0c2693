/** importMediaFiles against real temp workspaces, with files generated here. */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importMediaFiles, type ImportResult } from '../../../electron/media/importMedia.js';
import { ensureThumbnail, thumbnailPath } from '../../../electron/media/thumbnails.js';
import { WorkspaceStore } from '../../../electron/store/WorkspaceStore.js';
import { fixedClock } from '../../helpers/clock.js';
import { faultyDisk } from '../../helpers/faultyDisk.js';
import { makeTempDir, type TempDir } from '../../helpers/tempDir.js';
import { makeTempWorkspace, type TempWorkspace } from '../../helpers/workspace.js';
import { bomb, ffmpeg, FFMPEG, gif, HAS_FFMPEG, jpeg, mp4, png, rotatedJpeg } from './generate.js';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Every file of the workspace (but the lock's heartbeat) with its size and hash. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, file);
    if (relative.startsWith('.calepin-lock')) continue;
    out[relative] = entry.isDirectory() ? 'dir' : `${(await stat(file)).size} ${sha(await readFile(file))}`;
  }
  return out;
}

let src: TempDir;
let ws: TempWorkspace;
let store: WorkspaceStore;
const clock = fixedClock();

beforeAll(async () => {
  src = await makeTempDir('calepin-media-src-');
});
afterAll(async () => {
  await src.remove();
});

async function openWorkspace(): Promise<void> {
  ws = await makeTempWorkspace({ clock });
  store = await WorkspaceStore.open(ws.dir, ws.storeOptions());
}

afterEach(async () => {
  await store?.close();
  await ws?.remove();
});

function byFile(results: ImportResult[]): Record<string, ImportResult> {
  return Object.fromEntries(results.map((r) => [path.basename(r.file), r]));
}

describe('importMediaFiles', () => {
  it('takes a backup of the workspace before importing, so the batch can be taken back', async () => {
    await openWorkspace();
    await jpeg(src.join('avant.jpg'), 320, 240);
    expect((await store.backups()).filter((b) => b.reason === 'before-import')).toHaveLength(0);
    await importMediaFiles(store, [src.join('avant.jpg')], { clock });
    expect((await store.backups()).filter((b) => b.reason === 'before-import')).toHaveLength(1);
  });

  it('imports images of several ratios, content-addressed, original bytes unchanged', async () => {
    await openWorkspace();
    const shapes = [
      ['square.jpg', 600, 600],
      ['landscape.jpg', 1600, 900],
      ['portrait.jpg', 1080, 1350],
      ['tall.png', 720, 1280],
      ['wide.png', 1500, 500],
    ] as const;
    const bytes: Record<string, Buffer> = {};
    for (const [name, w, h] of shapes) {
      const file = src.join(name);
      bytes[name] = name.endsWith('.png') ? await png(file, w, h) : await jpeg(file, w, h);
    }
    const results = await importMediaFiles(
      store,
      shapes.map(([name]) => src.join(name)),
      { clock, dataDir: ws.dataDir },
    );
    expect(results.map((r) => r.status)).toEqual(shapes.map(() => 'imported'));
    const items = store.listMedia();
    expect(items).toHaveLength(shapes.length);
    for (const [name, w, h] of shapes) {
      const item = items.find((i) => i.name === name)!;
      const hash = sha(bytes[name]!);
      const ext = name.endsWith('.png') ? 'png' : 'jpg';
      expect(item).toMatchObject({
        sha256: hash,
        kind: 'image',
        mime: ext === 'png' ? 'image/png' : 'image/jpeg',
        width: w,
        height: h,
        durationSeconds: null,
        bytes: bytes[name]!.length,
        alt: '',
        tags: [],
        file: `media/${hash.slice(0, 2)}/${hash}.${ext}`,
        importedAt: clock.iso(),
      });
      expect(sha(await readFile(path.join(ws.dir, item.file)))).toBe(hash);
      // The thumbnail, in the cache outside the workspace.
      const thumb = await sharp(thumbnailPath(ws.dataDir, hash)).metadata();
      expect(thumb.format).toBe('webp');
      expect(Math.max(thumb.width, thumb.height)).toBe(Math.min(320, Math.max(w, h)));
    }
    // Recorded durably: a fresh open reads the same items.
    await store.close();
    store = await WorkspaceStore.open(ws.dir, ws.storeOptions());
    expect(store.listMedia()).toHaveLength(shapes.length);
    expect((await readdir(path.join(ws.dir, 'media'))).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('lists an EXIF-rotated JPEG as displayed and keeps its bytes', async () => {
    await openWorkspace();
    const file = src.join('rotated.jpg');
    const bytes = await rotatedJpeg(file, 600, 400);
    const [result] = await importMediaFiles(store, [file], { clock, dataDir: ws.dataDir });
    expect(result).toMatchObject({ status: 'imported' });
    expect(result!.item).toMatchObject({ width: 400, height: 600 });
    const stored = await readFile(path.join(ws.dir, result!.item!.file));
    expect(stored.equals(bytes)).toBe(true);
    expect((await sharp(stored).metadata()).orientation).toBe(6);
    const thumb = await sharp(thumbnailPath(ws.dataDir, sha(bytes))).metadata();
    expect([thumb.width, thumb.height]).toEqual([213, 320]);
  });

  it('tells an animated GIF from a still one', async () => {
    await openWorkspace();
    await gif(src.join('anim.gif'), 120, 80, ['#ff0000', '#00ff00', '#0000ff']);
    await gif(src.join('still.gif'), 90, 60, ['#ff00ff']);
    const r = byFile(await importMediaFiles(store, [src.join('anim.gif'), src.join('still.gif')], { clock }));
    expect(r['anim.gif']!.item).toMatchObject({ kind: 'animation', mime: 'image/gif', width: 120, height: 80 });
    expect(r['still.gif']!.item).toMatchObject({ kind: 'image', mime: 'image/gif', width: 90, height: 60 });
  });

  it.skipIf(!HAS_FFMPEG)('probes a 1-second MP4 made with ffmpeg, and refuses it truncated', async () => {
    await openWorkspace();
    const file = src.join('clip.mp4');
    await mp4(file);
    const whole = await readFile(file);
    await writeFile(src.join('cut.mp4'), whole.subarray(0, Math.floor(whole.length / 2)));
    const r = byFile(await importMediaFiles(store, [file, src.join('cut.mp4')], { clock, dataDir: ws.dataDir }));
    expect(r['clip.mp4']).toMatchObject({ status: 'imported' });
    expect(r['clip.mp4']!.item).toMatchObject({ kind: 'video', mime: 'video/mp4', width: 320, height: 240 });
    expect(r['clip.mp4']!.item!.durationSeconds).toBeCloseTo(1, 1);
    expect(r['clip.mp4']!.probe).toMatchObject({ frameRate: 25, videoCodec: 'AVC', audioCodec: null });
    expect(r['clip.mp4']!.item!.file).toMatch(/^media\/[0-9a-f]{2}\/[0-9a-f]{64}\.mp4$/);
    expect(r['cut.mp4']).toMatchObject({ status: 'refused', reason: 'truncated' });
    expect(await ensureThumbnail(ws.dataDir, ws.dir, r['clip.mp4']!.item!)).toBeNull();
  });
  if (!HAS_FFMPEG) it.skip(`video cases: ${FFMPEG} is absent, so no test video can be made`, () => {});

  it('refuses broken and hostile files with a stable reason, leaving the workspace unchanged', async () => {
    await openWorkspace();
    const good = await jpeg(src.join('fine.jpg'), 400, 300, '#123456');
    const whole = await jpeg(src.join('whole.jpg'), 2000, 1500, '#abcdef');
    // A real photo-sized JPEG cut in half: its header still reads.
    const big = await sharp({
      create: {
        width: 1200,
        height: 900,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .jpeg()
      .toBuffer();
    await writeFile(src.join('truncated.jpg'), big.subarray(0, Math.floor(big.length / 2)));
    await writeFile(src.join('notes.jpg'), 'Ceci n’est pas une image.\n');
    await writeFile(src.join('empty.png'), '');
    await bomb(src.join('bomb.png'));
    await writeFile(src.join('drawing.svg.png'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    await writeFile(src.join('scan.tif'), Buffer.from('49492a00080000000000', 'hex'));
    await symlink(src.join('whole.jpg'), src.join('link.jpg'));
    const before = await snapshot(ws.dir);
    const bad = [
      'truncated.jpg',
      'notes.jpg',
      'empty.png',
      'bomb.png',
      'drawing.svg.png',
      'scan.tif',
      'link.jpg',
      'missing.jpg',
    ];
    const results = await importMediaFiles(
      store,
      bad.map((n) => src.join(n)),
      { clock, dataDir: ws.dataDir },
    );
    expect(Object.fromEntries(results.map((r) => [path.basename(r.file), r.reason]))).toEqual({
      'truncated.jpg': 'truncated',
      'notes.jpg': 'not-media',
      'empty.png': 'empty',
      'bomb.png': 'too-many-pixels',
      'drawing.svg.png': 'unsupported-format',
      'scan.tif': 'unsupported-format',
      'link.jpg': 'symlink',
      'missing.jpg': 'not-found',
    });
    expect(results.every((r) => r.status === 'refused' && r.id === undefined)).toBe(true);
    expect(await snapshot(ws.dir)).toEqual(before);
    expect(store.listMedia()).toEqual([]);

    // Mixed with good files, the others go on; only the good ones change the workspace.
    const mixed = await importMediaFiles(
      store,
      ['truncated.jpg', 'fine.jpg', 'bomb.png', 'whole.jpg', 'link.jpg'].map((n) => src.join(n)),
      { clock },
    );
    expect(mixed.map((r) => r.status)).toEqual(['refused', 'imported', 'refused', 'imported', 'refused']);
    expect(
      store
        .listMedia()
        .map((i) => i.sha256)
        .sort(),
    ).toEqual([sha(good), sha(whole)].sort());
    const stored = (await readdir(path.join(ws.dir, 'media'), { recursive: true })).filter(
      (n) => !n.match(/^[0-9a-f]{2}$/),
    );
    expect(stored.sort()).toEqual([good, whole].map((b) => path.join(sha(b).slice(0, 2), `${sha(b)}.jpg`)).sort());
  });

  it('refuses PNG, WebP and GIF files cut short as truncated, and takes AVIF', async () => {
    await openWorkspace();
    const noise = (w: number, h: number) =>
      sharp({
        create: {
          width: w,
          height: h,
          channels: 3,
          background: '#808080',
          noise: { type: 'gaussian', mean: 128, sigma: 40 },
        },
      });
    const whole = {
      'cut.png': await noise(600, 400).png().toBuffer(),
      'cut.webp': await noise(600, 400).webp().toBuffer(),
      'cut.gif': await noise(200, 100).gif().toBuffer(),
    };
    for (const [name, bytes] of Object.entries(whole))
      await writeFile(src.join(name), bytes.subarray(0, bytes.length >> 1));
    await writeFile(src.join('photo.avif'), await noise(200, 100).avif().toBuffer());
    const r = byFile(
      await importMediaFiles(
        store,
        [...Object.keys(whole), 'photo.avif'].map((n) => src.join(n)),
        { clock },
      ),
    );
    expect(
      Object.fromEntries(Object.entries(r).map(([name, result]) => [name, result.reason ?? result.status])),
    ).toEqual({
      'cut.png': 'truncated',
      'cut.webp': 'truncated',
      'cut.gif': 'truncated',
      'photo.avif': 'imported',
    });
    expect(r['photo.avif']!.item).toMatchObject({ kind: 'image', mime: 'image/avif', width: 200, height: 100 });
  });

  it.skipIf(!HAS_FFMPEG)('takes WebM video, refuses Matroska and audio as unsupported', async () => {
    await openWorkspace();
    const make = (file: string, args: string[]) => ffmpeg([...args, src.join(file)]);
    await make('clip.webm', ['-f', 'lavfi', '-i', 'testsrc=size=160x120:rate=25:duration=1', '-c:v', 'libvpx-vp9']);
    await make('clip.mkv', [
      '-f',
      'lavfi',
      '-i',
      'testsrc=size=160x120:rate=25:duration=1',
      '-c:v',
      'libx264',
      '-pix_fmt',
      'yuv420p',
    ]);
    await make('tone.mp3', ['-f', 'lavfi', '-i', 'sine=frequency=440:duration=1']);
    const r = byFile(
      await importMediaFiles(
        store,
        ['clip.webm', 'clip.mkv', 'tone.mp3'].map((n) => src.join(n)),
        { clock },
      ),
    );
    expect(r['clip.webm']!.item).toMatchObject({ kind: 'video', mime: 'video/webm', width: 160, height: 120 });
    expect(r['clip.mkv']).toMatchObject({ status: 'refused', reason: 'unsupported-format' });
    expect(r['tone.mp3']).toMatchObject({ status: 'refused', reason: 'unsupported-format' });
  });

  it('keeps one copy of the same bytes, within a batch and across batches', async () => {
    await openWorkspace();
    const bytes = await jpeg(src.join('a.jpg'), 300, 200, '#336699');
    await writeFile(src.join('a copy.jpg'), bytes);
    await writeFile(src.join('a again.jpeg'), bytes);
    const first = await importMediaFiles(
      store,
      ['a.jpg', 'a copy.jpg', 'a again.jpeg'].map((n) => src.join(n)),
      { clock },
    );
    expect(first.map((r) => r.status)).toEqual(['imported', 'duplicate', 'duplicate']);
    const id = first[0]!.id;
    expect(first.map((r) => r.id)).toEqual([id, id, id]);
    const second = await importMediaFiles(store, [src.join('a copy.jpg')], { clock });
    expect(second).toMatchObject([{ status: 'duplicate', id }]);
    expect(store.listMedia()).toHaveLength(1);
    const files = await readdir(path.join(ws.dir, 'media', sha(bytes).slice(0, 2)));
    expect(files).toEqual([`${sha(bytes)}.jpg`]);
    expect((await readdir(path.join(ws.dir, 'media'))).filter((n) => n.startsWith('.'))).toEqual([]);
    // The stored file deleted by hand: importing the same bytes again puts it back.
    const stored = path.join(ws.dir, store.listMedia()[0]!.file);
    await rm(stored);
    expect(await importMediaFiles(store, [src.join('a.jpg')], { clock })).toMatchObject([{ status: 'duplicate', id }]);
    expect(sha(await readFile(stored))).toBe(sha(bytes));
  });

  it('imports names with quotes, $( ) and right-to-left characters as plain names', async () => {
    await openWorkspace();
    const names = [
      `l'affiche "été" 2026.jpg`,
      '$(touch pwned) `id`.png',
      'צילום \u202Egpj.exe\u202C שלום.jpg',
      'menu ; rm -rf ~ & echo.jpg',
    ];
    let colour = 0;
    for (const name of names) {
      const hex = `#${(0x102030 + colour++ * 0x111111).toString(16).padStart(6, '0')}`;
      if (name.endsWith('.png')) await png(src.join(name), 50, 40, hex);
      else await jpeg(src.join(name), 50, 40, hex);
    }
    const results = await importMediaFiles(
      store,
      names.map((n) => src.join(n)),
      { clock },
    );
    expect(results.map((r) => r.status)).toEqual(names.map(() => 'imported'));
    expect(
      store
        .listMedia()
        .map((i) => i.name)
        .sort(),
    ).toEqual([...names].sort());
    await expect(stat(path.join(process.cwd(), 'pwned'))).rejects.toThrow();
  });

  it('walks folders, refusing the links inside and skipping hidden files', async () => {
    await openWorkspace();
    const folder = src.join('shoot');
    await rm(folder, { recursive: true, force: true });
    await mkdir(path.join(folder, 'day 2'), { recursive: true });
    await jpeg(path.join(folder, '1.jpg'), 80, 60, '#010203');
    await png(path.join(folder, 'day 2', '2.png'), 60, 80, '#040506');
    await writeFile(path.join(folder, '.DS_Store'), 'junk');
    await symlink('/etc/passwd', path.join(folder, 'passwd.jpg'));
    await symlink(path.join(folder, 'day 2'), path.join(folder, 'loop'));
    const results = await importMediaFiles(store, [folder], { clock });
    expect(results.map((r) => [path.relative(folder, r.file), r.status, r.reason])).toEqual([
      ['1.jpg', 'imported', undefined],
      [path.join('day 2', '2.png'), 'imported', undefined],
      ['loop', 'refused', 'symlink'],
      ['passwd.jpg', 'refused', 'symlink'],
    ]);
    // A link named by the user is refused too: never followed.
    const [named] = await importMediaFiles(store, [path.join(folder, 'loop')], { clock });
    expect(named).toMatchObject({ status: 'refused', reason: 'symlink' });
  });

  it('rebuilds a deleted thumbnail on request', async () => {
    await openWorkspace();
    await jpeg(src.join('thumb.jpg'), 1000, 500, '#778899');
    const [result] = await importMediaFiles(store, [src.join('thumb.jpg')], { clock });
    const item = result!.item!;
    const cache = thumbnailPath(ws.dataDir, item.sha256);
    await expect(stat(cache)).rejects.toThrow(); // no dataDir given: nothing made yet
    expect(await ensureThumbnail(ws.dataDir, ws.dir, item)).toBe(cache);
    expect(await sharp(cache).metadata()).toMatchObject({ format: 'webp', width: 320, height: 160 });
    await rm(path.join(ws.dataDir, 'thumbnails'), { recursive: true });
    expect(await ensureThumbnail(ws.dataDir, ws.dir, item)).toBe(cache);
    // A media.json entry pointing outside media/ is never opened.
    expect(await ensureThumbnail(ws.dataDir, ws.dir, { ...item, file: '../../etc/passwd' })).toBeNull();
  });

  it('takes the batch back when media.json cannot be written (disk full)', async () => {
    ws = await makeTempWorkspace({ clock });
    const disk = faultyDisk();
    store = await WorkspaceStore.open(ws.dir, ws.storeOptions({ fsOps: disk.ops }));
    const bytes = await jpeg(src.join('full.jpg'), 120, 90, '#0a0b0c');
    await writeFile(src.join('full again.jpg'), bytes);
    const before = await snapshot(ws.dir);
    disk.fail('ENOSPC');
    const results = await importMediaFiles(store, [src.join('full.jpg'), src.join('full again.jpg')], { clock });
    expect(results.map((r) => [r.status, r.reason])).toEqual([
      ['refused', 'disk-full'],
      ['refused', 'disk-full'],
    ]);
    expect(await snapshot(ws.dir)).toEqual(before);
    expect(store.listMedia()).toEqual([]);
    disk.heal();
    const retried = await importMediaFiles(store, [src.join('full.jpg')], { clock });
    expect(retried).toMatchObject([{ status: 'imported' }]);
  });

  it('refuses to import into a read-only workspace, touching nothing', async () => {
    await openWorkspace();
    await jpeg(src.join('ro.jpg'), 30, 30);
    const readOnly = await WorkspaceStore.open(ws.dir, ws.storeOptions({ readOnly: true }));
    try {
      const before = await snapshot(ws.dir);
      await expect(importMediaFiles(readOnly, [src.join('ro.jpg')], { clock })).rejects.toMatchObject({
        code: 'WORKSPACE_READ_ONLY',
      });
      expect(await snapshot(ws.dir)).toEqual(before);
    } finally {
      await readOnly.close();
    }
  });
});
