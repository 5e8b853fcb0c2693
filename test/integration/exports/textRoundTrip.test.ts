/**
 * Text with HTML, emoji, right-to-left marks, control characters and formula-like starts goes out
 * in every data format and comes back unchanged through our own import; Calepin's generic CSV
 * imports back as it was exported (no change), updates a post by id and creates one without.
 */
import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreCell } from '../../../core/export/neutralise.js';
import { REVIEW_HEADERS } from '../../../core/export/reviewSheet.js';
import { runExport } from '../../../electron/export/runExport.js';
import { ImportSession } from '../../../electron/import/importSession.js';
import { parseInChild } from '../../../electron/import/parseInChild.js';
import { importMediaFiles } from '../../../electron/media/importMedia.js';
import { WorkspaceStore } from '../../../electron/store/WorkspaceStore.js';
import { fixedClock } from '../../helpers/clock.js';
import { account, addAccounts } from '../../helpers/exportWorkspace.js';
import { makeTempWorkspace, type TempWorkspace } from '../../helpers/workspace.js';
import { jpeg } from '../media/generate.js';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

const NASTY = [
  '=1+1 <b>gras</b> & <script>alert("x")</script>',
  'Famille 👩‍👩‍👧 et drapeau 🇫🇷, « guillemets » et l’apostrophe',
  'مرحبا بالعالم \u202Eabc\u202C שלום',
  'contrôle\u0001\u000B\u0007 tab\tet\r\nretour CR\rseul',
  '_x0041_ littéral',
].join('\n');

let ws: TempWorkspace;
let store: WorkspaceStore;
let postId: string;
const clock = fixedClock();
const SELECTION = { from: '2026-03-01', to: '2026-03-31', statuses: ['draft' as const] };

beforeAll(async () => {
  ws = await makeTempWorkspace({ clock });
  await addAccounts(ws.dir, [
    account('fds-ig', 'instagram', '@fournils', 'Fournils de Saône'),
    account('fds-x', 'x', '@FournilsSaone', 'Les Fournils'),
  ]);
  store = await WorkspaceStore.open(ws.dir, ws.storeOptions());
  const post = await store.createPost({
    title: '@titre qui commence comme une formule',
    status: 'draft',
    plannedAt: '2026-03-20T10:00:00.000Z',
    zone: 'Europe/Paris',
    accounts: ['fds-ig', 'fds-x'],
    masterText: NASTY,
  } as never);
  postId = post.id;
});

afterAll(async () => {
  await store.close();
  await ws.remove();
});

describe('awkward text', () => {
  it('survives the xlsx export and our reading of it, character for character', async () => {
    const file = ws.root.join('plan.xlsx');
    await runExport('xlsx', { store, selection: SELECTION, out: file, now: clock() });
    const table = await parseInChild(file, 'xlsx');
    const plan = table.sheets.find((s) => s.name === 'Plan')!;
    const textColumn = plan.rows[0]!.indexOf(REVIEW_HEADERS.fr.text);
    expect(plan.rows.slice(1).map((row) => restoreCell(row[textColumn]!))).toEqual([NASTY, NASTY]);
  });

  it('names its selection and version, in the Excel file and in the calendar feed', async () => {
    const file = ws.root.join('selection.xlsx');
    const result = await runExport('xlsx', { store, selection: SELECTION, out: file, now: clock() });
    const table = await parseInChild(file, 'xlsx');
    const named = new Map(table.sheets.find((s) => s.name === 'Sélection')!.rows.map(([k, v]) => [k, v]));
    expect(named.get('Période')).toBe('01/03/2026 → 31/03/2026');
    expect(named.get('Statuts')).toBe('Brouillon');
    expect(named.get('Version')).toBe(result.version);

    const feed = ws.root.join('plan.ics');
    await runExport('ics', { store, selection: SELECTION, out: feed, now: clock() });
    const unfolded = (await readFile(feed, 'utf8')).replace(/\r\n[ \t]/g, '');
    expect(unfolded).toMatch(new RegExp(`X-WR-CALDESC:.*Période: 01/03/2026 → 31/03/2026.*Version: ${result.version}`));
  });

  for (const delimiter of [',', ';'] as const) {
    it(`survives the generic CSV (${delimiter}) and imports back as no change at all`, async () => {
      const file = ws.root.join(`plan${delimiter === ';' ? '-fr' : ''}.csv`);
      await runExport('csv', { store, selection: SELECTION, out: file, delimiter, now: clock() });
      const view = await new ImportSession().preview(store, file);
      expect(view.preview.errors).toEqual([]);
      expect(view.preview.kind === 'plan' && view.preview.updates.map((u) => [u.postId, u.changes])).toEqual([
        [postId, []],
      ]);
    });
  }

  it('updates a post by id after the preview, and creates one for a row without id', async () => {
    const file = ws.root.join('modifie.csv');
    await runExport('csv', { store, selection: SELECTION, out: file, now: clock() });
    const lines = (await readFile(file, 'utf8')).split('\r\n');
    // The X row gets its own text; a new row without id asks for a new post.
    const edited = lines.map((l) => (l.includes('fds-x') ? l.replace('Famille', 'Tribu') : l));
    edited.splice(edited.length - 1, 0, ',fds-ig,,,21/03/2026,18:30,,Brouillon,Nouveau,Un nouveau post,,,,,,');
    await writeFile(file, edited.join('\r\n'));

    const session = new ImportSession();
    const view = await session.preview(store, file);
    expect(view.preview.errors).toEqual([]);
    if (view.preview.kind !== 'plan') throw new Error('expected a plan');
    expect(view.preview.updates.map((u) => u.changes)).toEqual([['text:fds-x']]);
    expect(view.preview.creates).toHaveLength(1);
    expect((await store.getPost(postId)).revision).toBe(1);

    const outcome = await session.apply(store, view.token, { as: 'test', clock });
    expect(outcome).toMatchObject({ created: 1, updated: 1, conflicts: [] });
    const post = await store.getPost(postId);
    expect(post.masterText).toBe(NASTY);
    expect(post.variants.find((v) => v.accountId === 'fds-x')).toMatchObject({
      customised: true,
      text: NASTY.replace('Famille', 'Tribu'),
    });
    const created = store.listPosts().find((p) => p.title === 'Nouveau')!;
    expect(created).toMatchObject({ plannedAt: '2026-03-21T17:30:00.000Z', accounts: ['fds-ig'], status: 'draft' });
    expect((await store.backups()).map((b) => b.reason)).toEqual(['before-import']);
  });
});

describe('media named in a generic CSV', () => {
  it('attaches a library picture to the variant when its name is added to the row, and leaves media alone without the column', async () => {
    await jpeg(ws.root.join('vitrine.jpg'), 1080, 1350);
    const [imported] = await importMediaFiles(store, [ws.root.join('vitrine.jpg')], { clock });
    expect(imported?.status).toBe('imported');
    const mediaId = imported?.id ?? '';
    const item = store.listMedia().find((m) => m.id === mediaId)!;

    const file = ws.root.join('avec-media.csv');
    await runExport('csv', { store, selection: SELECTION, out: file, now: clock() });
    const rows: string[][] = parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
    const header = rows[0]!;
    const media = header.indexOf('Médias');
    const accountColumn = header.indexOf('Compte');
    const idColumn = header.indexOf('Id Calepin');
    expect(media).toBeGreaterThan(-1);
    const edited = rows.map((row, index) =>
      index > 0 && row[idColumn] === postId && row[accountColumn] === 'fds-ig'
        ? row.map((cell, c) => (c === media ? item.name : cell))
        : row,
    );
    await writeFile(file, stringify(edited, { record_delimiter: '\r\n' }));

    const session = new ImportSession();
    const view = await session.preview(store, file);
    expect(view.preview.errors).toEqual([]);
    if (view.preview.kind !== 'plan') throw new Error('expected a plan');
    expect(view.preview.updates.flatMap((u) => u.changes)).toEqual(['media:fds-ig']);
    await session.apply(store, view.token, { as: 'test', clock });
    const post = await store.getPost(postId);
    expect(post.variants.find((v) => v.accountId === 'fds-ig')?.media.map((m) => m.mediaId)).toEqual([mediaId]);

    // The same plan without its media column changes nothing: a missing column is not "no media".
    const withoutMedia = edited.map((row) => row.filter((_, c) => c !== media));
    await writeFile(file, stringify(withoutMedia, { record_delimiter: '\r\n' }));
    const again = await new ImportSession().preview(store, file);
    if (again.preview.kind !== 'plan') throw new Error('expected a plan');
    expect(again.preview.updates.flatMap((u) => u.changes)).toEqual([]);
  });
});

describe('a plan made in Excel', () => {
  it('imports real date and time cells as the wall-clock time in the account’s zone', async () => {
    const file = ws.root.join('planning.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Planning');
    sheet.addRow(['Date', 'Heure', 'Compte', 'Texte', 'Étiquettes']);
    // Excel keeps a date as a day number and a time as a fraction of a day; exceljs hands them over as UTC Dates.
    sheet.addRow([new Date(Date.UTC(2026, 2, 30)), new Date(Date.UTC(1899, 11, 30, 9, 15)), '@fournils', 'Lundi', '']);
    sheet.addRow(['31/03/2026', '18h00', 'Les Fournils', 'Mardi', '']);
    await book.xlsx.writeFile(file);
    const view = await new ImportSession().preview(store, file);
    expect(view.preview.errors).toEqual([]);
    if (view.preview.kind !== 'plan') throw new Error('expected a plan');
    expect(view.preview.creates.map((c) => [c.rows[0]!.accountId, c.rows[0]!.plannedAt])).toEqual([
      ['fds-ig', '2026-03-30T07:15:00.000Z'],
      ['fds-x', '2026-03-31T16:00:00.000Z'],
    ]);
  });
});
