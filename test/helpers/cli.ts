/**
 * Running the real `calepin` command in tests: the built bundle (out/cli/cli.mjs) through
 * bin/calepin.js, in a child process, with its own data folder.
 *
 *   beforeAll(() => buildCli());                              // node scripts/build-node.mjs cli
 *   const r = await runCalepin(['info', '--workspace', dir, '--json'], { env: { CALEPIN_DATA_DIR: data } });
 *   expect(r.code).toBe(0); JSON.parse(r.stdout);
 *
 *   const web = await spawnCalepinWeb(['--sample'], { env: { CALEPIN_DATA_DIR: data } });
 *   await fetch(web.url); … await web.stop();                // SIGTERM, resolves with the exit code
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CALEPIN_BIN = path.join(ROOT, 'bin', 'calepin.js');

/** Environment for a child: LANG=C (English) unless given, no inherited CALEPIN_DATA_DIR. */
function childEnv(env: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const base = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', CALEPIN_DATA_DIR: '' };
  return Object.fromEntries(Object.entries({ ...base, ...env }).filter(([, v]) => v !== undefined && v !== ''));
}

/**
 * Builds the CLI bundle. Test files run in parallel, so builds take turns (a mkdir lock) rather
 * than write the same output file at once.
 */
export async function buildCli(): Promise<void> {
  const lock = path.join(ROOT, 'out', '.cli-build-lock');
  await mkdir(path.dirname(lock), { recursive: true });
  for (let waited = 0; ; waited += 100) {
    try {
      await mkdir(lock);
      break;
    } catch {
      if (waited > 60_000) throw new Error(`buildCli: ${lock} held for a minute; remove it if no build is running`);
      await sleep(100);
    }
  }
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(process.execPath, ['scripts/build-node.mjs', 'cli'], { cwd: ROOT }, (error, _stdout, stderr) =>
        error ? reject(new Error(`CLI build failed: ${stderr || error.message}`)) : resolve(),
      );
    });
  } finally {
    await rmdir(lock);
  }
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCalepin(
  args: string[],
  options: { env?: Record<string, string | undefined>; input?: string; cwd?: string } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CALEPIN_BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: childEnv(options.env),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export interface RunningWeb {
  /** The first line the command printed: the URL with its token. */
  url: string;
  origin: string;
  child: ChildProcess;
  /** What the command wrote on stderr so far. */
  stderr(): string;
  /** Sends SIGTERM (or the given signal) and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function spawnCalepinWeb(
  args: string[],
  options: { env?: Record<string, string | undefined> } = {},
): Promise<RunningWeb> {
  const child = spawn(process.execPath, [CALEPIN_BIN, 'web', ...args], {
    cwd: ROOT,
    env: childEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const lines = createInterface({ input: child.stdout });
  const first = await Promise.race([
    new Promise<string>((resolve) => lines.once('line', resolve)),
    exited.then((code) =>
      Promise.reject(new Error(`calepin web exited with ${code} before printing its URL: ${stderr}`)),
    ),
    sleep(30_000).then(() => Promise.reject(new Error(`calepin web printed nothing in 30 s: ${stderr}`))),
  ]);
  return {
    url: first,
    origin: new URL(first).origin,
    child,
    stderr: () => stderr,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
