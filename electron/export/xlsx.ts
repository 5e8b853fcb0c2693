/**
 * The Excel review file. "Plan": one row per post and account, frozen header, filters, widths and
 * wrapping, a « Décision » drop-down and a « Commentaire » column for the reviewer, every other
 * cell locked (the sheet is protected without a password: it guards against slips, not people).
 * "Résumé"/"Summary": posts per week and account. A very hidden "calepin" sheet carries the
 * marker and version hash the review import checks before reading anything.
 */
import ExcelJS from 'exceljs';
import { selectionSummary } from '../../core/export/selectionSummary.js';
import { Temporal } from 'temporal-polyfill';
import { decisionChoices, formatExportDate } from '../../core/export/format.js';
import { neutraliseCell } from '../../core/export/neutralise.js';
import {
  HIDDEN_COLUMNS,
  MARKER_FORMAT,
  MARKER_FORMAT_VERSION,
  MARKER_SHEET,
  REVIEW_COLUMNS,
  REVIEW_HEADERS,
  REVIEW_WIDTHS,
  REVIEWER_COLUMNS,
  reviewCells,
  type ReviewMarker,
} from '../../core/export/reviewSheet.js';
import { encodeXlsxText } from '../../core/export/xlsxText.js';
import type { Locale } from '../../core/model/index.js';
import type { ExportContext } from './job.js';
import type { FormatWriter } from './writer.js';

const SHEET_NAMES: Record<Locale, { plan: string; summary: string; selection: string }> = {
  fr: { plan: 'Plan', summary: 'Résumé', selection: 'Sélection' },
  en: { plan: 'Plan', summary: 'Summary', selection: 'Selection' },
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E2D6' } };
const REVIEWER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF6D8' } };

/** Points per text line at the default 11 pt font, and Excel's highest row. */
const LINE_POINTS = 15;
const MAX_ROW_POINTS = 409;

/**
 * A row tall enough for its wrapped cells. Neither Excel nor LibreOffice grows rows to fit
 * wrapped text when opening a file, so without this the texts overlap; the estimate counts the
 * lines each paragraph takes at the column's width (an average character is about 1.1 width units).
 */
function rowHeight(values: Record<string, string | number>, wrapped: readonly string[]): number {
  let lines = 1;
  for (const key of wrapped) {
    const text = String(values[key] ?? '');
    if (text === '') continue;
    const perLine = Math.max(1, Math.floor(REVIEW_WIDTHS[key as keyof typeof REVIEW_WIDTHS] / 1.1));
    const count = text
      .split('\n')
      .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
    lines = Math.max(lines, count);
  }
  return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS);
}

interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** Neutralised against formulas, then made safe for XML: what every text cell goes through. */
function safe(value: string | number): string | number {
  return typeof value === 'number' ? value : encodeXlsxText(neutraliseCell(value));
}

export async function writeXlsx(context: ExportContext, tempPath: string): Promise<void> {
  const locale = context.selection.locale;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Calepin';
  workbook.created = context.madeAt;
  workbook.title = `${context.workspace.name} — ${formatExportDate(context.selection.from, locale)} → ${formatExportDate(context.selection.to, locale)}`;
  workbook.description = `Calepin ${context.version}`;

  addPlanSheet(workbook, context, locale);
  addSummarySheet(workbook, context, locale);
  addSelectionSheet(workbook, context, locale);
  addMarkerSheet(workbook, context, locale);
  await workbook.xlsx.writeFile(tempPath);
}

function addPlanSheet(workbook: ExcelJS.Workbook, context: ExportContext, locale: Locale): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES[locale].plan, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
    // A4 landscape, as wide as the page, the header row repeated on every printed page.
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  });
  const headers = REVIEW_HEADERS[locale];
  // Cells are locked by default once the sheet is protected; only the reviewer's columns are
  // unlocked.
  const WRAPPED: readonly string[] = ['text', 'alt', 'approvals', 'comment', 'media'];
  sheet.columns = REVIEW_COLUMNS.map((key) => {
    const reviewer = REVIEWER_COLUMNS.includes(key);
    // Top-aligned everywhere, so a tall row still reads as one line across.
    const style: Partial<ExcelJS.Style> = {
      alignment: WRAPPED.includes(key) ? { vertical: 'top', wrapText: true } : { vertical: 'top' },
    };
    if (reviewer) Object.assign(style, { protection: { locked: false }, fill: REVIEWER_FILL });
    const hidden = HIDDEN_COLUMNS.includes(key);
    // exceljs renders every styled cell's style to find its index: hidden columns go without.
    return { key, header: headers[key], width: REVIEW_WIDTHS[key], hidden, ...(hidden ? {} : { style }) };
  });

  for (const row of context.rows) {
    const cells = reviewCells(row, locale);
    const values: Record<string, string | number> = {};
    for (const key of REVIEW_COLUMNS) values[key] = safe(cells[key]);
    sheet.addRow(values).height = rowHeight(values, WRAPPED);
  }

  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.height = 2 * LINE_POINTS;
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.protection = { locked: true };
  });

  const last = Math.max(2, context.rows.length + 1);
  const decisionColumn = sheet.getColumn('decision').letter;
  const lastVisible = sheet.getColumn('comment').letter;
  sheet.autoFilter = { from: 'A1', to: `${lastVisible}1` };
  // One list validation for the whole column range, written as one <dataValidation sqref="O2:O5001">;
  // exceljs has this range form (its types only declare the per-cell one, slow for 5,000 rows).
  (sheet as unknown as RangeValidations).dataValidations.add(`${decisionColumn}2:${decisionColumn}${last}`, {
    type: 'list',
    allowBlank: true,
    showErrorMessage: true,
    formulae: [`"${decisionChoices(locale).join(',')}"`],
    errorTitle: locale === 'fr' ? 'Décision' : 'Decision',
    error:
      locale === 'fr'
        ? `Choisissez\u202F: ${decisionChoices('fr').join(', ')}.`
        : `Choose: ${decisionChoices('en').join(', ')}.`,
  });
  void sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    autoFilter: true,
    sort: false,
    formatColumns: true,
    formatRows: true,
  });
}

/** Posts per week (Monday in the workspace zone) and account: how busy each account is. */
function addSummarySheet(workbook: ExcelJS.Workbook, context: ExportContext, locale: Locale): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES[locale].summary, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
  });
  const accounts = context.workspace.accounts.filter((a) => context.rows.some((r) => r.account.id === a.id));
  const weeks = new Map<string, Map<string, number>>();
  for (const row of context.rows) {
    const day = Temporal.PlainDate.from(row.workspaceDate);
    const monday = day.subtract({ days: day.dayOfWeek - 1 }).toString();
    const counts = weeks.get(monday) ?? new Map<string, number>();
    counts.set(row.account.id, (counts.get(row.account.id) ?? 0) + 1);
    weeks.set(monday, counts);
  }
  const total = locale === 'fr' ? 'Total' : 'Total';
  sheet.columns = [
    { header: locale === 'fr' ? 'Semaine du' : 'Week of', key: 'week', width: 14 },
    ...accounts.map((a) => ({ header: safe(`${a.displayName} (${a.network})`) as string, key: a.id, width: 18 })),
    { header: total, key: 'total', width: 10 },
  ];
  for (const [monday, counts] of [...weeks].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const values: Record<string, string | number> = { week: formatExportDate(monday, locale) };
    let sum = 0;
    for (const a of accounts) {
      const n = counts.get(a.id) ?? 0;
      values[a.id] = n;
      sum += n;
    }
    values.total = sum;
    sheet.addRow(values);
  }
  const totals: Record<string, string | number> = { week: total, total: context.rows.length };
  for (const a of accounts) totals[a.id] = context.rows.filter((r) => r.account.id === a.id).length;
  sheet.addRow(totals).font = { bold: true };
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).eachCell((cell) => (cell.fill = HEADER_FILL));
}

/** What the file covers and its version, in words, for a reader who only has the file. */
function addSelectionSheet(workbook: ExcelJS.Workbook, context: ExportContext, locale: Locale): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES[locale].selection);
  sheet.columns = [
    { key: 'label', width: 22 },
    { key: 'value', width: 80, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  for (const [label, value] of selectionSummary(context.workspace, context.selection, context.version)) {
    sheet.addRow({ label, value: safe(value) }).getCell('label').font = { bold: true };
  }
}

function addMarkerSheet(workbook: ExcelJS.Workbook, context: ExportContext, locale: Locale): void {
  const marker: ReviewMarker = {
    format: MARKER_FORMAT,
    formatVersion: MARKER_FORMAT_VERSION,
    version: context.version,
    workspaceId: context.workspace.id,
    workspaceName: context.workspace.name,
    madeAt: context.madeAt.toISOString(),
    locale,
    from: context.selection.from,
    to: context.selection.to,
    rows: context.rows.length,
  };
  const sheet = workbook.addWorksheet(MARKER_SHEET, { state: 'veryHidden' });
  for (const [key, value] of Object.entries(marker) as [string, string | number][]) sheet.addRow([key, safe(value)]);
}

export const xlsxWriter: FormatWriter = {
  format: 'xlsx',
  extension: 'xlsx',
  profiles: ['review'],
  write: writeXlsx,
};
