// `npm start` (after the build): runs the desktop app with the project's Electron.
//
// `require('electron')` would try to download the binary and throw a stack trace when it cannot
// (behind a firewall, like the machines this project is built on). Instead the binary's path is
// read the way the electron package itself does (node_modules/electron/path.txt + dist/); a missing
// binary gets one download attempt in a child process, and if it is still missing the user reads
// one sentence in their language pointing to `npm run web`, and the exit code is 1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const MESSAGES = {
  fr: 'Le programme Electron n’est pas disponible sur cette machine (il n’a pas pu être téléchargé)\u202f: lancez `npm run web` pour utiliser Calepin dans votre navigateur.',
  en: 'Electron’s binary is not available on this machine (it could not be downloaded): run `npm run web` to use Calepin in your browser instead.',
};

function language() {
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || process.env.LANGUAGE || '';
  return /^fr(?:[-_.:]|$)/i.test(locale) ? 'fr' : 'en';
}

function unavailable() {
  console.error(MESSAGES[language()]);
  process.exit(1);
}

/** The executable's name inside dist/, as electron's own install.js writes it to path.txt. */
function platformExecutable() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (process.platform === 'win32') return 'electron.exe';
  return 'electron';
}

function electronDir() {
  try {
    return path.dirname(createRequire(path.join(projectDir, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function binaryPath(dir) {
  const pathFile = path.join(dir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : platformExecutable();
  // Same override as the electron package: a binary installed somewhere else.
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(dir, 'dist');
  return path.join(distDir, executable);
}

const dir = electronDir();
if (!dir) unavailable();

let binary = binaryPath(dir);
if (!existsSync(binary) && !process.env.ELECTRON_OVERRIDE_DIST_PATH && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  // One download attempt, its output kept out of the way; fails within a second when offline.
  spawnSync(process.execPath, [path.join(dir, 'install.js')], { cwd: dir, stdio: 'ignore', timeout: 10 * 60_000 });
  binary = binaryPath(dir);
}
if (!existsSync(binary)) unavailable();

if (!existsSync(path.join(projectDir, 'out/main/main.cjs'))) {
  console.error(
    language() === 'fr'
      ? 'Calepin n’est pas construit\u202f: lancez `npm run build`.'
      : 'Calepin is not built: run `npm run build`.',
  );
  process.exit(1);
}

// ELECTRON_RUN_AS_NODE would turn the app into a plain Node process; never inherit it.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;

const child = spawn(binary, [projectDir, ...process.argv.slice(2)], { stdio: 'inherit', env, windowsHide: false });
child.on('error', () => unavailable());
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!child.killed) child.kill(signal);
  });
}
child.on('exit', (code) => process.exit(code ?? 1));
