import { describe, expect, it } from 'vitest';
import { guessMapping, isSafeRelativePath, previewPlan, type PlanContext } from '../../../core/imports/planImport.js';
import type { ParsedTable } from '../../../core/imports/table.js';
import { ImportRefusal } from '../../../core/imports/reviewImport.js';
import { exportWorkspace, post } from '../../helpers/exportFixtures.js';

const ws = exportWorkspace();
const context = (posts: PlanContext['posts'] = new Map()): PlanContext => ({
  zone: 'Europe/Paris',
  defaultTime: '09:00',
  accounts: ws.accounts,
  labels: ws.labels,
  campaigns: ws.campaigns,
  media: ws.media,
  posts,
});
const table = (rows: string[][]): ParsedTable => ({
  kind: 'csv',
  sheets: [{ name: 'csv', hidden: false, rows }],
  formulas: [],
});

describe('bulk plan import', () => {
  it('maps columns from French, English and schedulers’ headers, whatever the case and accents', () => {
    expect(guessMapping(['Réseau social', 'JOUR', 'heure', 'Message', 'Étiquettes', 'Fichier média'])).toEqual({
      account: 0,
      date: 1,
      time: 2,
      text: 3,
      labels: 4,
      media: 5,
    });
    expect(guessMapping(['date', 'time_24hr', 'message_text', 'Account'])).toEqual({
      date: 0,
      time: 1,
      text: 2,
      account: 3,
    });
  });

  it('reads dates and times in the account’s zone, defaults the time, and keeps an undated row in the backlog', () => {
    const preview = previewPlan(
      table([
        ['Compte', 'Date', 'Heure', 'Texte', 'Étiquettes'],
        ['acc-ig', '29/03/2026', '9h30', 'Après le changement d’heure', 'pain'],
        ['@acc-x', '2026-03-28 18:00', '', 'Date et heure dans une cellule', ''],
        ['acc-li', '', '', 'Pour le backlog', ''],
        ['acc-li', '28/03/2026', '', 'Heure par défaut', ''],
      ]),
      context(),
    );
    expect(preview.errors).toEqual([]);
    expect(preview.creates.map((c) => [c.rows[0]!.accountId, c.rows[0]!.plannedAt, c.rows[0]!.labels])).toEqual([
      ['acc-ig', '2026-03-29T07:30:00.000Z', ['lbl-pain']],
      ['acc-x', '2026-03-28T17:00:00.000Z', []],
      ['acc-li', null, []],
      ['acc-li', '2026-03-28T08:00:00.000Z', []],
    ]);
  });

  it('says what is wrong with each row, by its row number in the spreadsheet', () => {
    const preview = previewPlan(
      table([
        ['Account', 'Date', 'Time', 'Text', 'Labels', 'Status', 'Media'],
        ['', '01/04/2026', '', 'x', '', '', ''],
        ['nobody', '01/04/2026', '', 'x', '', '', ''],
        ['acc-ig', '31/02/2026', '', 'x', '', '', ''],
        ['acc-ig', '01/04/2026', '25:00', 'x', '', '', ''],
        ['acc-ig', '', '10:00', 'x', '', '', ''],
        ['acc-ig', '01/04/2026', '', 'x', 'Inconnue', '', ''],
        ['acc-ig', '01/04/2026', '', 'x', '', 'Peut-être', ''],
        ['acc-ig', '01/04/2026', '', '', '', '', ''],
        ['acc-ig', '01/04/2026', '', '@SUM(1;2)', '', '', ''],
        ['acc-ig', '01/04/2026', '', 'x', '', '', '../../etc/passwd'],
      ]),
      context(),
    );
    expect(preview.errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'missing_account'],
      [3, 'unknown_account'],
      [4, 'bad_date'],
      [5, 'bad_time'],
      [6, 'time_without_date'],
      [7, 'unknown_label'],
      [8, 'unknown_status'],
      [9, 'missing_text'],
      [10, 'formula'],
      [11, 'media_outside_folder'],
    ]);
    expect(preview.creates).toEqual([]);
  });

  it('refuses a post changed since the export, and names an id it does not know', () => {
    const existing = post({ plannedAt: '2026-04-01T07:00:00.000Z', revision: 3 });
    const preview = previewPlan(
      table([
        ['Calepin id', 'Account', 'Text', 'Revision'],
        [existing.id, 'acc-ig', 'x', '2'],
        ['p-gone', 'acc-ig', 'x', '1'],
      ]),
      context(new Map([[existing.id, existing]])),
    );
    expect(preview.errors.map((e) => [e.row, e.code, e.value])).toEqual([
      [2, 'changed_since_export', existing.id],
      [3, 'unknown_post', 'p-gone'],
    ]);
  });

  it('refuses a file with formula cells or without the columns it needs', () => {
    expect(() =>
      previewPlan(
        {
          ...table([
            ['Compte', 'Texte'],
            ['acc-ig', 'x'],
          ]),
          formulas: ['Plan!B2'],
        },
        context(),
      ),
    ).toThrow(ImportRefusal);
    expect(() =>
      previewPlan(
        table([
          ['Poste', 'Montant'],
          ['Farine', '12'],
        ]),
        context(),
      ),
    ).toThrow(/no_columns/);
  });

  it('keeps media paths inside the file’s folder', () => {
    for (const ok of ['photo.jpg', 'visuels/photo.jpg', 'a..b.png']) expect(isSafeRelativePath(ok)).toBe(true);
    for (const bad of ['../x.png', 'a/../../x.png', '/etc/passwd', 'C:\\x.png', '\\\\server\\x.png', 'a\0b']) {
      expect(isSafeRelativePath(bad)).toBe(false);
    }
  });
});
