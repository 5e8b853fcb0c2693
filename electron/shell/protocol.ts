/**
 * The custom protocols that serve the app, instead of file:// (which would give the page the whole
 * disk as its origin):
 *  - `app://calepin/…` serves the built renderer (out/renderer), nothing outside that folder, with
 *    the CSP as a header;
 *  - media files of the open workspace, found by hash through the service, with byte ranges so that
 *    videos can seek: at `app://calepin/media/<sha256>`, so the renderer's relative `media/<sha>`
 *    works the same in Electron and in the web host (electron/services/mediaRoute.ts), and at
 *    `calepin-media://media/<sha256>`.
 *
 * The handlers are plain `Request → Response` functions (Fetch API), so they are tested in Node.
 * Electron is only touched through the `protocol` object passed to `registerProtocols`.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { CustomScheme, Protocol } from 'electron';
import { contentTypeOf, readStatic } from '../web/staticFiles.js';
import { APP_SCHEME, MEDIA_HOST, MEDIA_SCHEME, isAppUrl } from './origin.js';

/**
 * Must be registered before the app is ready. `standard` gives real origins and relative URLs,
 * `secure` makes them secure contexts, `supportFetchAPI` lets Vite's module scripts load;
 * `stream` lets <video> read the media scheme progressively. Nothing bypasses the CSP, and
 * `corsEnabled` stays off on purpose: it would let other origins read these responses. Electron
 * honours a single call to registerSchemesAsPrivileged, hence one list for both schemes.
 */
export const PRIVILEGED_SCHEMES: CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
];

type Handler = (request: Request) => Promise<Response>;

const SHA256 = /^[0-9a-f]{64}$/;
const APP_MEDIA_PATH = /^\/media\/([0-9a-f]{64})$/;
const APP_THUMB_PATH = /^\/media\/thumb\/([0-9a-f]{64})$/;

const MEDIA_TYPES: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.mov': 'video/quicktime',
  '.webm': 'video/webm',
  '.avif': 'image/avif',
};

function plain(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers: { 'X-Content-Type-Options': 'nosniff', ...headers } });
}

/**
 * Serves the built renderer, and `/media/<sha256>` through `mediaFile`. Anything that resolves
 * outside `rendererDir` is a 404.
 */
export function createAppHandler(
  rendererDir: string,
  contentSecurityPolicy: string,
  mediaFile: MediaLookup = () => null,
  mediaThumbnail: ThumbnailLookup = () => Promise.resolve(null),
  upload?: UploadHandler,
): Handler {
  const root = path.resolve(rendererDir);
  return async (request) => {
    if (!isAppUrl(request.url)) return plain(404);
    const url = new URL(request.url);
    const pathname = url.pathname;
    // Only the app's own page can reach app://calepin, so the upload needs no token: a paste's bytes.
    if (request.method === 'POST' && pathname === UPLOAD_PATH && upload) {
      const body = request.body ? Readable.fromWeb(request.body) : Readable.from([]);
      const answer = await upload(
        url.searchParams.get('name'),
        body,
        Number(request.headers.get('content-length') ?? Number.NaN),
      );
      return new Response(JSON.stringify(answer), {
        status: 200,
        headers: { 'Content-Type': 'application/json; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
      });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405);
    const sha = APP_MEDIA_PATH.exec(pathname)?.[1];
    if (sha) return serveMedia(request, mediaFile, sha);
    const thumbSha = APP_THUMB_PATH.exec(pathname)?.[1];
    if (thumbSha) {
      const thumb = await mediaThumbnail(thumbSha);
      return serveMedia(request, () => thumb, thumbSha);
    }
    // readStatic decodes the path, resolves it against the root and refuses anything outside it
    // (`..`, encoded `%2e%2e`, absolute paths), the same rule as the web host.
    const file = await readStatic(root, pathname);
    if (!file) return plain(404);
    const headers = {
      'Content-Type': file.type,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), { status: 200, headers });
  };
}

/** `bytes=a-b`, `bytes=a-` or `bytes=-n` (one range); `null` for the whole file, 'invalid' for 416. */
export function parseRange(header: string | null, size: number): { start: number; end: number } | null | 'invalid' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return 'invalid';
  let start: number;
  let end: number;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return 'invalid';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || start > end) return 'invalid';
  return { start, end };
}

/** Maps a hash to its file in the open workspace, or null (the service's `mediaFile`). */
export type MediaLookup = (sha256: string) => string | null;
/** The cached thumbnail of an image by hash, made on demand, or null (the service's `mediaThumbnail`). */
export type ThumbnailLookup = (sha256: string) => Promise<string | null>;
/** Pasted bytes posted to `app://calepin/upload/media?name=…`: imported, answered with the import's Result. */
export type UploadHandler = (name: string | null, body: Readable, declaredLength: number) => Promise<unknown>;

const UPLOAD_PATH = '/upload/media';

/** Serves `calepin-media://media/<sha256>`. */
export function createMediaHandler(mediaFile: MediaLookup): Handler {
  return async (request) => {
    const url = new URL(request.url);
    if (url.protocol !== `${MEDIA_SCHEME}:` || url.host !== MEDIA_HOST) return plain(404);
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405);
    const sha = url.pathname.replace(/^\//, '');
    return serveMedia(request, mediaFile, sha);
  };
}

/** One media file by hash, streamed, with byte ranges. Only a well-formed hash is looked up. */
async function serveMedia(request: Request, mediaFile: MediaLookup, sha: string): Promise<Response> {
  if (!SHA256.test(sha)) return plain(404);
  const file = mediaFile(sha);
  if (!file) return plain(404);
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) return plain(404);
    size = info.size;
  } catch {
    return plain(404);
  }
  const range = parseRange(request.headers.get('range'), size);
  if (range === 'invalid') return plain(416, { 'Content-Range': `bytes */${size}` });
  const { start, end } = range ?? { start: 0, end: size - 1 };
  const headers: Record<string, string> = {
    'Content-Type': MEDIA_TYPES[path.extname(file).toLowerCase()] ?? contentTypeOf(file),
    'Content-Length': String(size === 0 ? 0 : end - start + 1),
    'Accept-Ranges': 'bytes',
    // Content-addressed: the bytes behind a hash never change.
    'Cache-Control': 'private, max-age=31536000, immutable',
    'X-Content-Type-Options': 'nosniff',
  };
  if (range) headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  const status = range ? 206 : 200;
  if (request.method === 'HEAD' || size === 0) return new Response(null, { status, headers });
  // Streamed, not read whole: a video can weigh hundreds of megabytes.
  const body = Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream<Uint8Array>;
  return new Response(body, { status, headers });
}

export interface ProtocolOptions {
  rendererDir: string;
  contentSecurityPolicy: string;
  mediaFile: MediaLookup;
  mediaThumbnail?: ThumbnailLookup;
  upload?: UploadHandler;
}

/** Installs both handlers on Electron's protocol module (after `app` is ready). */
export function registerProtocols(protocol: Pick<Protocol, 'handle'>, options: ProtocolOptions): void {
  protocol.handle(
    APP_SCHEME,
    createAppHandler(
      options.rendererDir,
      options.contentSecurityPolicy,
      options.mediaFile,
      options.mediaThumbnail,
      options.upload,
    ),
  );
  protocol.handle(MEDIA_SCHEME, createMediaHandler(options.mediaFile));
}
