/**
 * One Calepin process per user: a second launch hands its arguments to the first one and quits.
 * Two processes would fight over the same window state and preferences, and the workspace lock
 * would turn the second one read-only for no reason the user can see.
 *
 * A launch can carry a workspace to open: the OS passes a `.calepin` folder on the command line
 * (Windows, Linux) or through the `open-file` event (macOS).
 */
import path from 'node:path';
import type { App } from 'electron';
import { WORKSPACE_SUFFIX } from './dialogs.js';

/** The last `.calepin` argument (not a flag), made absolute against the launch's working folder. */
export function workspaceArgument(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i -= 1) {
    const arg = argv[i];
    if (!arg || arg.startsWith('-')) continue;
    const trimmed = arg.replace(/[\\/]+$/, '');
    if (trimmed.toLowerCase().endsWith(WORKSPACE_SUFFIX)) return path.resolve(cwd, trimmed);
  }
  return null;
}

export interface SingleInstanceHandlers {
  /** Bring the existing window forward (restore it if minimised). */
  focus(): void;
  /** Open a workspace passed by a later launch or by the OS. */
  openWorkspace(folder: string): void;
}

/**
 * Takes the lock; false means another Calepin is running and this process must quit now.
 * macOS `open-file` can fire before the app is ready: the caller decides when to act on it.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>,
  handlers: SingleInstanceHandlers,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv, workingDirectory) => {
    handlers.focus();
    const folder = workspaceArgument(argv, workingDirectory);
    if (folder) handlers.openWorkspace(folder);
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    handlers.openWorkspace(file);
  });
  return true;
}
