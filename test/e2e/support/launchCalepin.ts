/**
 * Starts the real `calepin web` on a fresh data folder and opens it in Debian's Chromium. Each test
 * file gets its own server, data and browser; `stop()` ends all three (the server by its pid).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The project folder: the nearest ancestor with bin/calepin.js (this file also runs bundled, from out/bench). */
export const REPO = projectRoot(path.dirname(fileURLToPath(import.meta.url)));

function projectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'bin', 'calepin.js'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no Calepin project above ${start}`);
  }
}
export const CALEPIN_BIN = path.join(REPO, 'bin', 'calepin.js');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchOptions {
  /** `--sample` (the default) or a workspace folder. */
  workspace?: string;
  /** The OS language the server sees (LANG). */
  lang?: string;
  /** Reuse a data folder (to restart on the same preferences and recent list). */
  dataDir?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
}

export interface Calepin {
  url: string;
  dataDir: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  stderr: () => string;
  stop(): Promise<void>;
}

/** The environment of a machine set to `lang`, without anything that would override it. */
function envFor(lang: string, dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: lang, CALEPIN_DATA_DIR: dataDir };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  delete env.LANGUAGE;
  return env;
}

async function firstLine(child: ChildProcess, stderr: () => string): Promise<string> {
  const lines = createInterface({ input: child.stdout! });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`calepin web printed no URL in 60 s.\n${stderr()}`)), 60_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`calepin web exited with ${code} before printing its URL.\n${stderr()}`));
    });
  });
}

export async function startServer(
  options: LaunchOptions = {},
): Promise<{ url: string; dataDir: string; child: ChildProcess; stderr: () => string }> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'calepin-e2e-')));
  const where = options.workspace ? ['--workspace', options.workspace] : ['--sample'];
  const child = spawn(process.execPath, [CALEPIN_BIN, 'web', ...where, '--data-dir', dataDir], {
    cwd: REPO,
    env: envFor(options.lang ?? 'fr_FR.UTF-8', dataDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const stderr = () => errors;
  const url = await firstLine(child, stderr);
  if (!/^http:\/\/127\.0\.0\.1:\d+\/\?token=/.test(url))
    throw new Error(`unexpected first line from calepin web: ${url}\n${stderr()}`);
  return { url, dataDir, child, stderr };
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(child.pid, 'SIGTERM');
  const timeout = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 10_000));
  if ((await Promise.race([exited, timeout])) === 'late') process.kill(child.pid, 'SIGKILL');
}

/**
 * Chromium in the given language, as on a machine set to it: native date and time fields follow the
 * browser's own language (dd/mm/yyyy and 24 h in French), not the page's.
 */
export async function launchBrowser(locale = 'fr-FR'): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, `--lang=${locale}`],
    env: { ...process.env, LANG: `${locale.replace('-', '_')}.UTF-8`, LANGUAGE: locale.replace('-', '_') },
  });
}

/**
 * Server + browser + page at the app's URL. The browser runs in Tokyo time on purpose: the app must
 * show every time on the workspace's clock (Europe/Paris), never on the computer's.
 */
export async function launchCalepin(options: LaunchOptions = {}): Promise<Calepin> {
  const server = await startServer(options);
  const locale = options.lang?.startsWith('en') ? 'en-US' : 'fr-FR';
  const browser = await launchBrowser(locale);
  const context = await browser.newContext({
    locale,
    timezoneId: 'Asia/Tokyo',
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1360, height: 860 },
  });
  const page = await context.newPage();
  await page.goto(server.url);
  return {
    url: server.url,
    dataDir: server.dataDir,
    browser,
    context,
    page,
    stderr: server.stderr,
    async stop() {
      await browser.close().catch(() => undefined);
      await stopServer(server.child);
      if (!options.dataDir) await rm(server.dataDir, { recursive: true, force: true });
    },
  };
}
