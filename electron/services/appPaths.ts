/**
 * Where the app's own files are. The same code runs from sources (tests), from the CLI bundle in
 * out/cli/ and from the Electron bundle, so shipped folders are found by walking up from here;
 * the Electron shell, which knows its resources folder, passes them explicitly instead.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function here(): string {
  // The Electron bundle is CommonJS; scripts/build-node.mjs defines import.meta.url there. Fall back to the working folder.
  const url = (import.meta as { url?: string }).url;
  return url ? path.dirname(fileURLToPath(url)) : process.cwd();
}

/** The first `<ancestor>/<relative>` that exists, from this file's folder up; null if none. */
export function findUp(relative: string, start = here()): string | null {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, relative);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The sample pictures shipped in assets/sample/images/. */
export function defaultSampleImagesDir(): string | null {
  return findUp(path.join('assets', 'sample', 'images'));
}

/** The built renderer (`npm run build:renderer` writes out/renderer/). */
export function defaultRendererDir(): string {
  return findUp(path.join('out', 'renderer')) ?? path.resolve(here(), '..', 'renderer');
}

/**
 * The app's data folder for the headless hosts: $CALEPIN_DATA_DIR, else $XDG_DATA_HOME/calepin,
 * else ~/.local/share/calepin. (Electron uses its own userData folder and passes it in.)
 */
export function defaultDataDir(env: Record<string, string | undefined> = process.env): string {
  if (env.CALEPIN_DATA_DIR) return path.resolve(env.CALEPIN_DATA_DIR);
  if (env.XDG_DATA_HOME) return path.join(path.resolve(env.XDG_DATA_HOME), 'calepin');
  return path.join(os.homedir(), '.local', 'share', 'calepin');
}

/** The language of the computer, for "follow the system". */
export function systemLocaleFrom(env: Record<string, string | undefined> = process.env): 'fr' | 'en' {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
