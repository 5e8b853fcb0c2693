// Loads the real preload bundle (built by scripts/build-node.mjs, as `npm run build` does) the way
// a sandboxed renderer does: a CommonJS script whose `require` only knows 'electron'. Electron
// itself cannot run here, so contextBridge and ipcRenderer are recorders; the code under test is
// the bundle, unchanged.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../../core/api.js';

const root = path.resolve(import.meta.dirname, '../../..');
const bundlePath = path.join(root, 'out/preload/preload.cjs');

interface Loaded {
  exposed: Array<{ key: string; api: Record<string, (input: unknown) => Promise<unknown>> }>;
  invoked: Array<{ channel: string; args: unknown[] }>;
  required: string[];
}

function loadPreload(): Loaded {
  const loaded: Loaded = { exposed: [], invoked: [], required: [] };
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: Loaded['exposed'][number]['api']) => loaded.exposed.push({ key, api }),
    },
    webUtils: {
      getPathForFile: (file: { fakePath?: string }) => {
        if (file.fakePath === undefined) throw new Error('not a file');
        return file.fakePath;
      },
    },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => {
        loaded.invoked.push({ channel, args });
        return Promise.resolve({ ok: true, value: channel });
      },
    },
  };
  const module = { exports: {} };
  const sandboxRequire = (name: string) => {
    loaded.required.push(name);
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return electron;
  };
  const code = readFileSync(bundlePath, 'utf8');
  // No process, Buffer or other Node globals: a sandboxed preload does not have them either.
  const wrapper = vm.runInNewContext(
    `(function (require, module, exports) {${code}\n})`,
    {},
    { filename: bundlePath },
  ) as (require: (name: string) => unknown, module: unknown, exports: unknown) => void;
  wrapper(sandboxRequire, module, module.exports);
  return loaded;
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-node.mjs', 'preload'], { cwd: root, stdio: 'pipe' });
});

describe('the preload bridge', () => {
  it('is one small CommonJS file that needs nothing but electron', () => {
    const code = readFileSync(bundlePath, 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    // The zod schemas stay out of the renderer process: the names are all it needs.
    expect(code.length).toBeLessThan(10_000);
    expect(loadPreload().required).toEqual(['electron']);
  });

  it('exposes window.calepin, one function per operation, and window.calepinFiles, the path of a dropped file', () => {
    const { exposed } = loadPreload();
    expect(exposed.map((entry) => entry.key)).toEqual(['calepin', 'calepinFiles']);
    const files = exposed[1]?.api as unknown as { pathForFile: (file: object) => string };
    expect(Object.keys(files)).toEqual(['pathForFile']);
    expect(files.pathForFile({ fakePath: '/home/cm/Images/vitrine.jpg' })).toBe('/home/cm/Images/vitrine.jpg');
    // Pasted bytes have no file behind them: an empty path, never an exception in the page.
    expect(files.pathForFile({})).toBe('');
    const api = exposed[0]?.api ?? {};
    expect(Object.keys(api).sort()).toEqual([...OPERATION_NAMES].sort());
    for (const name of OPERATION_NAMES) expect(typeof api[name]).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each call on its own channel with the input only', async () => {
    const { exposed, invoked } = loadPreload();
    const api = exposed[0]?.api ?? {};
    const input = { id: 'post-1', patch: { title: 'Soldes d’été' } };
    await expect(api['posts.update']?.(input)).resolves.toEqual({ ok: true, value: 'calepin:posts.update' });
    await api['app.status']?.({});
    expect(invoked).toEqual([
      { channel: 'calepin:posts.update', args: [input] },
      { channel: 'calepin:app.status', args: [{}] },
    ]);
  });

  it('offers no way to reach another channel', () => {
    const api = loadPreload().exposed[0]?.api ?? {};
    for (const generic of ['invoke', 'send', 'on', 'ipcRenderer', 'require']) expect(api[generic]).toBeUndefined();
  });
});
