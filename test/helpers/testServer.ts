/**
 * The web host for end-to-end tests: the real service over a temp data folder, served by the real
 * loopback server with the built renderer (out/renderer). It builds nothing: run
 * `npm run build:renderer` (or `npm run build`) first — `npm run test:e2e` does.
 *
 *   const server = await startTestServer();                 // the French sample, opened
 *   await page.goto(server.url);                            // token → cookie → redirect to /
 *   const posts = await server.call('posts.list', {});      // same operations over HTTP (a Result)
 *   const post = await server.invoke('posts.get', { id });  // or straight to the service (a value)
 *   await server.close();                                   // stops, releases the lock, removes temp folders
 *
 * Options:
 *   workspace   'sample' (default) | 'empty' | 'none' | 'last' | { path }  what the app has open
 *   locale      'fr' (default) | 'en'   the "OS" language the app follows until changed in Réglages
 *   clock       () => Date              real time by default; the browser keeps its own clock
 *   dataDir     a folder to use (kept on close) instead of a fresh temp one (removed on close)
 *   rendererDir the built renderer; out/renderer by default
 *   requireRenderer  false to start without a built renderer (API-only tests)
 *   fsOps       the store's file-system calls, e.g. `faultyDisk().ops` to simulate a full disk
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CalepinService, OperationName, OperationInput, OperationOutput, Result } from '../../core/api.js';
import { defaultSampleImagesDir } from '../../electron/services/appPaths.js';
import {
  createCalepinService,
  type CalepinServiceHandle,
  type CalepinServiceOptions,
} from '../../electron/services/createService.js';
import { mediaRoute } from '../../electron/services/mediaRoute.js';
import { mediaUploadRoute } from '../../electron/services/mediaUpload.js';
import type { FsOps } from '../../electron/store/fsOps.js';
import { startWebServer } from '../../electron/web/server.js';
import { invoke } from './invoke.js';
import { makeTempDir } from './tempDir.js';

export const RENDERER_DIR = path.resolve(import.meta.dirname, '../../out/renderer');

export interface TestServerOptions {
  workspace?: 'sample' | 'empty' | 'none' | 'last' | { path: string };
  locale?: 'fr' | 'en';
  clock?: () => Date;
  dataDir?: string;
  rendererDir?: string;
  requireRenderer?: boolean;
  fsOps?: FsOps;
}

export interface TestServer {
  /** Open this first: it carries the token, answered by a session cookie and a redirect to /. */
  url: string;
  /** `http://127.0.0.1:<port>`, what the browser sends as Origin. */
  origin: string;
  port: number;
  dataDir: string;
  /** The open workspace's folder, or null. */
  workspaceDir: string | null;
  /** The service itself, to arrange or check state without HTTP (inputs already parsed: see `invoke`). */
  service: CalepinService;
  /** Calls an operation on the service directly, parsing the input like the transports do. */
  invoke<K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationOutput<K>>;
  handle: CalepinServiceHandle;
  /** `calepin_session=…`, for requests made outside the browser. */
  cookie: string;
  /** Calls an operation over HTTP exactly as the renderer does, and returns its Result. */
  call<K extends OperationName>(name: K, input: OperationInput<K>): Promise<Result<OperationOutput<K>>>;
  close(): Promise<void>;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const rendererDir = options.rendererDir ?? RENDERER_DIR;
  if (options.requireRenderer !== false && !existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`startTestServer: no built renderer in ${rendererDir}; run \`npm run build:renderer\` first.`);
  }
  const temp = options.dataDir ? null : await makeTempDir('calepin-e2e-');
  const dataDir = options.dataDir ?? temp!.join('data');
  const wanted = options.workspace ?? 'sample';
  const open: CalepinServiceOptions['open'] = wanted === 'empty' ? 'none' : wanted;

  const handle = createCalepinService({
    dataDir,
    host: 'web',
    systemLocale: options.locale ?? 'fr',
    clock: options.clock,
    actor: 'e2e',
    open,
    sampleImagesDir: defaultSampleImagesDir(),
    backups: { enabled: false },
    fsOps: options.fsOps,
  });
  await handle.ready;
  if (wanted === 'empty') {
    await handle.service['workspaces.create']({
      path: path.join(dataDir, 'Vide.calepin'),
      name: 'Vide',
      sample: false,
    });
  }
  const status = await handle.service['app.status']({});
  const server = await startWebServer({
    service: handle.service,
    rendererDir,
    log: { error: (message, detail) => console.error(`[test server] ${message}`, detail) },
    extraRoutes: mediaRoute(handle.mediaFile, handle.mediaThumbnail),
    uploadRoutes: mediaUploadRoute({ service: handle.service, dataDir }),
  });
  const origin = `http://127.0.0.1:${server.port}`;
  const token = new URL(server.url).searchParams.get('token') ?? '';
  const cookie = `calepin_session=${token}`;

  return {
    url: server.url,
    origin,
    port: server.port,
    dataDir,
    workspaceDir: status.workspace?.path ?? null,
    service: handle.service,
    invoke: (name, input) => invoke(handle.service, name, input),
    handle,
    cookie,
    async call(name, input) {
      const response = await fetch(`${origin}/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: origin },
        body: JSON.stringify(input ?? {}),
      });
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status} ${await response.text()}`);
      return (await response.json()) as Result<never>;
    },
    async close() {
      await server.close();
      await handle.close();
      await temp?.remove();
    },
  };
}
