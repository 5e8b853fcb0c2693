import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppHandler, createMediaHandler, parseRange } from '../../../electron/shell/protocol.js';

const CSP = "default-src 'none'; script-src 'self'";
let base: string;
let rendererDir: string;
let mediaPath: string;
const SHA = 'a'.repeat(64);

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'calepin-protocol-'));
  rendererDir = path.join(base, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Calepin</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  // A file next to the renderer folder that no URL may reach.
  writeFileSync(path.join(base, 'secret.txt'), 'not for the page');
  mkdirSync(path.join(base, 'renderer-evil'));
  writeFileSync(path.join(base, 'renderer-evil', 'x.html'), 'sibling with a common prefix');
  mediaPath = path.join(base, 'photo.jpg');
  writeFileSync(mediaPath, Buffer.from('0123456789'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app:// serves the built renderer and nothing else', () => {
  const get = (url: string, init?: RequestInit) => createAppHandler(rendererDir, CSP)(new Request(url, init));

  it('serves index.html for the root, with the CSP as a header', async () => {
    const response = await get('app://calepin/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Calepin</title>');
  });

  it('serves assets with their type', async () => {
    const response = await get('app://calepin/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it.each([
    'app://calepin/..%2fsecret.txt',
    'app://calepin/%2e%2e/secret.txt',
    'app://calepin/%2e%2e%2fsecret.txt',
    'app://calepin/assets/..%2f..%2fsecret.txt',
    'app://calepin/..%5csecret.txt',
    'app://calepin/%2fetc%2fpasswd',
    'app://calepin/..%2frenderer-evil%2fx.html',
    'app://calepin/%00index.html',
  ])('refuses %s, which would leave the renderer folder', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('');
  });

  it('refuses a folder, a missing file and another host', async () => {
    expect((await get('app://calepin/assets')).status).toBe(404);
    expect((await get('app://calepin/nope.js')).status).toBe(404);
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
  });

  it('only answers reads', async () => {
    expect((await get('app://calepin/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
    const head = await get('app://calepin/index.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('app://calepin/media/<sha> serves workspace media, as the web host does at /media/<sha>', () => {
  const handler = createAppHandler('/nonexistent-renderer', CSP, (sha) => (sha === SHA ? mediaPath : null));

  it('streams the file found by its hash, with ranges', async () => {
    const whole = await handler(new Request(`app://calepin/media/${SHA}`));
    expect(whole.status).toBe(200);
    expect(await whole.text()).toBe('0123456789');
    const part = await handler(new Request(`app://calepin/media/${SHA}`, { headers: { Range: 'bytes=8-' } }));
    expect(part.status).toBe(206);
    expect(await part.text()).toBe('89');
  });

  it('answers 404 for an unknown hash or anything that is not one', async () => {
    expect((await handler(new Request(`app://calepin/media/${'c'.repeat(64)}`))).status).toBe(404);
    expect((await handler(new Request('app://calepin/media/..%2f..%2fsecret.txt'))).status).toBe(404);
    expect((await handler(new Request(`app://calepin/media/${SHA}.jpg`))).status).toBe(404);
  });
});

describe('calepin-media:// serves workspace media by hash', () => {
  const lookups: string[] = [];
  const handler = createMediaHandler((sha) => {
    lookups.push(sha);
    return sha === SHA ? mediaPath : null;
  });
  const get = (url: string, headers: Record<string, string> = {}) => handler(new Request(url, { headers }));

  it('streams the whole file, cacheable forever since the hash names its bytes', async () => {
    const response = await get(`calepin-media://media/${SHA}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('content-length')).toBe('10');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toBe('0123456789');
  });

  it('answers byte ranges, so a video can seek', async () => {
    const part = await get(`calepin-media://media/${SHA}`, { Range: 'bytes=2-5' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 2-5/10');
    expect(await part.text()).toBe('2345');
    const tail = await get(`calepin-media://media/${SHA}`, { Range: 'bytes=-3' });
    expect(await tail.text()).toBe('789');
    const outside = await get(`calepin-media://media/${SHA}`, { Range: 'bytes=10-' });
    expect(outside.status).toBe(416);
    expect(outside.headers.get('content-range')).toBe('bytes */10');
  });

  it('never asks the service about anything but a well-formed hash', async () => {
    lookups.length = 0;
    for (const url of [
      'calepin-media://media/../secret.txt',
      'calepin-media://media/%2e%2e%2fsecret.txt',
      `calepin-media://media/${SHA.toUpperCase()}`,
      `calepin-media://media/${SHA}/x`,
      `calepin-media://other/${SHA}`,
    ]) {
      expect((await get(url)).status).toBe(404);
    }
    expect(lookups).toEqual([]);
  });

  it('answers 404 for a hash the workspace does not have', async () => {
    expect((await get(`calepin-media://media/${'b'.repeat(64)}`)).status).toBe(404);
  });
});

describe('byte ranges', () => {
  it('reads the forms browsers send and refuses the rest', () => {
    expect(parseRange(null, 100)).toBeNull();
    expect(parseRange('bytes=0-', 100)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=10-2000', 100)).toEqual({ start: 10, end: 99 });
    expect(parseRange('bytes=-200', 100)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=5-1', 100)).toBe('invalid');
    expect(parseRange('bytes=-', 100)).toBe('invalid');
    expect(parseRange('bytes=0-1,4-5', 100)).toBe('invalid');
    expect(parseRange('items=0-1', 100)).toBe('invalid');
  });
});

describe('app://calepin/upload/media takes pasted bytes in Electron, as the web host does', () => {
  it('streams the body to the upload handler under the name given, and answers its result as JSON', async () => {
    const seen: { name: string | null; body: string; length: number }[] = [];
    const handler = createAppHandler(
      '/nonexistent-renderer',
      CSP,
      () => null,
      undefined,
      async (name, body, length) => {
        const chunks: Buffer[] = [];
        for await (const chunk of body) chunks.push(chunk as Buffer);
        seen.push({ name, body: Buffer.concat(chunks).toString('utf8'), length });
        return { ok: true, value: { results: [], items: [] } };
      },
    );
    const response = await handler(
      new Request('app://calepin/upload/media?name=Capture%20d%E2%80%99%C3%A9cran.png', {
        method: 'POST',
        body: 'octets',
        headers: { 'Content-Length': '6' },
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, value: { results: [], items: [] } });
    expect(seen).toEqual([{ name: 'Capture d’écran.png', body: 'octets', length: 6 }]);
  });

  it('answers 405 to any other POST, and to an upload when the shell has no handler', async () => {
    const withUpload = createAppHandler(
      '/nonexistent-renderer',
      CSP,
      () => null,
      undefined,
      () => Promise.resolve({}),
    );
    expect((await withUpload(new Request('app://calepin/media/x', { method: 'POST', body: 'x' }))).status).toBe(405);
    const without = createAppHandler('/nonexistent-renderer', CSP);
    expect((await without(new Request('app://calepin/upload/media', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
