import { EventEmitter } from 'node:events';
import type { App } from 'electron';
import { describe, expect, it } from 'vitest';
import { claimSingleInstance, workspaceArgument } from '../../../electron/shell/singleInstance.js';

describe('a workspace passed at launch', () => {
  it('is the last .calepin argument, made absolute', () => {
    expect(workspaceArgument(['/opt/Calepin/calepin', 'Mon agence.calepin'], '/home/lea')).toBe(
      '/home/lea/Mon agence.calepin',
    );
    expect(workspaceArgument(['electron', '.', '--flag', '/data/A.calepin/', '/data/B.calepin'], '/')).toBe(
      '/data/B.calepin',
    );
  });

  it('ignores flags, the program itself and other paths', () => {
    expect(workspaceArgument(['/x/thing.calepin'], '/')).toBeNull();
    expect(workspaceArgument(['electron', '.', '--user-data-dir=/tmp/a.calepin'], '/')).toBeNull();
    expect(workspaceArgument(['electron', '/home/lea/notes.txt'], '/')).toBeNull();
  });
});

describe('the single-instance lock', () => {
  function fakeApp(lock: boolean) {
    const app = new EventEmitter() as EventEmitter & { requestSingleInstanceLock: () => boolean };
    app.requestSingleInstanceLock = () => lock;
    return app;
  }

  it('tells the second launch to quit', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app as unknown as App, { focus: () => {}, openWorkspace: () => {} })).toBe(false);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('brings the first window forward when Calepin is launched again, opening the workspace it was given', () => {
    const app = fakeApp(true);
    const seen: string[] = [];
    claimSingleInstance(app as unknown as App, {
      focus: () => seen.push('focus'),
      openWorkspace: (folder) => seen.push(folder),
    });
    app.emit('second-instance', {}, ['calepin'], '/home/lea');
    app.emit('second-instance', {}, ['calepin', 'Client.calepin'], '/home/lea');
    expect(seen).toEqual(['focus', 'focus', '/home/lea/Client.calepin']);
  });

  it('opens a workspace macOS hands over (double-click in Finder)', () => {
    const app = fakeApp(true);
    const seen: string[] = [];
    claimSingleInstance(app as unknown as App, { focus: () => {}, openWorkspace: (folder) => seen.push(folder) });
    let prevented = false;
    app.emit('open-file', { preventDefault: () => (prevented = true) }, '/Users/lea/Client.calepin');
    expect(prevented).toBe(true);
    expect(seen).toEqual(['/Users/lea/Client.calepin']);
  });
});
