/**
 * The main window. Every web preference that matters for security is spelled out rather than left
 * to defaults, so a reader (and electronegativity) sees the whole policy here: the page runs
 * sandboxed, isolated from the preload, without Node, without <webview>, with web security on, and
 * loads the app from app://calepin/, never from file:// or the network.
 */
import { BrowserWindow, nativeTheme, screen } from 'electron';
import { APP_ENTRY_URL } from './origin.js';
import { MIN_SIZE, loadWindowState, placeWindow, saveWindowState } from './windowState.js';

/** Painted before the first frame, so opening the window does not flash white in dark mode. */
export const BACKGROUND = { light: '#ffffff', dark: '#1c1b1f' } as const;

export interface MainWindowOptions {
  preloadPath: string;
  stateFile: string;
  isPackaged: boolean;
  /** Linux and Windows window icon (macOS uses the bundle's). */
  iconPath?: string;
}

export function backgroundColour(): string {
  return nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light;
}

export function createMainWindow({ preloadPath, stateFile, isPackaged, iconPath }: MainWindowOptions): BrowserWindow {
  const workAreas = [
    screen.getPrimaryDisplay().workArea,
    ...screen.getAllDisplays().map((display) => display.workArea),
  ];
  const placed = placeWindow(loadWindowState(stateFile), workAreas);

  const window = new BrowserWindow({
    x: placed.x,
    y: placed.y,
    width: placed.width,
    height: placed.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Calepin',
    show: false,
    backgroundColor: backgroundColour(),
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise ask for a new window (denied anyway by security.ts).
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      devTools: !isPackaged,
    },
  });

  window.once('ready-to-show', () => {
    if (placed.maximized) window.maximize();
    window.show();
  });

  // Keep the background in step with the OS (or the app's theme preference, via themeSource).
  const onThemeChange = () => {
    if (!window.isDestroyed()) window.setBackgroundColor(backgroundColour());
  };
  nativeTheme.on('updated', onThemeChange);

  window.on('close', () => {
    // Normal bounds: where the window returns when un-maximised, which is what to restore.
    saveWindowState(stateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() });
  });
  window.on('closed', () => nativeTheme.off('updated', onThemeChange));

  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('[calepin] the page did not load', error));
  return window;
}
