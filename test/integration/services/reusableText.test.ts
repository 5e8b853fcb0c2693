/**
 * Snippets, hashtag groups and signatures are saved in workspace.json through the contract, survive
 * a reopen, and bad input is refused with a clear code while what was there stays.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationName, WorkspaceInfo } from '../../../core/api.js';
import { dispatch } from '../../../electron/api/dispatch.js';
import { createCalepinService, type CalepinServiceHandle } from '../../../electron/services/createService.js';
import { fixedClock } from '../../helpers/clock.js';
import { makeTempWorkspace, type TempWorkspace } from '../../helpers/workspace.js';

let ws: TempWorkspace;
let handle: CalepinServiceHandle;

function start(): CalepinServiceHandle {
  return createCalepinService({
    dataDir: ws.dataDir,
    host: 'web',
    systemLocale: 'fr',
    clock: fixedClock(),
    open: { path: ws.dir },
    backups: { enabled: false },
  });
}

async function call(name: OperationName, input: unknown) {
  return dispatch(handle.service, name, input, { error: () => undefined });
}

async function ok(name: OperationName, input: unknown): Promise<WorkspaceInfo> {
  const result = await call(name, input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as WorkspaceInfo;
}

beforeAll(async () => {
  ws = await makeTempWorkspace({ sample: true });
  handle = start();
  await handle.ready;
});

afterAll(async () => {
  await handle?.close();
  await ws?.remove();
});

const SNIPPET = { id: 'horaires', name: 'Horaires', text: 'Ouvert de 7 h à 19 h, du mardi au dimanche.' };
const GROUP = { id: 'lyon', name: 'Lyon', hashtags: ['Lyon', 'Boulangerie', 'Croissant'] };

describe('reusable text in the workspace', () => {
  it('starts empty in a workspace that never had any', async () => {
    const status = (await call('app.status', {})) as { ok: true; value: { workspace: WorkspaceInfo } };
    expect(status.value.workspace.snippets).toEqual([]);
    expect(status.value.workspace.hashtagGroups).toEqual([]);
  });

  it('saves snippets, groups and a signature, and finds them again after a reopen', async () => {
    expect((await ok('snippets.save', { snippets: [SNIPPET] })).snippets).toEqual([SNIPPET]);
    expect((await ok('hashtagGroups.save', { hashtagGroups: [GROUP] })).hashtagGroups).toEqual([GROUP]);
    const info = await ok('accounts.setSignature', { accountId: 'fds-x', signature: '  — Les Fournils  ' });
    expect(info.accounts.find((a) => a.id === 'fds-x')?.style.signature).toBe('— Les Fournils');

    const onDisk = JSON.parse(await readFile(path.join(ws.dir, 'workspace.json'), 'utf8'));
    expect(onDisk.snippets).toEqual([SNIPPET]);

    await handle.close();
    handle = start();
    await handle.ready;
    const status = await call('app.status', {});
    const reopened = (status as { ok: true; value: { workspace: WorkspaceInfo } }).value.workspace;
    expect(reopened.snippets).toEqual([SNIPPET]);
    expect(reopened.hashtagGroups).toEqual([GROUP]);
    expect(reopened.accounts.find((a) => a.id === 'fds-x')?.style.signature).toBe('— Les Fournils');
    // The rest of the account is as it was.
    expect(reopened.accounts.find((a) => a.id === 'fds-x')?.handle).toBe('@FournilsSaone');
  });

  it('refuses a snippet without a name and a signature for an unknown account, keeping what was saved', async () => {
    const empty = await call('snippets.save', { snippets: [{ id: 'x', name: '  ', text: 'Texte' }] });
    expect(empty).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = await call('accounts.setSignature', { accountId: 'nobody', signature: 'Salut' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', params: { kind: 'account' } } });
    const status = (await call('app.status', {})) as { ok: true; value: { workspace: WorkspaceInfo } };
    expect(status.value.workspace.snippets).toEqual([SNIPPET]);
  });
});
