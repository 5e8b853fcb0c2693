/**
 * The export formats, by name. The PDF plan book and the zip archive add their writers here too, so
 * the CLI, the API and the Exports screen offer exactly the formats that exist.
 */
import { csvWriter } from './csv.js';
import { pdfWriter } from './pdf.js';
import { zipWriter } from './zip.js';
import { icsWriter } from './ics.js';
import type { FormatWriter } from './writer.js';
import { xlsxWriter } from './xlsx.js';

export const EXPORT_WRITERS: Readonly<Record<string, FormatWriter>> = {
  csv: csvWriter,
  pdf: pdfWriter,
  zip: zipWriter,
  xlsx: xlsxWriter,
  ics: icsWriter,
};

export function writerFor(format: string): FormatWriter | undefined {
  return Object.hasOwn(EXPORT_WRITERS, format) ? EXPORT_WRITERS[format] : undefined;
}

export function exportFormats(): string[] {
  return Object.keys(EXPORT_WRITERS);
}
