/**
 * What the File menu (and a workspace handed over by the OS) does: ask the service to open or
 * create a workspace, then reload the page so that it starts from the new `app.status`. Calls go
 * through `dispatch`, like the renderer's, so inputs are validated and failures come back as
 * `{ code, params }`; a failure is shown in a native message in the shell's language.
 */
import type { CalepinService } from '../../core/api.js';
import type { CalepinErrorData } from '../../core/errors.js';
import { dispatch, type DispatchLog } from '../api/dispatch.js';
import type { PickPurpose } from './dialogs.js';

export interface CommandDeps {
  service: CalepinService;
  log: DispatchLog;
  pickFolder(purpose: PickPurpose): Promise<string | null>;
  newWorkspaceTarget(): Promise<{ path: string; name: string } | null>;
  /** Reload the window's page (no-op when there is no window yet). */
  reload(): void;
  showFailure(kind: 'open' | 'create', error: CalepinErrorData): void;
}

export interface WorkspaceCommands {
  openSample(): Promise<void>;
  openWorkspace(): Promise<void>;
  openWorkspaceAt(folder: string): Promise<void>;
  newWorkspace(): Promise<void>;
}

export function workspaceCommands(deps: CommandDeps): WorkspaceCommands {
  const run = async (kind: 'open' | 'create', name: string, input: unknown): Promise<void> => {
    const result = await dispatch(deps.service, name, input, deps.log);
    if (result.ok) deps.reload();
    else deps.showFailure(kind, result.error);
  };
  return {
    openSample: () => run('open', 'workspaces.openSample', {}),
    openWorkspaceAt: (folder) => run('open', 'workspaces.open', { path: folder }),
    async openWorkspace() {
      const folder = await deps.pickFolder('open');
      if (folder) await run('open', 'workspaces.open', { path: folder });
    },
    async newWorkspace() {
      const target = await deps.newWorkspaceTarget();
      if (target) await run('create', 'workspaces.create', { path: target.path, name: target.name, sample: false });
    },
  };
}
