/**
 * Reading PDFs in tests with Debian's poppler-utils, the way a stakeholder's viewer would:
 *
 *   const text = await pdfText(file);                  // pdftotext -layout off, whitespace folded
 *   const info = await pdfInfo(file);                  // { pages, width, height } in points
 *   const pngs = await pdfPages(file, dir, 60);        // pdftoppm -png -r 60: one PNG per page
 */
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The text of every page, with all whitespace (line breaks, U+202F, U+00A0) folded to one space. */
export async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return foldSpace(stdout);
}

export function foldSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export interface PdfInfo {
  pages: number;
  /** Points, of the first page. */
  width: number;
  height: number;
}

export async function pdfInfo(file: string): Promise<PdfInfo> {
  const { stdout } = await run('pdfinfo', [file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** A4 in points: 595.28 × 841.89. */
export const A4 = { short: 595.28, long: 841.89 };

export async function pdfPages(file: string, outDir: string, dpi = 60): Promise<string[]> {
  const prefix = path.join(outDir, path.basename(file, '.pdf'));
  await run('pdftoppm', ['-png', '-r', String(dpi), file, prefix]);
  const base = path.basename(prefix);
  return (await readdir(outDir))
    .filter((f) => f.startsWith(base) && f.endsWith('.png'))
    .sort()
    .map((f) => path.join(outDir, f));
}
