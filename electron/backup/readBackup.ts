/**
 * Reads a backup back as a stream of files. A backup that stops before its trailer (disk filled up
 * while writing it, file cut by a copy) is refused rather than half restored.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { CalepinError } from '../../core/errors.js';
import { decodeFileLine, isSafeBackupPath, type BackupFileLine, type BackupHeader } from './backupFormat.js';

export interface BackupContent {
  header: BackupHeader;
  files: AsyncGenerator<{ path: string; bytes: Buffer }>;
}

function broken(file: string, reason: string): CalepinError {
  return new CalepinError('WORKSPACE_CORRUPT', { file, reason });
}

/** Opens a backup; iterate `files` to the end to have it checked against its trailer. */
export async function openBackup(file: string, label: string): Promise<BackupContent> {
  const gunzip = createGunzip();
  const lines = createInterface({ input: createReadStream(file).pipe(gunzip), crlfDelay: Infinity })[
    Symbol.asyncIterator
  ]();
  const onError = (error: unknown) => {
    throw broken(label, error instanceof Error && /unexpected end/i.test(error.message) ? 'truncated' : 'not-json');
  };
  const first = await lines.next().catch(onError);
  let header: BackupHeader;
  try {
    header = JSON.parse(first.done ? '' : first.value) as BackupHeader;
  } catch {
    throw broken(label, 'not-json');
  }
  if (header.calepinBackup !== 1) throw broken(label, 'wrong-shape');

  async function* files(): AsyncGenerator<{ path: string; bytes: Buffer }> {
    let count = 0;
    for (;;) {
      const next = await lines.next().catch(onError);
      if (next.done) throw broken(label, 'truncated');
      let line: BackupFileLine & { end?: boolean; files?: number };
      try {
        line = JSON.parse(next.value) as BackupFileLine & { end?: boolean; files?: number };
      } catch {
        throw broken(label, 'truncated');
      }
      if (line.end === true) {
        if (line.files !== count) throw broken(label, 'truncated');
        return;
      }
      if (!isSafeBackupPath(line.path)) throw broken(label, 'wrong-shape');
      count += 1;
      yield { path: line.path, bytes: decodeFileLine(line) };
    }
  }
  return { header, files: files() };
}
