import { describe, expect, it, vi } from 'vitest';
import { OPERATION_NAMES, type CalepinService } from '../../../core/api.js';
import { isTrustedSender, registerCalepinIpc, type InvokeEventLike, type IpcRegistrar } from '../../../electron/ipc.js';

// Outside Electron, loading the 'electron' package tries to download the binary and throws. The
// handlers under test never touch it: the registrar is passed in (the Registrar below).
vi.mock('electron', () => ({ ipcMain: null }));

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** Plays ipcMain's part: keeps the handlers by channel so the test can invoke them like a page would. */
class Registrar implements IpcRegistrar {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener) {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
  invoke(channel: string, url: string | null, input: unknown, parent: unknown = null) {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ senderFrame: url === null ? null : { url, parent } }, input);
  }
}

/** Records what reaches the service; the shell's job is deciding what may reach it. */
function recordingService() {
  const calls: Array<{ name: string; input: unknown }> = [];
  const service = Object.fromEntries(
    OPERATION_NAMES.map((name) => [
      name,
      (input: unknown) => {
        calls.push({ name, input });
        return Promise.resolve(name === 'posts.list' ? [] : { path: null });
      },
    ]),
  ) as unknown as CalepinService;
  return { service, calls };
}

function setUp() {
  const registrar = new Registrar();
  const errors: string[] = [];
  const { service, calls } = recordingService();
  const dispose = registerCalepinIpc({ registrar, service, log: { error: (message) => errors.push(message) } });
  return { registrar, calls, errors, dispose };
}

describe('IPC handlers', () => {
  it('registers exactly one channel per operation and nothing generic', () => {
    const { registrar } = setUp();
    expect([...registrar.handlers.keys()].sort()).toEqual(OPERATION_NAMES.map((name) => `calepin:${name}`).sort());
  });

  it('runs a call from the app page through the contract', async () => {
    const { registrar, calls } = setUp();
    await expect(registrar.invoke('calepin:posts.list', 'app://calepin/index.html', {})).resolves.toEqual({
      ok: true,
      value: [],
    });
    await expect(
      registrar.invoke('calepin:workspaces.pickFolder', 'app://calepin/index.html#/settings', { purpose: 'open' }),
    ).resolves.toEqual({
      ok: true,
      value: { path: null },
    });
    expect(calls).toEqual([
      { name: 'posts.list', input: {} },
      { name: 'workspaces.pickFolder', input: { purpose: 'open' } },
    ]);
  });

  it('validates the payload before the service sees it', async () => {
    const { registrar, calls } = setUp();
    const result = (await registrar.invoke('calepin:workspaces.pickFolder', 'app://calepin/index.html', {
      purpose: 'format-disk',
    })) as {
      ok: boolean;
      error: { code: string };
    };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('INVALID_INPUT');
    const extra = (await registrar.invoke('calepin:posts.list', 'app://calepin/index.html', { sql: 'DROP' })) as {
      ok: boolean;
    };
    expect(extra.ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['a local file', 'file:///tmp/page.html'],
    ['a look-alike host', 'app://calepin.evil/index.html'],
    ['the web host', 'http://127.0.0.1:4000/'],
    ['a devtools page', 'devtools://devtools/bundled/inspector.html'],
  ])('refuses a call from %s and never reaches the service', async (_what, url) => {
    const { registrar, calls, errors } = setUp();
    await expect(registrar.invoke('calepin:posts.list', url, {})).rejects.toThrow('Refused');
    expect(calls).toEqual([]);
    expect(errors).toHaveLength(1);
  });

  it('refuses a call from a frame inside the app page, or from a frame that is gone', async () => {
    const { registrar, calls } = setUp();
    await expect(
      registrar.invoke('calepin:posts.list', 'app://calepin/index.html', {}, { url: 'app://calepin/index.html' }),
    ).rejects.toThrow('Refused');
    await expect(registrar.invoke('calepin:posts.list', null, {})).rejects.toThrow('Refused');
    expect(calls).toEqual([]);
  });

  it('removes every handler when disposed', () => {
    const { registrar, dispose } = setUp();
    dispose();
    expect(registrar.handlers.size).toBe(0);
  });

  it('accepts an injected sender check (e.g. a second trusted window)', async () => {
    const registrar = new Registrar();
    const { service, calls } = recordingService();
    registerCalepinIpc({ registrar, service, log: { error: () => {} }, isTrusted: () => false });
    await expect(registrar.invoke('calepin:posts.list', 'app://calepin/index.html', {})).rejects.toThrow('Refused');
    expect(calls).toEqual([]);
  });
});

describe('the default sender check', () => {
  it('trusts only the top-level app page', () => {
    expect(isTrustedSender({ senderFrame: { url: 'app://calepin/index.html', parent: null } })).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'app://calepin/', parent: null } })).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'app://user@calepin/', parent: null } })).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: '', parent: null } })).toBe(false);
  });
});
