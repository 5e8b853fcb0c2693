/**
 * The contract: every operation of core/api.ts is implemented, and dispatching it with a valid
 * input over a real workspace answers with something its output schema accepts.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_NAMES, operations, type OperationInput, type OperationName } from '../../../core/api.js';
import type { Post } from '../../../core/model/index.js';
import { dispatch } from '../../../electron/api/dispatch.js';
import { writeWorkspaceArchive } from '../../../electron/archive/writeArchive.js';
import { createCalepinService, type CalepinServiceHandle } from '../../../electron/services/createService.js';
import { WorkspaceStore } from '../../../electron/store/WorkspaceStore.js';
import { fixedClock } from '../../helpers/clock.js';
import { makeTempWorkspace, type TempWorkspace } from '../../helpers/workspace.js';

interface Context {
  ws: TempWorkspace;
  post: () => Post;
  backupId: string;
  /** A workspace archive of the sample, for workspaces.restoreArchive. */
  archive: string;
  importFile: string;
  importToken: () => string;
}

/** One valid input per operation, in the order they run (creating a post before reading it…). */
const inputs: { [K in OperationName]: (ctx: Context) => OperationInput<K> } = {
  'app.status': () => ({}),
  'app.setPreferences': () => ({ language: 'en', theme: 'dark' }),
  'app.retrySaves': () => ({}),
  'app.dismissProblem': () => ({}),
  'workspaces.recent': () => ({}),
  'workspaces.backups': () => ({}),
  'workspace.update': () => ({ name: 'Renamed', settings: { defaultTime: '10:30' } }),
  'snippets.save': () => ({ snippets: [{ id: 'sn1', name: 'Horaires', text: 'Ouvert de 7 h à 19 h.' }] }),
  'hashtagGroups.save': () => ({ hashtagGroups: [{ id: 'hg1', name: 'Lyon', hashtags: ['Lyon', 'Boulangerie'] }] }),
  'accounts.setSignature': () => ({ accountId: 'fds-x', signature: '— L’équipe' }),
  'posts.list': () => ({}),
  'posts.create': () => ({
    draft: { title: 'Nouvelle', plannedAt: '2026-03-12T08:00:00.000Z', accounts: [], masterText: 'Bonjour' },
  }),
  'posts.get': (ctx) => ({ id: ctx.post().id }),
  'posts.update': (ctx) => ({ id: ctx.post().id, patch: { title: 'Modifiée' }, expectedRevision: ctx.post().revision }),
  'posts.restore': (ctx) => ({ post: ctx.post() }),
  'posts.delete': (ctx) => ({ id: ctx.post().id }),
  'requests.list': () => ({}),
  'media.list': () => ({}),
  'media.import': () => ({ paths: [path.resolve('assets/sample/images/croissants.jpg')] }),
  'media.pickFiles': () => ({}),
  'media.update': () => ({ id: 'img-croissants', alt: 'Des croissants dorés sur une plaque', tags: ['viennoiserie'] }),
  'media.updateMany': () => ({ ids: ['img-croissants', 'img-tarte'], addTags: ['été'], folder: 'Boutiques/Lyon' }),
  'media.usage': () => ({}),
  'media.delete': () => ({ ids: ['img-tarte'] }),
  'exports.formats': () => ({}),
  'exports.preview': () => ({ selection: { from: '2026-03-01', to: '2026-03-31' } }),
  'exports.create': () => ({ format: 'csv', selection: { from: '2026-03-01', to: '2026-03-31' } }),
  'imports.pickFile': () => ({ title: 'Importer un planning' }),
  'imports.preview': (ctx) => ({ path: ctx.importFile }),
  'imports.apply': (ctx) => ({ token: ctx.importToken(), as: 'Claire Martin' }),
  'workspaces.pickFolder': () => ({ purpose: 'open' }),
  'workspaces.restoreBackup': (ctx) => ({ id: ctx.backupId }),
  'workspaces.create': (ctx) => ({ path: ctx.ws.root.join('Autre.calepin'), name: 'Autre', sample: false }),
  'workspaces.openSample': () => ({}),
  'workspaces.pickArchive': () => ({}),
  'workspaces.restoreArchive': (ctx) => ({ archive: ctx.archive, to: ctx.ws.root.join('Restauré.calepin') }),
  'workspaces.open': (ctx) => ({ path: ctx.ws.dir }),
};

describe('the service contract', () => {
  let ws: TempWorkspace;
  let handle: CalepinServiceHandle;
  let lastPost: Post | null = null;
  let backupId = '';
  let archive = '';
  let importToken = '';
  const errors: unknown[] = [];

  beforeAll(async () => {
    const clock = fixedClock();
    ws = await makeTempWorkspace({ sample: true, clock });
    // A backup to restore, taken the way the app takes them.
    const store = await WorkspaceStore.open(ws.dir, ws.storeOptions());
    backupId = (await store.backupNow('manual')).id;
    await store.close();
    archive = ws.root.join('Exemple.zip');
    await writeWorkspaceArchive(ws.dir, archive, { id: 'sample', name: 'Exemple', createdAt: clock() });
    await writeFile(ws.root.join('plan.csv'), 'Compte,Date,Heure,Texte\nfds-instagram,12/03/2026,09:30,Importé\n');
    handle = createCalepinService({
      dataDir: ws.dataDir,
      host: 'electron',
      systemLocale: 'fr',
      clock,
      open: { path: ws.dir },
      pickFolder: (purpose) => Promise.resolve(path.join(ws.root.path, `picked-for-${purpose}`)),
      backups: { enabled: false },
    });
    await handle.ready;
  });

  afterAll(async () => {
    await handle?.close();
    await ws?.remove();
  });

  it('implements every operation of core/api.ts, and nothing else', () => {
    expect(Object.keys(handle.service).sort()).toEqual([...OPERATION_NAMES].sort());
    for (const name of OPERATION_NAMES) expect(typeof handle.service[name]).toBe('function');
    expect(Object.keys(inputs).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it.each(Object.keys(inputs) as OperationName[])('%s answers a valid input with a valid output', async (name) => {
    const ctx: Context = {
      ws,
      backupId,
      archive,
      importFile: ws.root.join('plan.csv'),
      importToken: () => importToken,
      post: () =>
        lastPost ??
        (() => {
          throw new Error('no post yet');
        })(),
    };
    const input = (inputs[name] as (ctx: Context) => unknown)(ctx);
    expect(operations[name].input.safeParse(input).success, 'the test input itself is valid').toBe(true);
    const result = await dispatch(handle.service, name, input, { error: (_m, detail) => errors.push(detail) });
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
    const checked = operations[name].output.safeParse(result.value);
    expect(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues.slice(0, 3))).toBe(true);
    if (name === 'posts.create' || name === 'posts.update' || name === 'posts.restore') lastPost = result.value as Post;
    if (name === 'imports.preview') importToken = (result.value as { token: string }).token;
    expect(errors).toEqual([]);
  });
});
