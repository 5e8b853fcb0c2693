/**
 * Native dialogs (pick a folder, name a new workspace, say why a menu action failed), in the
 * shell's language and attached to the window (a sheet on macOS). `dialog` and the window are
 * passed in, so this file imports no Electron value and is tested in plain Node.
 */
import path from 'node:path';
import type { BrowserWindow, Dialog, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { CalepinErrorData } from '../../core/errors.js';
import { errorSentence, type ShellLabels } from './menuLabels.js';

export type PickPurpose = 'open' | 'create';

export const WORKSPACE_SUFFIX = '.calepin';

export interface DialogDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;
  window: () => BrowserWindow | null;
  labels: () => ShellLabels;
  platform: NodeJS.Platform;
}

/** The service's `pickFolder`: a folder chosen by the user, or null when cancelled. */
export function folderPicker({
  dialog,
  window,
  labels,
  platform,
}: DialogDeps): (purpose: PickPurpose) => Promise<string | null> {
  return async (purpose) => {
    const words = labels().dialogs;
    const options: OpenDialogOptions =
      purpose === 'open'
        ? { title: words.openTitle, buttonLabel: words.openButton, properties: ['openDirectory', 'createDirectory'] }
        : {
            title: words.createTitle,
            buttonLabel: words.createButton,
            properties: ['openDirectory', 'createDirectory'],
          };
    if (purpose === 'open' && platform === 'darwin') {
      // A `.calepin` folder is a document package in Finder (electron-builder.yml, isPackage), and
      // packages count as files there: allow choosing one as a file too.
      options.properties = ['openDirectory', 'openFile', 'createDirectory'];
      options.filters = [{ name: 'Calepin', extensions: ['calepin'] }];
    }
    const parent = window();
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}

/** Extensions offered by the media file dialog; the import still checks every file's bytes. */
const MEDIA_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'avif', 'mp4', 'mov', 'webm'];

/** The service's `pickFiles`: the images and videos chosen to import, or null when cancelled. */
export function mediaFilesPicker({ dialog, window, labels }: DialogDeps): () => Promise<string[] | null> {
  return async () => {
    const words = labels().dialogs;
    const options: OpenDialogOptions = {
      title: words.importMediaTitle,
      buttonLabel: words.importMediaButton,
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: words.mediaFilter, extensions: MEDIA_EXTENSIONS }],
    };
    const parent = window();
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
  };
}

/**
 * "New workspace…" from the menu: one native save dialog gives both the place and the name
 * (`Documents/Mon agence.calepin`), as a document-based app does.
 */
export function newWorkspaceTarget(
  { dialog, window, labels }: DialogDeps,
  documentsDir: string,
): () => Promise<{ path: string; name: string } | null> {
  return async () => {
    const words = labels().dialogs;
    const options: SaveDialogOptions = {
      title: words.newTitle,
      buttonLabel: words.newButton,
      defaultPath: path.join(documentsDir, words.newDefaultName + WORKSPACE_SUFFIX),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const parent = window();
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    return workspaceTarget(result.filePath);
  };
}

/** `…/Mon agence` or `…/Mon agence.calepin` → the folder (with its suffix) and the name (without). */
export function workspaceTarget(chosen: string): { path: string; name: string } {
  const trimmed = chosen.replace(/[\\/]+$/, '');
  const withSuffix = trimmed.toLowerCase().endsWith(WORKSPACE_SUFFIX) ? trimmed : trimmed + WORKSPACE_SUFFIX;
  const base = path.basename(withSuffix);
  const name = base.slice(0, base.length - WORKSPACE_SUFFIX.length).trim();
  return { path: withSuffix, name: name || base };
}

/** A failed menu action, told in a native message in the shell's language (the code goes to the log). */
export function failureNotice({
  dialog,
  window,
  labels,
}: DialogDeps): (kind: 'open' | 'create', error: CalepinErrorData) => void {
  return (kind, error) => {
    const words = labels();
    const options: MessageBoxOptions = {
      type: 'warning',
      message: kind === 'open' ? words.dialogs.openFailed : words.dialogs.createFailed,
      detail: errorSentence(words, error.code),
      buttons: [words.dialogs.ok],
    };
    const parent = window();
    void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
  };
}

/**
 * The service's `saveExportFile`: a native save dialog proposing the export's name in the user's
 * Documents folder; the chosen path, or null when cancelled.
 */
export function exportSaveDialog(
  { dialog, window, labels }: DialogDeps,
  documentsDir: string,
): (suggested: { name: string; extension: string }) => Promise<string | null> {
  return async ({ name, extension }) => {
    const words = labels().dialogs;
    const options: SaveDialogOptions = {
      title: words.exportTitle,
      buttonLabel: words.exportButton,
      defaultPath: path.join(documentsDir, name),
      filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const parent = window();
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}

/** The service's `pickArchive`: a workspace archive (zip) chosen by the user, or null when cancelled. */
export function archivePicker({ dialog, window, labels }: DialogDeps): () => Promise<string | null> {
  return async () => {
    const words = labels().dialogs;
    const options: OpenDialogOptions = {
      title: words.archiveTitle,
      buttonLabel: words.archiveButton,
      filters: [{ name: 'Calepin (zip)', extensions: ['zip'] }],
      properties: ['openFile'],
    };
    const parent = window();
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}
