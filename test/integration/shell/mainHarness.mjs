// Runs the built out/main/main.cjs in plain Node with a stand-in for the `electron` module, drives
// one launch (ready → window → IPC → protocol → language switch → second launch → quit) and writes
// what happened to the JSON file named by argv[2]. Electron's binary cannot run on these machines;
// everything behind the `electron` module (the service, the store, the sample workspace, the
// shell's own logic) is the real bundle on real temp folders.
//
// Usage: node mainHarness.mjs <report.json> <mainBundle> <appDir> <userDataDir> [second]
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';

const [reportFile, mainBundle, appDir, userData, mode] = process.argv.slice(2);
const log = [];
const report = { log, windows: [], menus: [], privileged: [], protocolSchemes: [], channels: [], quitCompleted: false };
const note = (entry) => log.push(entry);

class WebContents extends EventEmitter {
  constructor() {
    super();
    this.reloads = 0;
    this.openHandler = null;
  }
  setWindowOpenHandler(handler) {
    this.openHandler = handler;
  }
  reload() {
    this.reloads += 1;
  }
}

const app = new EventEmitter();
const windows = [];
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    note('new BrowserWindow');
    this.options = options;
    this.webContents = new WebContents();
    this.focused = 0;
    windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) {
    note(`loadURL ${url}`);
    this.url = url;
    setImmediate(() => this.emit('ready-to-show'));
    return Promise.resolve();
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {
    this.focused += 1;
  }
  show() {
    this.shown = true;
  }
  maximize() {}
  isMaximized() {
    return false;
  }
  isDestroyed() {
    return false;
  }
  getNormalBounds() {
    return { x: 10, y: 10, width: 1000, height: 700 };
  }
  setBackgroundColor() {}
}

let resolveReady;
const ready = new Promise((resolve) => (resolveReady = resolve));
const ipcHandlers = new Map();
const protocolHandlers = new Map();
const sessionHandlers = {};
const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false, themeSource: 'system' });
// Like Electron, which installs its default (English) menu at `ready` when the app has set none.
let applicationMenu = { template: [{ label: 'File' }, { label: 'Edit' }] };

Object.assign(app, {
  isPackaged: false,
  requestSingleInstanceLock: () => {
    note('requestSingleInstanceLock');
    return mode !== 'second';
  },
  enableSandbox: () => note('enableSandbox'),
  whenReady: () => ready,
  isReady: () => true,
  getAppPath: () => appDir,
  getPath: (name) => (name === 'userData' ? userData : path.join(userData, `..${name}`)),
  getLocale: () => 'fr-FR',
  exit: (code) => note(`exit ${code}`),
  quit: () => {
    note('quit');
    let prevented = false;
    app.emit('will-quit', { preventDefault: () => (prevented = true) });
    if (prevented) note('quit waits');
    else report.quitCompleted = true;
  },
});

const electron = {
  app,
  BrowserWindow,
  nativeTheme,
  ipcMain: {
    handle: (channel, handler) => ipcHandlers.set(channel, handler),
    removeHandler: (channel) => ipcHandlers.delete(channel),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes) => {
      note('registerSchemesAsPrivileged');
      report.privileged = schemes;
    },
    handle: (scheme, handler) => {
      note(`protocol.handle ${scheme}`);
      protocolHandlers.set(scheme, handler);
    },
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler) => (
        note('setPermissionRequestHandler'),
        (sessionHandlers.request = handler)
      ),
      setPermissionCheckHandler: (handler) => (sessionHandlers.check = handler),
      setDevicePermissionHandler: (handler) => (sessionHandlers.device = handler),
      webRequest: { onHeadersReceived: (handler) => (sessionHandlers.headers = handler) },
    },
  },
  Menu: {
    buildFromTemplate: (template) => ({ template }),
    setApplicationMenu: (menu) => {
      applicationMenu = menu;
      report.menus.push(menu.template.map((item) => item.label));
    },
    getApplicationMenu: () => applicationMenu,
  },
  screen: {
    getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
  },
  dialog: {
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    showSaveDialog: () => Promise.resolve({ canceled: true }),
    showMessageBox: () => Promise.resolve({ response: 0 }),
    showErrorBox: (title, text) => note(`showErrorBox ${text}`),
  },
  shell: { openExternal: () => Promise.resolve(), openPath: () => Promise.resolve('') },
};

const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'electron') return electron;
  return load.call(this, request, ...rest);
};

const trusted = { senderFrame: { url: 'app://calepin/index.html', parent: null } };
const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };

async function until(test, what) {
  for (let i = 0; i < 600 && !test(); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  if (!test()) throw new Error(`timed out waiting for ${what}`);
}

async function scenario() {
  // Loaded as CommonJS, as Electron loads it, so the `electron` stand-in is what it requires.
  createRequire(import.meta.url)(mainBundle);
  note('main loaded');
  if (mode === 'second') {
    await new Promise((resolve) => setTimeout(resolve, 100));
    return;
  }
  resolveReady();
  await until(() => windows.length > 0, 'the window');
  const [window] = windows;
  await new Promise((resolve) => setImmediate(resolve));
  report.windows = windows.map((w) => ({
    options: { ...w.options, webPreferences: { ...w.options.webPreferences } },
    url: w.url,
    shown: Boolean(w.shown),
  }));
  report.channels = [...ipcHandlers.keys()];
  report.protocolSchemes = [...protocolHandlers.keys()];

  let prevented = false;
  window.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'https://evil.example/');
  report.navigationBlocked = prevented;
  report.windowOpen = window.webContents.openHandler?.({ url: 'https://example.com/' });
  let granted = null;
  sessionHandlers.request?.({}, 'media', (answer) => (granted = answer));
  report.permissionGranted = granted;

  const status = await ipcHandlers.get('calepin:app.status')(trusted, {});
  report.status = status.ok
    ? {
        ok: true,
        host: status.value.host,
        workspace: status.value.workspace?.name ?? null,
        path: status.value.workspace?.path ?? null,
        systemLocale: status.value.systemLocale,
      }
    : status;
  report.foreign = await ipcHandlers
    .get('calepin:posts.list')(foreign, {})
    .then(
      () => 'accepted',
      (error) => `refused: ${error.message}`,
    );
  report.invalid = await ipcHandlers.get('calepin:posts.get')(trusted, { id: 42 });

  const page = await protocolHandlers.get('app')(new Request('app://calepin/index.html'));
  report.page = { status: page.status, csp: page.headers.get('content-security-policy'), body: await page.text() };
  const escape = await protocolHandlers.get('app')(new Request('app://calepin/..%2f..%2fpackage.json'));
  report.escapeStatus = escape.status;

  await ipcHandlers.get('calepin:app.setPreferences')(trusted, { language: 'en', theme: 'dark' });
  report.themeSource = nativeTheme.themeSource;

  app.emit('second-instance', {}, ['calepin'], '/');
  report.focusedBySecondLaunch = window.focused;

  window.emit('close');
  report.windowStateSaved = fs.existsSync(path.join(userData, 'window-state.json'));
  if (report.status.path) report.lockHeldBeforeQuit = fs.existsSync(path.join(report.status.path, '.calepin-lock'));
  app.quit();
  await until(() => report.quitCompleted, 'quit');
  if (report.status.path) report.lockHeldAfterQuit = fs.existsSync(path.join(report.status.path, '.calepin-lock'));
}

scenario()
  .catch((error) => {
    report.failure = String(error && error.stack ? error.stack : error);
  })
  .finally(() => {
    fs.writeFileSync(reportFile, JSON.stringify(report, null, 2));
    process.exit(0);
  });
