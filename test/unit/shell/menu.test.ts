import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuActions } from '../../../electron/shell/menu.js';
import {
  SHELL_LABELS,
  errorSentence,
  languageOfLocale,
  shellLanguage,
  type ShellLabels,
} from '../../../electron/shell/menuLabels.js';

function build(platform: NodeJS.Platform, isPackaged: boolean, language: 'fr' | 'en' = 'fr') {
  const clicked: string[] = [];
  const actions: MenuActions = {
    newWorkspace: () => clicked.push('new'),
    openWorkspace: () => clicked.push('open'),
    openSample: () => clicked.push('sample'),
    showDataFolder: () => clicked.push('data'),
  };
  return { template: menuTemplate({ platform, isPackaged, labels: SHELL_LABELS[language], actions }), clicked };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const roles = (template: MenuItemConstructorOptions[]) =>
  items(template)
    .map((item) => item.role)
    .filter(Boolean);

describe('the native menu', () => {
  it('has File, Edit, View, Window and Help in French, with the standard editing roles', () => {
    const { template } = build('linux', true);
    expect(template.map((menu) => menu.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
    expect(roles(template)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'about']),
    );
  });

  it('speaks English when asked', () => {
    const { template } = build('win32', true, 'en');
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(items(template).find((item) => item.id === 'file.openWorkspace')?.label).toBe('Open Workspace…');
  });

  it('labels every entry (roles included), so nothing shows in the other language', () => {
    for (const platform of ['darwin', 'linux', 'win32'] as const) {
      for (const item of items(build(platform, false).template)) {
        if (item.type !== 'separator') expect(item.label, JSON.stringify(item.role)).toBeTruthy();
      }
    }
  });

  it('opens, creates and opens the sample workspace from File', () => {
    const { template, clicked } = build('linux', true);
    const all = items(template);
    const open = all.find((item) => item.id === 'file.openWorkspace');
    expect(open?.accelerator).toBe('CmdOrCtrl+O');
    expect(all.find((item) => item.id === 'file.newWorkspace')?.accelerator).toBe('CmdOrCtrl+Shift+N');
    for (const id of ['file.newWorkspace', 'file.openWorkspace', 'file.openSample', 'help.dataFolder']) {
      const click = all.find((item) => item.id === id)?.click as unknown as () => void;
      click();
    }
    expect(clicked).toEqual(['new', 'open', 'sample', 'data']);
  });

  it('offers the developer tools only in development', () => {
    expect(roles(build('linux', false).template)).toEqual(expect.arrayContaining(['toggleDevTools', 'forceReload']));
    expect(roles(build('linux', true).template)).not.toContain('toggleDevTools');
    expect(roles(build('darwin', true).template)).not.toContain('forceReload');
  });

  it('has the macOS application menu on macOS only', () => {
    const mac = build('darwin', true).template;
    expect(mac[0]?.label).toBe('Calepin');
    expect(roles(mac)).toEqual(
      expect.arrayContaining(['hide', 'hideOthers', 'unhide', 'services', 'front', 'pasteAndMatchStyle']),
    );
    expect(roles(build('linux', true).template)).not.toContain('hide');
  });
});

describe('shell language', () => {
  it('follows the OS unless the preferences say otherwise', () => {
    expect(languageOfLocale('fr-CA')).toBe('fr');
    expect(languageOfLocale('fr_FR.UTF-8')).toBe('fr');
    expect(languageOfLocale('fr')).toBe('fr');
    expect(languageOfLocale('fri')).toBe('en');
    expect(languageOfLocale('de-DE')).toBe('en');
    expect(languageOfLocale('')).toBe('en');
    expect(shellLanguage('system', 'fr')).toBe('fr');
    expect(shellLanguage('en', 'fr')).toBe('en');
  });

  it('explains the failures a user can fix, and gives the code for the rest', () => {
    expect(errorSentence(SHELL_LABELS.fr, 'WORKSPACE_LOCKED')).toMatch(/autre fenêtre/);
    expect(errorSentence(SHELL_LABELS.en, 'DISK_FULL')).toBe('The log has the detail (code DISK_FULL).');
  });
});

function strings(labels: ShellLabels): string[] {
  return Object.values(labels).flatMap((group: Record<string, string>) => Object.values(group));
}

describe('French typography of the shell', () => {
  it('uses typographic apostrophes, the ellipsis character and a narrow no-break space before : ; ! ?', () => {
    for (const text of strings(SHELL_LABELS.fr)) {
      expect(text, text).not.toMatch(/'/);
      expect(text, text).not.toMatch(/\.\.\./);
      expect(text, text).not.toMatch(/[^\u202f][:;!?]/);
    }
  });

  it('has every label in both languages', () => {
    expect(strings(SHELL_LABELS.en)).toHaveLength(strings(SHELL_LABELS.fr).length);
    expect(strings(SHELL_LABELS.en).every((text) => text.length > 0)).toBe(true);
  });
});
