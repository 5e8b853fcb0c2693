// The File menu's workspace commands over the real service on temp folders; only the native
// dialogs and the page reload are stand-ins.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CalepinErrorData } from '../../../core/errors.js';
import { createCalepinService, type CalepinServiceHandle } from '../../../electron/services/createService.js';
import { workspaceCommands } from '../../../electron/shell/commands.js';

let dir = '';
let handle: CalepinServiceHandle;
let reloads = 0;
let failures: Array<{ kind: string; error: CalepinErrorData }> = [];
let picked: string | null = null;
let target: { path: string; name: string } | null = null;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'calepin-commands-'));
  handle = createCalepinService({
    dataDir: path.join(dir, 'data'),
    host: 'electron',
    systemLocale: 'fr',
    open: 'none',
    sampleImagesDir: null,
    backups: { enabled: false },
  });
  reloads = 0;
  failures = [];
  picked = null;
  target = null;
});

afterEach(async () => {
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
});

function commands() {
  return workspaceCommands({
    service: handle.service,
    log: { error: () => {} },
    pickFolder: () => Promise.resolve(picked),
    newWorkspaceTarget: () => Promise.resolve(target),
    reload: () => (reloads += 1),
    showFailure: (kind, error) => failures.push({ kind, error }),
  });
}

const openName = async () => (await handle.service['app.status']({})).workspace?.name ?? null;

describe('File menu', () => {
  it('“Open sample” opens the sample and reloads the page on it', async () => {
    await commands().openSample();
    expect(reloads).toBe(1);
    expect(failures).toEqual([]);
    expect(await openName()).toMatch(/exemple/i);
  });

  it('“New workspace…” creates the folder the user named and opens it', async () => {
    target = { path: path.join(dir, 'Boulangerie Martin.calepin'), name: 'Boulangerie Martin' };
    await commands().newWorkspace();
    expect(failures).toEqual([]);
    expect(reloads).toBe(1);
    expect(existsSync(path.join(dir, 'Boulangerie Martin.calepin', 'workspace.json'))).toBe(true);
    expect(await openName()).toBe('Boulangerie Martin');
  });

  it('“Open workspace…” opens the folder picked, and reopens one created before', async () => {
    target = { path: path.join(dir, 'Client A.calepin'), name: 'Client A' };
    await commands().newWorkspace();
    await commands().openSample();
    picked = path.join(dir, 'Client A.calepin');
    await commands().openWorkspace();
    expect(failures).toEqual([]);
    expect(await openName()).toBe('Client A');
  });

  it('does nothing when a dialog is cancelled', async () => {
    await commands().openWorkspace();
    await commands().newWorkspace();
    expect(reloads).toBe(0);
    expect(failures).toEqual([]);
  });

  it('says why a folder cannot be opened, and keeps the page as it is', async () => {
    picked = path.join(dir, 'not-a-workspace');
    mkdirSync(picked);
    writeFileSync(path.join(picked, 'notes.txt'), 'courses');
    await commands().openWorkspace();
    expect(reloads).toBe(0);
    expect(failures).toHaveLength(1);
    expect(failures[0]?.kind).toBe('open');
    expect(failures[0]?.error.code).toMatch(/^WORKSPACE_/);
  });

  it('opens a workspace the OS handed over (double-click, second launch)', async () => {
    target = { path: path.join(dir, 'Client B.calepin'), name: 'Client B' };
    await commands().newWorkspace();
    await commands().openSample();
    await commands().openWorkspaceAt(path.join(dir, 'Client B.calepin'));
    expect(await openName()).toBe('Client B');
  });
});
