// `npm start` runs scripts/start-electron.mjs after the build. Each case copies the script into a
// throwaway project whose node_modules/electron is a stand-in we control (its install.js and its
// binary are small shell scripts), so no test ever downloads or launches the real Electron.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const executable = process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
let project = '';

/** The binary stand-in: records its arguments and whether ELECTRON_RUN_AS_NODE reached it, exits 7. */
const fakeBinary = (record: string) =>
  `#!/bin/sh\nprintf '%s\\n' "$@" > '${record}'\necho "RUN_AS_NODE=$ELECTRON_RUN_AS_NODE" >> '${record}'\nexit 7\n`;

function makeProject(options: { binary: boolean; downloadWorks: boolean; built?: boolean }) {
  project = mkdtempSync(path.join(tmpdir(), 'calepin-start-'));
  const electronDir = path.join(project, 'node_modules/electron');
  mkdirSync(path.join(project, 'scripts'), { recursive: true });
  mkdirSync(electronDir, { recursive: true });
  copyFileSync(path.join(root, 'scripts/start-electron.mjs'), path.join(project, 'scripts/start-electron.mjs'));
  writeFileSync(path.join(project, 'package.json'), '{"name":"calepin-start-test","private":true}');
  writeFileSync(path.join(electronDir, 'package.json'), '{"name":"electron","version":"0.0.0","main":"index.js"}');
  if (options.built !== false) {
    mkdirSync(path.join(project, 'out/main'), { recursive: true });
    writeFileSync(path.join(project, 'out/main/main.cjs'), '');
  }
  const binaryPath = path.join(electronDir, 'dist', executable);
  const record = path.join(project, 'argv.txt');
  const install = () => {
    mkdirSync(path.dirname(binaryPath), { recursive: true });
    writeFileSync(binaryPath, fakeBinary(record));
    chmodSync(binaryPath, 0o755);
    writeFileSync(path.join(electronDir, 'path.txt'), executable);
  };
  if (options.binary) install();
  // Like electron's install.js: download, unpack, write path.txt; or fail (offline).
  const installScript = options.downloadWorks
    ? `const fs = require('fs'); fs.writeFileSync(${JSON.stringify(path.join(project, 'downloaded'))}, '');
       fs.mkdirSync(${JSON.stringify(path.dirname(binaryPath))}, { recursive: true });
       fs.writeFileSync(${JSON.stringify(binaryPath)}, ${JSON.stringify(fakeBinary(record))}, { mode: 0o755 });
       fs.writeFileSync(${JSON.stringify(path.join(electronDir, 'path.txt'))}, ${JSON.stringify(executable)});`
    : `require('fs').writeFileSync(${JSON.stringify(path.join(project, 'download-attempted'))}, ''); throw new Error('fetch failed');`;
  writeFileSync(path.join(electronDir, 'install.js'), installScript);
  return { record };
}

function start(env: Record<string, string> = {}) {
  const {
    LANG: _lang,
    LC_ALL: _all,
    LC_MESSAGES: _messages,
    LANGUAGE: _language,
    ELECTRON_OVERRIDE_DIST_PATH: _override,
    ELECTRON_SKIP_BINARY_DOWNLOAD: _skip,
    ...rest
  } = process.env;
  return spawnSync(process.execPath, [path.join(project, 'scripts/start-electron.mjs'), '--some-flag'], {
    cwd: project,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...rest, ELECTRON_RUN_AS_NODE: '1', ...env },
  });
}

afterEach(() => rmSync(project, { recursive: true, force: true }));

describe.skipIf(process.platform === 'win32')('npm start', () => {
  it('without Electron’s binary, says so in one English sentence, points to npm run web and exits 1', () => {
    makeProject({ binary: false, downloadWorks: false });
    const result = start({ LANG: 'en_GB.UTF-8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(/^Electron’s binary is not available on this machine .*`npm run web`.*\.$/);
    expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(existsSync(path.join(project, 'download-attempted'))).toBe(true);
  });

  it('says it in French on a French system', () => {
    makeProject({ binary: false, downloadWorks: false });
    const result = start({ LANG: 'fr_FR.UTF-8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(
      /^Le programme Electron n’est pas disponible sur cette machine .*\u202f: lancez `npm run web`/,
    );
  });

  it('does not try to download when downloads are switched off (CI)', () => {
    makeProject({ binary: false, downloadWorks: true });
    const result = start({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1', LANG: 'C' });
    expect(result.status).toBe(1);
    expect(existsSync(path.join(project, 'downloaded'))).toBe(false);
  });

  it('downloads a missing binary once, then runs it', () => {
    const { record } = makeProject({ binary: false, downloadWorks: true });
    const result = start();
    expect(existsSync(path.join(project, 'downloaded'))).toBe(true);
    expect(result.status).toBe(7);
    expect(readFileSync(record, 'utf8').split('\n')[0]).toBe(project);
  });

  it('runs the binary on the project, passing arguments on, never as plain Node, and returns its exit code', () => {
    const { record } = makeProject({ binary: true, downloadWorks: false });
    const result = start();
    expect(result.status).toBe(7);
    expect(readFileSync(record, 'utf8').split('\n')).toEqual([project, '--some-flag', 'RUN_AS_NODE=', '']);
    expect(existsSync(path.join(project, 'download-attempted'))).toBe(false);
  });

  it('asks for the build when the app is not built', () => {
    makeProject({ binary: true, downloadWorks: false, built: false });
    const result = start({ LANG: 'en_US.UTF-8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Calepin is not built: run `npm run build`.');
  });
});
