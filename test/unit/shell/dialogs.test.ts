import type { BrowserWindow, Dialog, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { failureNotice, folderPicker, newWorkspaceTarget, workspaceTarget } from '../../../electron/shell/dialogs.js';
import { SHELL_LABELS } from '../../../electron/shell/menuLabels.js';

/** Answers like the native dialog, recording what it was asked. */
function nativeDialog(answer: { canceled: boolean; filePaths?: string[]; filePath?: string }) {
  const asked: Array<{ parent: unknown; options: OpenDialogOptions | SaveDialogOptions | MessageBoxOptions }> = [];
  const record = (...args: unknown[]) => {
    const [parent, options] = args.length === 2 ? args : [null, args[0]];
    asked.push({ parent, options: options as OpenDialogOptions });
    return Promise.resolve({
      canceled: answer.canceled,
      filePaths: answer.filePaths ?? [],
      filePath: answer.filePath ?? '',
    });
  };
  return {
    dialog: { showOpenDialog: record, showSaveDialog: record, showMessageBox: record } as unknown as Pick<
      Dialog,
      'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'
    >,
    asked,
  };
}

const theWindow = { id: 1 } as unknown as BrowserWindow;

describe('picking a workspace folder', () => {
  it('asks for a folder, attached to the window, in the shell language', async () => {
    const { dialog, asked } = nativeDialog({ canceled: false, filePaths: ['/home/léa/Mon agence.calepin'] });
    const pick = folderPicker({ dialog, window: () => theWindow, labels: () => SHELL_LABELS.fr, platform: 'linux' });
    expect(await pick('open')).toBe('/home/léa/Mon agence.calepin');
    expect(asked[0]?.parent).toBe(theWindow);
    expect(asked[0]?.options).toMatchObject({
      title: 'Ouvrir un espace de travail Calepin',
      properties: ['openDirectory', 'createDirectory'],
    });
  });

  it('gives null when the user cancels', async () => {
    const { dialog } = nativeDialog({ canceled: true });
    const pick = folderPicker({ dialog, window: () => null, labels: () => SHELL_LABELS.en, platform: 'win32' });
    expect(await pick('create')).toBeNull();
  });

  it('lets macOS users choose a .calepin package, which Finder shows as a file', async () => {
    const { dialog, asked } = nativeDialog({ canceled: false, filePaths: ['/Users/lea/Mon agence.calepin'] });
    await folderPicker({ dialog, window: () => null, labels: () => SHELL_LABELS.en, platform: 'darwin' })('open');
    expect(asked[0]?.parent).toBeNull();
    expect((asked[0]?.options as OpenDialogOptions).properties).toContain('openFile');
  });
});

describe('creating a workspace from the menu', () => {
  it('asks for a name and a place in one save dialog, suggesting Documents', async () => {
    const { dialog, asked } = nativeDialog({ canceled: false, filePath: '/home/lea/Documents/Boulangerie Martin' });
    const target = newWorkspaceTarget(
      { dialog, window: () => theWindow, labels: () => SHELL_LABELS.fr, platform: 'linux' },
      '/home/lea/Documents',
    );
    expect(await target()).toEqual({
      path: '/home/lea/Documents/Boulangerie Martin.calepin',
      name: 'Boulangerie Martin',
    });
    expect((asked[0]?.options as SaveDialogOptions).defaultPath).toBe(
      '/home/lea/Documents/Mon espace de travail.calepin',
    );
  });

  it('keeps a .calepin suffix the user typed and drops trailing slashes', () => {
    expect(workspaceTarget('/w/Client A.CALEPIN/')).toEqual({ path: '/w/Client A.CALEPIN', name: 'Client A' });
    expect(workspaceTarget('/w/.calepin')).toEqual({ path: '/w/.calepin', name: '.calepin' });
  });
});

describe('a menu action that failed', () => {
  it('is told in a native message in the shell language, over the window', () => {
    const { dialog, asked } = nativeDialog({ canceled: false });
    failureNotice({ dialog, window: () => theWindow, labels: () => SHELL_LABELS.fr, platform: 'linux' })('open', {
      code: 'WORKSPACE_LOCKED',
      params: { path: '/w/A.calepin' },
    });
    expect(asked[0]?.parent).toBe(theWindow);
    expect(asked[0]?.options).toMatchObject({
      type: 'warning',
      message: 'Calepin n’a pas pu ouvrir cet espace de travail.',
      detail: 'Une autre fenêtre de Calepin utilise déjà cet espace de travail.',
    });
  });
});
