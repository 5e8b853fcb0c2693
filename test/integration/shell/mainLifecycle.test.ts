// The built main process (out/main/main.cjs), launched in plain Node with a stand-in for the
// `electron` module (mainHarness.mjs), over the real service on temp folders. It checks the wiring
// main.ts is responsible for: order of start-up, the window's settings, the guards, the IPC
// channels, the protocol, the language switch, the single instance and a clean quit.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../../core/api.js';
import { ELECTRON_CONTENT_SECURITY_POLICY } from '../../../electron/shell/csp.js';

const root = path.resolve(import.meta.dirname, '../../..');
const harness = path.join(import.meta.dirname, 'mainHarness.mjs');
const bundle = path.join(root, 'out/main/main.cjs');
let work = '';

interface Report {
  log: string[];
  windows: Array<{ options: { webPreferences: Record<string, unknown>; show: boolean }; url: string; shown: boolean }>;
  menus: string[][];
  privileged: Array<{ scheme: string; privileges: Record<string, boolean> }>;
  protocolSchemes: string[];
  channels: string[];
  quitCompleted: boolean;
  failure?: string;
  [key: string]: unknown;
}

function launch(mode: 'first' | 'second'): Report {
  const dir = path.join(work, mode);
  const appDir = path.join(dir, 'app');
  const userData = path.join(dir, 'userData');
  mkdirSync(path.join(appDir, 'out/renderer'), { recursive: true });
  mkdirSync(userData, { recursive: true });
  writeFileSync(path.join(appDir, 'out/renderer/index.html'), '<!doctype html><title>Calepin</title>');
  const report = path.join(dir, 'report.json');
  execFileSync(process.execPath, [harness, report, bundle, appDir, userData, mode], {
    stdio: 'pipe',
    timeout: 50_000,
    env: { ...process.env, LANG: 'fr_FR.UTF-8' },
  });
  return JSON.parse(readFileSync(report, 'utf8')) as Report;
}

let first: Report;
let second: Report;

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-node.mjs', 'main'], { cwd: root, stdio: 'pipe' });
  work = mkdtempSync(path.join(tmpdir(), 'calepin-main-'));
  first = launch('first');
  second = launch('second');
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the main process', () => {
  it('ran the whole launch without failing', () => {
    expect(first.failure).toBeUndefined();
  });

  it('declares its schemes and sandboxes every renderer before the app is ready', () => {
    expect(first.log.slice(0, 3)).toEqual([
      'registerSchemesAsPrivileged',
      'enableSandbox',
      'requestSingleInstanceLock',
    ]);
    expect(first.privileged.map((scheme) => scheme.scheme)).toEqual(['app', 'calepin-media']);
    for (const scheme of first.privileged) expect(scheme.privileges).not.toHaveProperty('bypassCSP');
  });

  it('hardens the session and installs the protocols before the window loads anything', () => {
    const at = (entry: string) => first.log.indexOf(entry);
    expect(at('setPermissionRequestHandler')).toBeGreaterThan(at('main loaded'));
    expect(at('protocol.handle app')).toBeLessThan(at('new BrowserWindow'));
    expect(at('setPermissionRequestHandler')).toBeLessThan(at('new BrowserWindow'));
    expect(first.log).toContain('loadURL app://calepin/index.html');
  });

  it('opens one window, sandboxed and isolated, on app://calepin/, shown when ready', () => {
    expect(first.windows).toHaveLength(1);
    const [window] = first.windows;
    expect(window?.url).toBe('app://calepin/index.html');
    expect(window?.options.show).toBe(false);
    expect(window?.shown).toBe(true);
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(String(window?.options.webPreferences.preload)).toMatch(/out[\\/]preload[\\/]preload\.cjs$/);
  });

  it('guards every web page: navigation blocked, new windows denied, permissions refused', () => {
    expect(first.navigationBlocked).toBe(true);
    expect(first.windowOpen).toEqual({ action: 'deny' });
    expect(first.permissionGranted).toBe(false);
  });

  it('answers the page over IPC with the real service, on the sample workspace, in French', () => {
    expect([...first.channels].sort()).toEqual(OPERATION_NAMES.map((name) => `calepin:${name}`).sort());
    expect(first.status).toMatchObject({ ok: true, host: 'electron', systemLocale: 'fr' });
    expect(String((first.status as { path: string }).path)).toMatch(/Exemple\.calepin$/);
    expect(first.foreign).toBe('refused: Refused');
    expect(first.invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('serves the page from app:// with the CSP, and nothing outside the renderer folder', () => {
    expect(first.page).toEqual({
      status: 200,
      csp: ELECTRON_CONTENT_SECURITY_POLICY,
      body: '<!doctype html><title>Calepin</title>',
    });
    expect(first.escapeStatus).toBe(404);
  });

  it('builds the menu in the OS language and rebuilds it when the user switches language', () => {
    expect(first.menus[0]).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
    expect(first.menus.at(-1)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(first.themeSource).toBe('dark');
  });

  it('brings its window forward when Calepin is launched again', () => {
    expect(first.focusedBySecondLaunch).toBe(1);
  });

  it('remembers the window and releases the workspace lock before quitting', () => {
    expect(first.windowStateSaved).toBe(true);
    expect(first.lockHeldBeforeQuit).toBe(true);
    expect(first.log.slice(-3)).toEqual(['quit', 'quit waits', 'quit']);
    expect(first.quitCompleted).toBe(true);
    expect(first.lockHeldAfterQuit).toBe(false);
  });
});

describe('a second launch', () => {
  it('quits at once, without a window, a protocol or an IPC handler', () => {
    expect(second.failure).toBeUndefined();
    expect(second.log).toEqual([
      'registerSchemesAsPrivileged',
      'enableSandbox',
      'requestSingleInstanceLock',
      'quit',
      'main loaded',
    ]);
    expect(second.windows).toEqual([]);
    expect(second.channels).toEqual([]);
    expect(second.protocolSchemes).toEqual([]);
  });
});
