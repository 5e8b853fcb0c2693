/**
 * The checks an import file passes before any parser sees it: its type (by name and by content),
 * its size, and for an xlsx (a zip) the sizes its entries declare once unpacked, read from the
 * zip's central directory with yauzl without inflating anything. A 1.3 MB workbook that unpacks
 * to 300 MB is refused here; a lying zip is caught by the parser's memory cap instead.
 */
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import yauzl from 'yauzl';
import { rejected } from './importError.js';

export type ImportFileKind = 'csv' | 'xlsx';

export const IMPORT_LIMITS = {
  /** A plan of 5,000 rows is about 2 MB of CSV or 1 MB of xlsx; 20 MB leaves ample room. */
  fileBytes: 20 * 1024 * 1024,
  /** Everything an xlsx unpacks to, and any one of its parts. */
  unpackedBytes: 100 * 1024 * 1024,
  entryBytes: 60 * 1024 * 1024,
  entries: 2_000,
};

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export async function checkImportFile(file: string, limits = IMPORT_LIMITS): Promise<ImportFileKind> {
  const extension = path.extname(file).toLowerCase();
  const kind: ImportFileKind | null =
    extension === '.csv' || extension === '.txt' ? 'csv' : extension === '.xlsx' ? 'xlsx' : null;
  if (!kind) throw rejected('unsupported_type', file, extension);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw rejected('unreadable', file, 'not a file');
  if (info.size === 0) throw rejected('empty', file);
  if (info.size > limits.fileBytes)
    throw rejected('too_large', file, `${megabytes(info.size)} > ${megabytes(limits.fileBytes)}`);

  const head = await readHead(file, 8_192);
  const isZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  if (kind === 'xlsx') {
    if (!isZip) throw rejected('not_xlsx', file);
    await checkZip(file, limits);
  } else if (isZip || head.includes(0)) {
    throw rejected('not_text', file);
  }
  return kind;
}

async function readHead(file: string, bytes: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function checkZip(file: string, limits: typeof IMPORT_LIMITS): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: true, strictFileNames: true }, (error, zip) => {
      if (error || !zip) {
        reject(rejected('bad_zip', file, error?.message ?? ''));
        return;
      }
      let total = 0;
      let count = 0;
      let workbook = false;
      const fail = (reason: Parameters<typeof rejected>[0], detail: string) => {
        zip.close();
        reject(rejected(reason, file, detail));
      };
      zip.on('error', (e: Error) => fail('bad_zip', e.message));
      zip.on('entry', (entry: yauzl.Entry) => {
        count += 1;
        total += entry.uncompressedSize;
        if (entry.fileName === 'xl/workbook.xml') workbook = true;
        if (count > limits.entries) return fail('unpacked_too_large', `${count} parts`);
        if (entry.uncompressedSize > limits.entryBytes || total > limits.unpackedBytes) {
          return fail('unpacked_too_large', megabytes(Math.max(total, entry.uncompressedSize)));
        }
        zip.readEntry();
      });
      zip.on('end', () => {
        if (!workbook) reject(rejected('not_xlsx', file));
        else resolve();
      });
      zip.readEntry();
    });
  });
}
