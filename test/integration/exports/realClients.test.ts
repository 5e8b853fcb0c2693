/**
 * The exports opened by real clients: LibreOffice reads the xlsx and the CSV and converts them
 * back with the expected cells; ical.js reads the feed with the right times across the Paris
 * daylight-saving change of 29 March 2026.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport } from '../../../electron/export/runExport.js';
import { WorkspaceStore } from '../../../electron/store/WorkspaceStore.js';
import { libreOfficeConvert, LO_CSV_UTF8, LO_XLSX } from '../../helpers/libreoffice.js';
import { account, addAccounts } from '../../helpers/exportWorkspace.js';
import { makeTempWorkspace, type TempWorkspace } from '../../helpers/workspace.js';

let ws: TempWorkspace;
let store: WorkspaceStore;
const PERIOD = { from: '2026-03-27', to: '2026-03-31', statuses: ['draft' as const] };

beforeAll(async () => {
  ws = await makeTempWorkspace({ name: 'Fournil', locale: 'fr' });
  await addAccounts(ws.dir, [account('fds-ig', 'instagram', '@fournils', 'Fournils de Saône')]);
  store = await WorkspaceStore.open(ws.dir, ws.storeOptions());
  // 09:00 in Paris on the Friday before the change (08:00 UTC) and the Monday after (07:00 UTC).
  await store.createPost({
    title: 'Avant le changement d’heure',
    status: 'draft',
    plannedAt: '2026-03-27T08:00:00.000Z',
    zone: 'Europe/Paris',
    accounts: ['fds-ig'],
    masterText: '=SOMME(1;2) « pain » 🥖 et @tous',
  } as never);
  await store.createPost({
    title: 'Après le changement d’heure',
    status: 'draft',
    plannedAt: '2026-03-30T07:00:00.000Z',
    zone: 'Europe/Paris',
    accounts: ['fds-ig'],
    masterText: 'Lundi matin, 9 h',
  } as never);
});

afterAll(async () => {
  await store.close();
  await ws.remove();
});

describe('LibreOffice', () => {
  it('opens the xlsx and converts it to CSV with the expected cells, formula text kept as text', async () => {
    const out = ws.root.join('plan.xlsx');
    await runExport('xlsx', { store, selection: PERIOD, out });
    const csv = await libreOfficeConvert(out, LO_CSV_UTF8, ws.root.path);
    const rows: string[][] = parse(await readFile(csv, 'utf8'), { relax_column_count: true });
    expect(rows[0]!.slice(0, 8)).toEqual([
      'Id Calepin',
      'Date',
      'Heure',
      'Fuseau horaire',
      'Compte',
      'Réseau',
      'Statut',
      'Texte',
    ]);
    expect(rows[1]!.slice(1, 8)).toEqual([
      '27/03/2026',
      '09:00',
      'Europe/Paris',
      'Fournils de Saône (@fournils)',
      'instagram',
      'Brouillon',
      "'=SOMME(1;2) « pain » 🥖 et @tous",
    ]);
    expect(rows[2]!.slice(1, 3)).toEqual(['30/03/2026', '09:00']);
  });

  it('opens the semicolon CSV and converts it to xlsx with the expected cells', async () => {
    const out = ws.root.join('plan-fr.csv');
    await runExport('csv', { store, selection: PERIOD, out, delimiter: ';' });
    const bytes = await readFile(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // LibreOffice is told the CSV's separator and encoding, as the import dialog would be.
    const xlsx = await libreOfficeConvert(out, LO_XLSX, ws.root.join('lo'), 'CSV:59,34,76,1');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheet = book.worksheets[0]!;
    const row = (n: number) =>
      (sheet.getRow(n).values as (string | number | undefined)[])
        .slice(1)
        .map((v) => (v === undefined ? '' : String(v)));
    expect(row(1).slice(0, 2)).toEqual(['Id Calepin', 'Compte']);
    expect(row(2)[9]).toBe("'=SOMME(1;2) « pain » 🥖 et @tous");
    expect(row(3)[9]).toBe('Lundi matin, 9 h');
  });
});

describe('ical.js', () => {
  it('reads 09:00 Paris on both sides of the DST change, with the VTIMEZONE and stable UIDs', async () => {
    const out = ws.root.join('plan.ics');
    await runExport('ics', { store, selection: PERIOD, out });
    const text = await readFile(out, 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      '2026-03-27T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
    expect(events.map((e) => `${e.startDate.hour}:${e.startDate.minute} ${e.startDate.zone?.tzid}`)).toEqual([
      '9:0 Europe/Paris',
      '9:0 Europe/Paris',
    ]);
    expect(events[0]!.summary).toBe('Fournils de Saône · Avant le changement d’heure');

    // Moving a post keeps its UID and raises its SEQUENCE, so a calendar updates the event.
    const before = events[1]!;
    const id = before.uid.split('.')[0]!;
    const post = await store.getPost(id);
    await store.updatePost(id, { plannedAt: '2026-03-31T07:00:00.000Z' }, post.revision);
    await runExport('ics', { store, selection: PERIOD, out });
    const again = new ICAL.Component(ICAL.parse(await readFile(out, 'utf8')))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    const moved = again.find((e) => e.uid === before.uid)!;
    expect(moved.sequence).toBeGreaterThan(before.sequence);
    expect(moved.startDate.toJSDate().toISOString()).toBe('2026-03-31T07:00:00.000Z');
    expect(path.basename(out)).toBe('plan.ics');
  });
});

describe('one calendar per account', () => {
  it('writes a folder with one .ics per account, and replaces it on the next export', async () => {
    const out = ws.root.join('calendriers');
    await runExport('ics', { store, selection: PERIOD, out, profile: 'per-account' });
    await runExport('ics', { store, selection: PERIOD, out, profile: 'per-account' });
    expect(await readdir(out)).toEqual(['fds-ig.ics']);
    const calendar = new ICAL.Component(ICAL.parse(await readFile(path.join(out, 'fds-ig.ics'), 'utf8')));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Fournil — Fournils de Saône (instagram) — 27/03/2026 → 31/03/2026',
    );
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(2);
  });
});
