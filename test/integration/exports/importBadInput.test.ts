/**
 * Every bad import file gets a clear refusal and changes nothing: wrong type, too big, a bad or
 * bloated zip, formulas, a parser that runs out of its memory cap, media paths leaving the file's
 * folder. "Nothing changed" is checked on the real workspace: same posts, no backup taken.
 */
import { symlink, truncate, writeFile, mkdir } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectionSentence } from '../../../core/imports/rejection.js';
import { ImportSession } from '../../../electron/import/importSession.js';
import { parseInChild } from '../../../electron/import/parseInChild.js';
import { WorkspaceStore } from '../../../electron/store/WorkspaceStore.js';
import { account, addAccounts } from '../../helpers/exportWorkspace.js';
import { makeTempWorkspace, type TempWorkspace } from '../../helpers/workspace.js';

let ws: TempWorkspace;
let store: WorkspaceStore;
let postsBefore: string;
const session = new ImportSession();

beforeAll(async () => {
  ws = await makeTempWorkspace();
  await addAccounts(ws.dir, [account('fds-ig', 'instagram', '@fournils', 'Fournils de Saône')]);
  store = await WorkspaceStore.open(ws.dir, ws.storeOptions());
  postsBefore = JSON.stringify(store.listPosts());
});

afterAll(async () => {
  await store.close();
  await ws.remove();
});

async function expectRefused(file: string, reason: string) {
  await expect(session.preview(store, file)).rejects.toMatchObject({ code: 'IMPORT_REJECTED', params: { reason } });
  expect(JSON.stringify(store.listPosts())).toBe(postsBefore);
  expect(await store.backups()).toEqual([]);
}

function zipTo(file: string, fill: (zip: yazl.ZipFile) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    fill(zip);
    zip.end();
    zip.outputStream.pipe(createWriteStream(file)).on('close', resolve).on('error', reject);
  });
}

describe('an import file is refused, with nothing changed, when it', () => {
  it('is neither CSV nor xlsx', async () => {
    const file = ws.root.join('plan.pdf');
    await writeFile(file, '%PDF-1.7');
    await expectRefused(file, 'unsupported_type');
    expect(rejectionSentence('unsupported_type', {}, 'fr')).toBe(
      'Seuls les fichiers .csv et .xlsx peuvent être importés.',
    );
  });

  it('is huge', async () => {
    const file = ws.root.join('enorme.csv');
    await writeFile(file, 'Compte,Texte\n');
    await truncate(file, 25 * 1024 * 1024);
    await expectRefused(file, 'too_large');
  });

  it('is not what its name claims: an image named .csv, a CSV named .xlsx', async () => {
    const png = ws.root.join('image.csv');
    await writeFile(png, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    await expectRefused(png, 'not_text');
    const csv = ws.root.join('tableur.xlsx');
    await writeFile(csv, 'Compte,Texte\nfds-ig,Bonjour\n');
    await expectRefused(csv, 'not_xlsx');
  });

  it('is a badly zipped workbook', async () => {
    const file = ws.root.join('casse.xlsx');
    await writeFile(file, Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(2_000, 7)]));
    await expectRefused(file, 'bad_zip');
  });

  it('is a small workbook that would unpack to ~300 MB (checked from the zip directory, before parsing)', async () => {
    const file = ws.root.join('bombe.xlsx');
    await zipTo(file, (zip) => {
      zip.addBuffer(Buffer.from('<workbook/>'), 'xl/workbook.xml');
      const zeros = new PassThrough();
      zip.addReadStream(zeros, 'xl/worksheets/sheet1.xml', { compressionLevel: 1 });
      const chunk = Buffer.alloc(1024 * 1024);
      let written = 0;
      const pump = () => {
        while (written < 300) {
          written += 1;
          if (!zeros.write(chunk)) return zeros.once('drain', pump);
        }
        zeros.end();
      };
      pump();
    });
    await expectRefused(file, 'unpacked_too_large');
  });

  it('holds formulas: a formula cell in a workbook, a formula-like cell in a CSV row', async () => {
    const file = ws.root.join('formules.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Plan');
    sheet.addRow(['Compte', 'Texte', 'Date']);
    sheet.addRow(['fds-ig', 'Bonjour', { formula: 'TODAY()' }]);
    await book.xlsx.writeFile(file);
    await expectRefused(file, 'formulas');

    const csv = ws.root.join('formule.csv');
    await writeFile(csv, 'Compte,Texte\nfds-ig,"=HYPERLINK(""http://x"",""clic"")"\nfds-ig,Bonjour\n');
    const view = await session.preview(store, csv);
    expect(view.preview.errors).toEqual([{ row: 2, code: 'formula', value: '=HYPERLINK("http://x","clic")' }]);
  });

  it('needs more memory than the parser’s cap: the child dies, Calepin does not', async () => {
    const file = ws.root.join('lourd.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Plan');
    for (let i = 0; i < 20_000; i += 1) sheet.addRow([`fds-ig`, `Texte ${i} `.repeat(20)]);
    await book.xlsx.writeFile(file);
    await expect(
      parseInChild(file, 'xlsx', { heapMegabytes: 16, timeoutMs: 60_000, answerBytes: 64 * 1024 * 1024 }),
    ).rejects.toMatchObject({ code: 'IMPORT_REJECTED', params: { reason: 'out_of_memory' } });
  });

  it('names media files outside its folder, through .. or a link, or files that are not there', async () => {
    const folder = ws.root.join('envoi');
    await mkdir(folder, { recursive: true });
    await writeFile(ws.root.join('secret.png'), 'x');
    await symlink(ws.root.join('secret.png'), `${folder}/lien.png`);
    const csv = `${folder}/plan.csv`;
    await writeFile(
      csv,
      [
        'Compte,Texte,Média',
        'fds-ig,Un,../secret.png',
        'fds-ig,Deux,/etc/passwd',
        'fds-ig,Trois,lien.png',
        'fds-ig,Quatre,absent.png',
      ].join('\n'),
    );
    const view = await session.preview(store, csv);
    expect(view.preview.errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'media_outside_folder'],
      [3, 'media_outside_folder'],
      [4, 'media_outside_folder'],
      [5, 'media_missing'],
    ]);
    expect(view.preview.kind === 'plan' && view.preview.creates).toEqual([]);
  });

  it('has no account or text column (an unrelated spreadsheet)', async () => {
    const file = ws.root.join('budget.csv');
    await writeFile(file, 'Poste,Montant\nFarine,120\n');
    await expectRefused(file, 'no_columns');
  });
});
