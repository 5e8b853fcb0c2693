/**
 * The Exports screen's operations on a real service over the sample: the live count, files in the
 * web host's exports folder (never the workspace), Electron's save dialog and its cancel.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCalepinService, type CalepinServiceHandle } from '../../../electron/services/createService.js';
import { fixedClock } from '../../helpers/clock.js';
import { invoke } from '../../helpers/invoke.js';
import { makeTempWorkspace, type TempWorkspace } from '../../helpers/workspace.js';

let ws: TempWorkspace | null = null;
let handle: CalepinServiceHandle | null = null;

afterEach(async () => {
  await handle?.close();
  await ws?.remove();
  handle = null;
  ws = null;
});

async function start(extra: Partial<Parameters<typeof createCalepinService>[0]> = {}) {
  const clock = fixedClock();
  ws = await makeTempWorkspace({ sample: true, clock });
  handle = createCalepinService({
    dataDir: ws.dataDir,
    host: 'web',
    systemLocale: 'fr',
    clock,
    open: { path: ws.dir },
    backups: { enabled: false },
    ...extra,
  });
  await handle.ready;
  return { ws, service: handle.service };
}

describe('exports in the web host', () => {
  it('counts what a selection holds, and narrows with the filters', async () => {
    const { service } = await start();
    const all = await invoke(service, 'exports.preview', {
      selection: { from: '2026-03-01', to: '2026-04-30', statuses: ['approved', 'scheduled', 'published'] },
    });
    expect(all.rows).toBeGreaterThan(all.posts);
    expect(all.locale).toBe('fr');
    const status = await invoke(service, 'app.status', {});
    const oneAccount = status.workspace!.accounts[0]!.id;
    const narrow = await invoke(service, 'exports.preview', {
      selection: {
        from: '2026-03-01',
        to: '2026-04-30',
        statuses: ['approved', 'scheduled', 'published'],
        accounts: [oneAccount],
      },
    });
    expect(narrow.rows).toBeLessThan(all.rows);
    expect(narrow.rows).toBe(narrow.posts);
    expect(narrow.versionHash).not.toBe(all.versionHash);
  });

  it('writes into <dataDir>/exports under a readable name, a second time beside the first', async () => {
    const { ws, service } = await start();
    const selection = { from: '2026-03-01', to: '2026-03-31' };
    const first = await invoke(service, 'exports.create', { format: 'csv', selection, delimiter: ';' });
    const second = await invoke(service, 'exports.create', { format: 'csv', selection, delimiter: ';' });
    const dir = path.join(ws.dataDir, 'exports');
    expect(path.dirname(first.path!)).toBe(dir);
    expect(path.basename(first.path!)).toBe(
      `Les Fournils de Saône (exemple) 2026-03-01_2026-03-31 ${first.versionHash.slice(0, 12)}.csv`,
    );
    expect(path.basename(second.path!)).toBe(
      `Les Fournils de Saône (exemple) 2026-03-01_2026-03-31 ${first.versionHash.slice(0, 12)} (2).csv`,
    );
    expect(first.bytes).toBe((await readFile(first.path!)).length);
    expect((await readdir(ws.dir)).some((f) => f.endsWith('.csv'))).toBe(false);
  });

  it('refuses an unknown format with INVALID_INPUT', async () => {
    const { service } = await start();
    await expect(invoke(service, 'exports.create', { format: 'docx', selection: {} })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});

describe('exports in Electron', () => {
  it('saves where the dialog says, writes nothing when it is cancelled, and never inside the workspace', async () => {
    let answer: string | null = null;
    const asked: string[] = [];
    const { ws, service } = await start({
      host: 'electron',
      saveExportFile: ({ name }) => {
        asked.push(name);
        return Promise.resolve(answer);
      },
    });
    const cancelled = await invoke(service, 'exports.create', { format: 'csv', selection: {} });
    expect(cancelled.path).toBeNull();
    expect(asked[0]).toMatch(
      /^Les Fournils de Saône \(exemple\) \d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2} [0-9a-f]{12}\.csv$/,
    );

    answer = ws.root.join('choisi.csv');
    const saved = await invoke(service, 'exports.create', { format: 'csv', selection: {} });
    expect(saved.path).toBe(answer);

    answer = path.join(ws.dir, 'dedans.csv');
    await expect(invoke(service, 'exports.create', { format: 'csv', selection: {} })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await readdir(ws.dir)).not.toContain('dedans.csv');
  });
});
