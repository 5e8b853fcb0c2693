// Runs in a child process with a capped heap (see parseInChild.ts): turns an import file into
// plain rows of text. Plain JavaScript because it is started with `node` directly, from the
// sources in tests and from out/ in the app and the CLI, with nothing to compile.
//
// argv: <file> <csv|xlsx>. stdout: one JSON object, { ok: true, table } or { ok: false, reason, detail }.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

const [file, kind] = process.argv.slice(2);

function done(message) {
  process.stdout.write(JSON.stringify(message), () => process.exit(0));
}

const pad = (n) => String(n).padStart(2, '0');

/** Excel keeps dates as numbers that exceljs hands over as UTC Dates; times alone sit on 1899-12-30. */
function dateText(date) {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  if (day === '1899-12-30') return time;
  return time === '00:00' ? day : `${day} ${time}`;
}

function cellText(value) {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    if (Array.isArray(value.richText)) return value.richText.map((part) => part.text ?? '').join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}

async function readXlsx() {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: String(error?.message ?? error).slice(0, 200) };
  }
  const formulas = [];
  const sheets = [];
  workbook.eachSheet((sheet) => {
    const rows = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const cells = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        if (cell.formula || cell.sharedFormula || cell.type === ExcelJS.ValueType.Formula) {
          if (formulas.length < 5) formulas.push(`${sheet.name}!${cell.address}`);
        }
        cells[column - 1] = cellText(cell.value);
      });
      rows[number - 1] = Array.from(cells, (c) => c ?? '');
    });
    sheets.push({ name: sheet.name, hidden: sheet.state !== 'visible', rows: Array.from(rows, (r) => r ?? []) });
  });
  return { ok: true, table: { kind: 'xlsx', sheets, formulas } };
}

/** UTF-8 (with or without BOM) or, failing that, Windows-1252: what French Excel saves "CSV" as. */
function decode(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function guessDelimiter(text) {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length]);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 1 ? counts[0][0] : ',';
}

async function readCsv() {
  const text = decode(await readFile(file));
  const delimiter = guessDelimiter(text);
  try {
    const rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, bom: true });
    return {
      ok: true,
      table: { kind: 'csv', delimiter, sheets: [{ name: 'csv', hidden: false, rows }], formulas: [] },
    };
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: String(error?.message ?? error).slice(0, 200) };
  }
}

done(kind === 'xlsx' ? await readXlsx() : await readCsv());
