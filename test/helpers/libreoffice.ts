/**
 * Debian's LibreOffice, headless, as a real spreadsheet client in tests: converts a file and
 * returns the converted file's path. Each call uses its own profile folder (a fresh HOME and
 * UserInstallation), so tests never share or touch a user's LibreOffice settings.
 *
 *   const csv = await libreOfficeConvert(xlsxPath, 'csv:Text - txt - csv (StarCalc):44,34,76', outDir);
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** `csv` UTF-8 with `,` and `"`; `xlsx` Calc's Office Open XML. */
export const LO_CSV_UTF8 = 'csv:Text - txt - csv (StarCalc):44,34,76';
export const LO_XLSX = 'xlsx:Calc Office Open XML';

/** `inFilter` tells LibreOffice how to read the input (for a CSV: separator, quote, charset, first line). */
export async function libreOfficeConvert(
  file: string,
  target: string,
  outDir: string,
  inFilter?: string,
): Promise<string> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'calepin-lo-'));
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        ...(inFilter ? [`--infilter=${inFilter}`] : []),
        '--convert-to',
        target,
        '--outdir',
        outDir,
        file,
      ],
      { env: { ...process.env, HOME: profile }, timeout: 120_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const extension = target.split(':')[0]!;
  return path.join(outDir, `${path.basename(file, path.extname(file))}.${extension}`);
}
