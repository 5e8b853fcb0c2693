/**
 * CSV exports: Calepin's generic plan table (imports back as it was exported), and the bulk-import
 * layouts of two schedulers so a plan can be handed to the tool that will publish it. UTF-8 with a
 * BOM (Excel reads UTF-8 only with one), `,` or `;` (French Excel), formula cells neutralised.
 */
import { writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import type { Locale } from '../../core/model/index.js';
import { formatExportDate } from '../../core/export/format.js';
import { neutraliseCell } from '../../core/export/neutralise.js';
import { PLAN_COLUMNS, PLAN_HEADERS, planCells } from '../../core/export/planColumns.js';
import type { ExportRow } from '../../core/export/selection.js';
import type { ExportContext } from './job.js';
import type { FormatWriter } from './writer.js';

interface CsvProfile {
  /** Header row, or null for a layout that has none. */
  header(locale: Locale): string[] | null;
  cells(row: ExportRow, locale: Locale): string[];
}

/** US order for English (what Hootsuite and Sprout propose by default there), day first in French. */
function schedulerDate(date: string, locale: Locale): string {
  if (locale === 'fr') return formatExportDate(date, 'fr');
  const [year, month, day] = date.split('-');
  return `${month}/${day}/${year}`;
}

const PROFILES: Record<string, CsvProfile> = {
  generic: {
    header: (locale) => PLAN_COLUMNS.map((c) => PLAN_HEADERS[locale][c]),
    cells: (row, locale) => {
      const cells = planCells(row, locale);
      return PLAN_COLUMNS.map((c) => cells[c]);
    },
  },
  /**
   * Hootsuite's bulk composer: no header; column A the date and time ("dd/mm/yyyy hh:mm" or
   * "mm/dd/yyyy hh:mm", picked on upload), column B the message, column C an optional link.
   * Sources: Hootsuite's bulk message upload as described at
   * https://kim-iverson-headlee.blogspot.com/2016/08/the-business-of-writing-using-hootsuite.html
   * and http://jycalcano.blogspot.com/2015/07/post-8-hootsuite-bulk-messaging.html
   * One file per social profile there, so export with --accounts ID.
   */
  hootsuite: {
    header: () => null,
    cells: (row, locale) => [`${schedulerDate(row.date, locale)} ${row.time}`, row.text, ''],
  },
  /**
   * Sprout Social's bulk scheduling: required, case-sensitive headers `date` (dd/mm/yyyy or
   * mm/dd/yyyy, as set in the import preferences), `time_24hr` and `message_text`.
   * Source: https://support.sproutsocial.com/hc/en-us/articles/115005864203-How-do-I-use-bulk-scheduling
   */
  sprout: {
    header: () => ['date', 'time_24hr', 'message_text'],
    cells: (row, locale) => [schedulerDate(row.date, locale), row.time, row.text],
  },
};

export const CSV_PROFILES = Object.keys(PROFILES);

export async function writeCsv(context: ExportContext, tempPath: string): Promise<void> {
  const profile = PROFILES[context.job.profile ?? 'generic'];
  if (!profile) throw new Error(`unknown CSV profile ${context.job.profile}`);
  const locale = context.selection.locale;
  const header = profile.header(locale);
  const records = context.rows.map((row) => profile.cells(row, locale).map(neutraliseCell));
  // A plan is a few MB at most (5,000 rows): one string, one write, no stream to fail half-way.
  const text = stringify(header ? [header, ...records] : records, {
    delimiter: context.job.delimiter ?? ',',
    bom: true,
    record_delimiter: '\r\n',
  });
  await writeFile(tempPath, text, { flag: 'wx' });
}

export const csvWriter: FormatWriter = {
  format: 'csv',
  extension: 'csv',
  profiles: CSV_PROFILES,
  write: writeCsv,
};
