/**
 * The web transport: a loopback HTTP server that serves the built renderer and the same service
 * the Electron shell serves over IPC. `POST /api/<operation>` takes the input as JSON and answers
 * with the API's `Result`. Used by `calepin web` / `npm run web` and by every end-to-end test.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { CalepinService } from '../../core/api.js';
import { dispatch, type DispatchLog } from '../api/dispatch.js';
import { readStatic } from './staticFiles.js';
import {
  CONTENT_SECURITY_POLICY,
  SESSION_COOKIE,
  hostIsOurs,
  newSecret,
  originIsOurs,
  readCookie,
  sameSecret,
  sessionCookie,
} from './security.js';

/** Large enough for a post with ten 250,000-character variants, small enough to refuse a flood. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface WebServerOptions {
  service: CalepinService;
  /** Folder of the built renderer (index.html and its assets). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  log?: DispatchLog;
  /** Extra GET routes (media files), tried after authentication and before static files. */
  extraRoutes?: (urlPath: string) => Promise<{ body: Buffer; type: string; immutable?: boolean } | null>;
  /**
   * `POST /upload/…` routes that read the raw body as a stream (media uploads), after the same
   * cookie and Origin checks as the API; they answer a JSON value, or null for "not mine".
   */
  uploadRoutes?: (url: URL, request: IncomingMessage) => Promise<unknown>;
}

export interface RunningWebServer {
  /** The URL to open, token included. */
  url: string;
  port: number;
  close(): Promise<void>;
}

const consoleLog: DispatchLog = { error: (message, detail) => console.error(message, detail) };

export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = newSecret();
  const rendererDir = path.resolve(options.rendererDir);
  const log = options.log ?? consoleLog;
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log.error('web request failed', error);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!hostIsOurs(request, port)) return send(response, 421, 'text/plain; charset=utf-8', 'Wrong host');
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);

    if (request.method === 'GET' && url.searchParams.has('token')) {
      if (!sameSecret(url.searchParams.get('token'), token))
        return send(response, 403, 'text/plain; charset=utf-8', 'Invalid token');
      // Trade the token for a session cookie and drop it from the address bar.
      response.writeHead(303, {
        Location: url.pathname,
        'Set-Cookie': sessionCookie(token),
        'Cache-Control': 'no-store',
      });
      response.end();
      return;
    }
    if (!sameSecret(readCookie(request, SESSION_COOKIE), token)) {
      return send(
        response,
        401,
        'text/plain; charset=utf-8',
        'Open the address printed by `calepin web` (it carries the access token).',
      );
    }

    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'POST only');
      if (!originIsOurs(request, port)) return send(response, 403, 'text/plain; charset=utf-8', 'Wrong origin');
      const body = await readBody(request);
      if (body === null) return send(response, 413, 'text/plain; charset=utf-8', 'Too large');
      let input: unknown;
      try {
        input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
      } catch {
        return sendJson(response, {
          ok: false,
          error: { code: 'INVALID_INPUT', params: { issues: 'body is not JSON' } },
        });
      }
      const result = await dispatch(options.service, url.pathname.slice('/api/'.length), input, log);
      return sendJson(response, result);
    }

    if (url.pathname.startsWith('/upload/')) {
      if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'POST only');
      if (!originIsOurs(request, port)) return send(response, 403, 'text/plain; charset=utf-8', 'Wrong origin');
      const answer = options.uploadRoutes ? await options.uploadRoutes(url, request) : null;
      if (answer === null) {
        request.resume();
        return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
      }
      return sendJson(response, answer);
    }

    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'text/plain; charset=utf-8', 'GET only');
    const extra = options.extraRoutes ? await options.extraRoutes(url.pathname) : null;
    // Only page addresses fall back to the app's index; a missing file or media item is a plain 404.
    const isPage = !url.pathname.startsWith('/media/') && !/\.[a-z0-9]+$/i.test(url.pathname);
    const file =
      extra ?? (await readStatic(rendererDir, url.pathname)) ?? (isPage ? await readStatic(rendererDir, '/') : null);
    if (!file)
      return send(response, 404, 'text/plain; charset=utf-8', 'Not found — was the renderer built (npm run build)?');
    // Media and thumbnails are content-addressed (their URL is their SHA-256): cached for good, which
    // is what lets the library grid scroll back over 5,000 thumbnails without fetching them again.
    const immutable = extra?.immutable === true;
    return send(response, 200, file.type, file.body, immutable ? 'private, max-age=31536000, immutable' : 'no-store');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  cacheControl = 'no-store',
): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': cacheControl,
  });
  response.end(body);
}

function sendJson(response: ServerResponse, value: unknown): void {
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}

async function readBody(request: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
