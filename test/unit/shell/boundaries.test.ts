// The shell's structural rules, checked on the sources (lint catches static imports; this also
// catches dynamic ones and plain mentions).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES, operations } from '../../../core/api.js';
import { OPERATION_NAME_LIST } from '../../../core/apiNames.js';

const root = path.resolve(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(relative);
    return entry.name.endsWith('.ts') ? [relative.split(path.sep).join('/')] : [];
  });
}

const electronFiles = sources('electron');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('the Electron boundary', () => {
  it('only electron/ipc.ts uses ipcMain', () => {
    expect(electronFiles.filter((file) => /\bipcMain\b/.test(read(file)))).toEqual(['electron/ipc.ts']);
  });

  it('only electron/preload.ts uses ipcRenderer', () => {
    expect(electronFiles.filter((file) => /\bipcRenderer\b/.test(read(file)))).toEqual(['electron/preload.ts']);
  });

  it('only the shell imports electron, so services run in plain Node', () => {
    const shell = /^electron\/(main|ipc|preload)\.ts$|^electron\/shell\//;
    const importers = electronFiles.filter((file) =>
      /from ['"]electron['"]|import\(['"]electron['"]\)|require\(['"]electron['"]\)/.test(read(file)),
    );
    expect(importers.filter((file) => !shell.test(file))).toEqual([]);
  });

  it('the preload exposes no generic invoke, send or listener', () => {
    const preload = read('electron/preload.ts');
    expect(preload).not.toMatch(/ipcRenderer\.(send|sendSync|on|once|postMessage)\b/);
    // The operations, and the path of a dropped file (webUtils), nothing else.
    expect([...preload.matchAll(/exposeInMainWorld\('(\w+)'/g)].map((m) => m[1])).toEqual(['calepin', 'calepinFiles']);
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(2);
  });
});

describe('the operation names the preload bundles', () => {
  it('are exactly the contract’s operations, each once', () => {
    expect([...OPERATION_NAME_LIST]).toEqual(Object.keys(operations));
    expect(new Set(OPERATION_NAME_LIST).size).toBe(OPERATION_NAME_LIST.length);
    expect(OPERATION_NAMES).toEqual([...OPERATION_NAME_LIST]);
  });
});
