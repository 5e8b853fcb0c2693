/**
 * The review round-trip end to end on a real workspace: export the Excel file, a reviewer fills in
 * decisions and comments (exceljs standing in for Excel), the import previews them per post and
 * applies them with the reviewer's name; a post edited since the export is a conflict, untouched.
 */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CalepinError } from '../../../core/errors.js';
import { runExport } from '../../../electron/export/runExport.js';
import { ImportSession } from '../../../electron/import/importSession.js';
import { WorkspaceStore } from '../../../electron/store/WorkspaceStore.js';
import { fixedClock } from '../../helpers/clock.js';
import { makeTempWorkspace, type TempWorkspace } from '../../helpers/workspace.js';

let ws: TempWorkspace;
let store: WorkspaceStore;
const clock = fixedClock();
const SELECTION = {
  from: '2026-03-10',
  to: '2026-04-30',
  statuses: ['approved' as const, 'scheduled' as const, 'in_review' as const],
};

beforeEach(async () => {
  ws = await makeTempWorkspace({ sample: true, clock });
  store = await WorkspaceStore.open(ws.dir, ws.storeOptions());
});

afterEach(async () => {
  await store.close();
  await ws.remove();
});

/** Opens the exported file like a reviewer, fills cells by column header, saves it. */
async function review(file: string, fill: (sheet: ExcelJS.Worksheet, column: (header: string) => number) => void) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet('Plan')!;
  const headers = (sheet.getRow(1).values as string[]).map(String);
  fill(sheet, (header) => headers.indexOf(header));
  await book.xlsx.writeFile(file);
}

function idsByRow(sheet: ExcelJS.Worksheet): string[] {
  const ids: string[] = [];
  sheet.eachRow((row, n) => (ids[n] = row.getCell(1).text));
  return ids;
}

describe('the Excel review round-trip', () => {
  it('applies decisions and comments per post with the reviewer’s name, and leaves a changed post alone', async () => {
    const file = ws.root.join('relecture.xlsx');
    const exported = await runExport('xlsx', { store, selection: SELECTION, out: file, now: clock() });
    expect(exported.rows).toBeGreaterThan(5);

    let approvedId = '';
    let refusedId = '';
    let editedId = '';
    await review(file, (sheet, column) => {
      const ids = idsByRow(sheet);
      const distinct = [...new Set(ids.slice(2))];
      [approvedId, refusedId, editedId] = distinct as [string, string, string];
      const rowOf = (id: string) => ids.indexOf(id);
      sheet.getRow(rowOf(approvedId)).getCell(column('Décision')).value = 'Approuvé';
      sheet.getRow(rowOf(approvedId)).getCell(column('Commentaire')).value = 'Parfait, on publie.';
      sheet.getRow(rowOf(refusedId)).getCell(column('Décision')).value = 'Refusé';
      sheet.getRow(rowOf(refusedId)).getCell(column('Commentaire')).value = 'Pas ce visuel.';
      sheet.getRow(rowOf(editedId)).getCell(column('Décision')).value = 'Approuvé';
    });
    // Someone edits a post after the export: the reviewer approved an older text.
    const edited = await store.getPost(editedId);
    await store.updatePost(editedId, { masterText: `${edited.masterText} (corrigé)` }, edited.revision);

    const session = new ImportSession();
    const view = await session.preview(store, file);
    expect(view.preview.kind).toBe('review');
    if (view.preview.kind !== 'review') return;
    const byId = new Map(view.preview.items.map((i) => [i.postId, i]));
    expect(byId.get(approvedId)).toMatchObject({ decision: 'approved', note: 'Parfait, on publie.', conflict: null });
    expect(byId.get(refusedId)).toMatchObject({ decision: 'rejected', note: 'Pas ce visuel.', conflict: null });
    expect(byId.get(editedId)).toMatchObject({ decision: 'approved', conflict: 'changed' });
    // Nothing is written by a preview.
    expect((await store.getPost(approvedId)).approvals.some((a) => a.by === 'Claire Martin')).toBe(false);

    const outcome = await session.apply(store, view.token, { as: 'Claire Martin', clock });
    expect(outcome).toMatchObject({ kind: 'review', decisions: 2, conflicts: [editedId] });
    expect((await store.backups()).map((b) => b.reason)).toContain('before-import');

    const approved = await store.getPost(approvedId);
    expect(approved.approvals.at(-1)).toMatchObject({
      by: 'Claire Martin',
      decision: 'approved',
      note: 'Parfait, on publie.',
    });
    expect(['approved', 'scheduled']).toContain(approved.status);
    const refused = await store.getPost(refusedId);
    expect(refused.status).toBe('changes_requested');
    expect(refused.approvals.at(-1)).toMatchObject({ by: 'Claire Martin', decision: 'rejected' });
    const untouched = await store.getPost(editedId);
    expect(untouched.approvals.some((a) => a.by === 'Claire Martin')).toBe(false);

    // The same file again: every post it names has moved on, so nothing is applied twice.
    const again = await session.preview(store, file);
    expect(again.preview.kind === 'review' && again.preview.items.every((i) => i.conflict !== null)).toBe(true);
  });

  it('refuses a damaged export (decision column gone) and one from another workspace, changing nothing', async () => {
    const file = ws.root.join('abime.xlsx');
    await runExport('xlsx', { store, selection: SELECTION, out: file, now: clock() });
    const before = JSON.stringify(store.listPosts());
    const session = new ImportSession();

    const other = await makeTempWorkspace({ sample: true, clock });
    const otherStore = await WorkspaceStore.open(other.dir, other.storeOptions());
    try {
      await expect(session.preview(otherStore, file)).rejects.toMatchObject({
        code: 'IMPORT_REJECTED',
        params: { reason: 'other_workspace' },
      });
    } finally {
      await otherStore.close();
      await other.remove();
    }

    await review(file, (sheet, column) => {
      sheet.getRow(1).getCell(column('Décision')).value = 'Avis';
    });
    const error = await session.preview(store, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CalepinError);
    expect((error as CalepinError).params).toMatchObject({ reason: 'malformed_export', detail: 'decision' });
    expect(JSON.stringify(store.listPosts())).toBe(before);
    expect(await store.backups()).toEqual([]);
  });
});
