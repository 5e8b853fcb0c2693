/**
 * The native "choose a file to import" dialog (CSV or Excel), attached to the window. Only
 * Electron types are imported, so this runs in the shell and is passed to the service.
 */
import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';

export function importFilePicker(deps: {
  dialog: Pick<Dialog, 'showOpenDialog'>;
  window: () => BrowserWindow | null;
}): (title: string) => Promise<string | null> {
  return async (title) => {
    const options: OpenDialogOptions = {
      title,
      properties: ['openFile'],
      filters: [{ name: 'CSV, Excel', extensions: ['csv', 'xlsx', 'txt'] }],
    };
    const parent = deps.window();
    const result = parent
      ? await deps.dialog.showOpenDialog(parent, options)
      : await deps.dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}
