/**
 * The native menu, as a template. Standard actions use Electron roles, which bring the platform's
 * own behaviour and accelerators (Cmd/Ctrl+Z, C, V, A, …); only the labels are ours, so the menu
 * speaks the user's language. The developer tools and force-reload exist only in development.
 *
 * Pure: main.ts turns the template into a menu (`Menu.buildFromTemplate`) and rebuilds it when the
 * language changes.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { ShellLabels } from './menuLabels.js';

export interface MenuActions {
  newWorkspace(): void;
  openWorkspace(): void;
  openSample(): void;
  showDataFolder(): void;
}

export interface MenuContext {
  platform: NodeJS.Platform;
  /** Packaged builds have no developer tools and no force-reload. */
  isPackaged: boolean;
  labels: ShellLabels;
  actions: MenuActions;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate({ platform, isPackaged, labels, actions }: MenuContext): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];

  if (mac) {
    template.push({
      label: 'Calepin',
      submenu: [
        { role: 'about', label: labels.app.about },
        separator,
        { role: 'services', label: labels.app.services },
        separator,
        { role: 'hide', label: labels.app.hide },
        { role: 'hideOthers', label: labels.app.hideOthers },
        { role: 'unhide', label: labels.app.unhide },
        separator,
        { role: 'quit', label: labels.app.quit },
      ],
    });
  }

  template.push({
    label: labels.file.title,
    submenu: [
      // Cmd/Ctrl+N stays free for the renderer ("new post").
      {
        id: 'file.newWorkspace',
        label: labels.file.newWorkspace,
        accelerator: 'CmdOrCtrl+Shift+N',
        click: () => actions.newWorkspace(),
      },
      {
        id: 'file.openWorkspace',
        label: labels.file.openWorkspace,
        accelerator: 'CmdOrCtrl+O',
        click: () => actions.openWorkspace(),
      },
      { id: 'file.openSample', label: labels.file.openSample, click: () => actions.openSample() },
      separator,
      mac ? { role: 'close', label: labels.file.close } : { role: 'quit', label: labels.file.quit },
    ],
  });

  template.push({
    label: labels.edit.title,
    submenu: [
      { role: 'undo', label: labels.edit.undo },
      { role: 'redo', label: labels.edit.redo },
      separator,
      { role: 'cut', label: labels.edit.cut },
      { role: 'copy', label: labels.edit.copy },
      { role: 'paste', label: labels.edit.paste },
      ...(mac ? [{ role: 'pasteAndMatchStyle', label: labels.edit.pasteAndMatchStyle } as const] : []),
      { role: 'delete', label: labels.edit.delete },
      separator,
      { role: 'selectAll', label: labels.edit.selectAll },
    ],
  });

  template.push({
    label: labels.view.title,
    submenu: [
      { role: 'reload', label: labels.view.reload },
      ...(isPackaged
        ? []
        : [
            { role: 'forceReload', label: labels.view.forceReload } as const,
            { role: 'toggleDevTools', label: labels.view.toggleDevTools } as const,
          ]),
      separator,
      { role: 'resetZoom', label: labels.view.resetZoom },
      { role: 'zoomIn', label: labels.view.zoomIn },
      { role: 'zoomOut', label: labels.view.zoomOut },
      separator,
      { role: 'togglefullscreen', label: labels.view.toggleFullScreen },
    ],
  });

  template.push({
    label: labels.window.title,
    role: 'window',
    submenu: mac
      ? [
          { role: 'minimize', label: labels.window.minimize },
          { role: 'zoom', label: labels.window.zoom },
          separator,
          { role: 'front', label: labels.window.front },
        ]
      : [
          { role: 'minimize', label: labels.window.minimize },
          { role: 'close', label: labels.window.close },
        ],
  });

  template.push({
    label: labels.help.title,
    role: 'help',
    submenu: [
      ...(mac ? [] : [{ role: 'about', label: labels.help.about } as const, separator]),
      { id: 'help.dataFolder', label: labels.help.dataFolder, click: () => actions.showDataFolder() },
    ],
  });

  return template;
}
