/**
 * Electron main process: lifecycle wiring only. Each piece lives in electron/shell/ (window,
 * security, protocol, menu, dialogs, single instance) or electron/ipc.ts; the work itself is done by
 * the same service the web host and the CLI use (electron/services/createService.ts).
 *
 * Order matters: schemes are declared privileged before `ready`; the session is hardened and the
 * protocols and IPC handlers are in place before the window loads its first URL.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, nativeTheme, protocol, session, shell } from 'electron';
import type { AppStatus } from '../core/api.js';
import type { DispatchLog } from './api/dispatch.js';
import { registerElectronIpc } from './ipc.js';
import { createCalepinService } from './services/createService.js';
import { importUpload } from './services/mediaUpload.js';
import { workspaceCommands, type WorkspaceCommands } from './shell/commands.js';
import { ELECTRON_CONTENT_SECURITY_POLICY } from './shell/csp.js';
import {
  archivePicker,
  exportSaveDialog,
  failureNotice,
  folderPicker,
  mediaFilesPicker,
  newWorkspaceTarget,
} from './shell/dialogs.js';
import { importFilePicker } from './shell/importFilePicker.js';
import { menuTemplate } from './shell/menu.js';
import { SHELL_LABELS, languageOfLocale, shellLanguage, type ShellLanguage } from './shell/menuLabels.js';
import { observePreferences } from './shell/preferences.js';
import { electronPrinter } from './shell/printToPdf.js';
import { PRIVILEGED_SCHEMES, registerProtocols } from './shell/protocol.js';
import { hardenSession, hardenWebContents } from './shell/security.js';
import { claimSingleInstance, workspaceArgument } from './shell/singleInstance.js';
import { createMainWindow } from './shell/window.js';

const log: DispatchLog = { error: (message, detail) => console.error(`[calepin] ${message}`, detail) };

// Before `ready`, or Chromium treats app:// as an opaque, insecure origin.
protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);
// Every renderer sandboxed, whatever a BrowserWindow's own options say.
app.enableSandbox();

let window: BrowserWindow | null = null;
let commands: WorkspaceCommands | null = null;
/** A workspace handed over before the service was ready (launch argument, macOS open-file). */
let pendingWorkspace = workspaceArgument(process.argv, process.cwd());
let language: ShellLanguage = 'fr';
let closeService: (() => Promise<void>) | null = null;

const appRoot = app.getAppPath();
const labels = () => SHELL_LABELS[language];
const dialogDeps = { dialog, window: () => window, labels, platform: process.platform };

function focusWindow(): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

function openHandedOver(folder: string): void {
  if (commands) void commands.openWorkspaceAt(folder);
  else pendingWorkspace = folder;
}

function installMenu(): void {
  const actions = {
    newWorkspace: () => void commands?.newWorkspace(),
    openWorkspace: () => void commands?.openWorkspace(),
    openSample: () => void commands?.openSample(),
    showDataFolder: () => void shell.openPath(app.getPath('userData')),
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({ platform: process.platform, isPackaged: app.isPackaged, labels: labels(), actions }),
    ),
  );
}

/**
 * Language and theme follow the preferences; the menu is rebuilt when the language changes.
 * (Electron installs a default English menu at `ready`, so "no menu yet" cannot be asked of it.)
 */
let menuLanguage: ShellLanguage | null = null;
function applyPreferences(status: AppStatus): void {
  language = shellLanguage(status.preferences.language, status.systemLocale);
  nativeTheme.themeSource = status.preferences.theme;
  if (language !== menuLanguage) {
    menuLanguage = language;
    installMenu();
  }
}

function openWindow(): void {
  const icon = path.join(appRoot, 'assets/icons/png/256x256.png');
  window = createMainWindow({
    preloadPath: path.join(appRoot, 'out/preload/preload.cjs'),
    stateFile: path.join(app.getPath('userData'), 'window-state.json'),
    isPackaged: app.isPackaged,
    ...(existsSync(icon) ? { iconPath: icon } : {}),
  });
  window.on('closed', () => {
    window = null;
  });
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, ELECTRON_CONTENT_SECURITY_POLICY);
  const systemLocale = languageOfLocale(app.getLocale());
  language = systemLocale;
  const sampleImages = path.join(appRoot, 'assets/sample/images');
  const handedOver = pendingWorkspace;
  pendingWorkspace = null;
  const runtime = createCalepinService({
    dataDir: app.getPath('userData'),
    host: 'electron',
    systemLocale,
    pickFolder: folderPicker(dialogDeps),
    pickFiles: mediaFilesPicker(dialogDeps),
    saveExportFile: exportSaveDialog(dialogDeps, app.getPath('documents')),
    pickArchive: archivePicker(dialogDeps),
    printPdf: electronPrinter({ BrowserWindow, session }),
    pickImportFile: importFilePicker(dialogDeps),
    // A workspace given at launch opens instead of the last one.
    open: handedOver ? { path: handedOver } : 'last',
    // The bundle cannot find assets/ by itself (no import.meta.url in CommonJS): say where they are.
    sampleImagesDir: existsSync(sampleImages) ? sampleImages : null,
    onBackgroundError: (error) => log.error('background task failed', error),
  });
  closeService = () => runtime.close();
  const service = observePreferences(runtime.service, applyPreferences);

  registerProtocols(protocol, {
    rendererDir: path.join(appRoot, 'out/renderer'),
    contentSecurityPolicy: ELECTRON_CONTENT_SECURITY_POLICY,
    mediaFile: (sha) => runtime.mediaFile(sha),
    mediaThumbnail: (sha) => runtime.mediaThumbnail(sha),
    upload: (name, body, length) =>
      importUpload({ service, dataDir: app.getPath('userData'), log }, name, body, length),
  });
  registerElectronIpc(service, log);
  commands = workspaceCommands({
    service,
    log,
    pickFolder: folderPicker(dialogDeps),
    newWorkspaceTarget: newWorkspaceTarget(dialogDeps, app.getPath('documents')),
    // A workspace opened from the Dock on macOS may arrive with no window: open one.
    reload: () => (window ? window.webContents.reload() : openWindow()),
    showFailure: failureNotice(dialogDeps),
  });

  applyPreferences(await service['app.status']({}));
  openWindow();
  // A workspace the OS handed over while this function ran.
  if (pendingWorkspace) openHandedOver(pendingWorkspace);
}

if (!claimSingleInstance(app, { focus: focusWindow, openWorkspace: openHandedOver })) {
  // Another Calepin is running: it got our arguments and comes to the front.
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell));
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log.error('start failed', error);
      dialog.showErrorBox('Calepin', String(error));
      app.exit(1);
    });
  app.on('window-all-closed', () => {
    // macOS apps stay in the Dock without windows; elsewhere closing the last window quits.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!window && commands) openWindow();
  });

  // Quit waits, once, for the service to flush its writes and release the workspace lock.
  app.on('will-quit', (event) => {
    if (!closeService) return;
    event.preventDefault();
    const close = closeService;
    closeService = null;
    close()
      .catch((error: unknown) => log.error('closing the workspace failed', error))
      .finally(() => app.quit());
  });
}
