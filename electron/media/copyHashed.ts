/**
 * Copies one file into a temp file while hashing it, in 1 MiB steps: a 2 GB video costs 1 MiB of
 * memory. The source is opened with O_NOFOLLOW and checked on its descriptor, so a file swapped
 * for a link between the listing and the copy is still refused, and what is hashed, probed and
 * stored is the one copy, never the source read twice.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open, unlink, type FileHandle } from 'node:fs/promises';
import { errnoCode } from '../store/fsOps.js';
import { Refusal, SNIFF_BYTES } from './formats.js';

const STEP = 1024 * 1024;

export interface CopiedFile {
  sha256: string;
  bytes: number;
  /** The first bytes, to recognise the format. */
  head: Buffer;
}

/** Turns what opening or reading the source threw into a refusal. */
function sourceRefusal(error: unknown): Refusal {
  const code = errnoCode(error);
  if (code === 'ELOOP' || code === 'EMLINK') return new Refusal('symlink', 'a symbolic link');
  if (code === 'ENOENT' || code === 'ENOTDIR') return new Refusal('not-found', code);
  if (code === 'EISDIR') return new Refusal('not-a-file', code);
  return new Refusal('unreadable', code ?? String(error));
}

export function writeRefusal(error: unknown): Refusal {
  const code = errnoCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new Refusal('disk-full', code);
  return new Refusal('write-failed', code ?? String(error));
}

async function writeAll(handle: FileHandle, data: Buffer): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset);
    offset += bytesWritten;
  }
}

/**
 * Copies `source` to `temp` (created, never overwritten), fsyncs it, and returns its SHA-256.
 * On any failure the temp file is removed and a Refusal thrown.
 */
export async function copyHashed(source: string, temp: string): Promise<CopiedFile> {
  let input: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO must not hang; it is refused below as not a regular file.
    input = await open(source, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw sourceRefusal(error);
  }
  let output: FileHandle | null = null;
  try {
    const info = await input.stat().catch((error: unknown) => Promise.reject(sourceRefusal(error)));
    if (info.isSymbolicLink()) throw new Refusal('symlink', 'a symbolic link');
    if (!info.isFile()) throw new Refusal('not-a-file', 'not a regular file');
    if (info.size === 0) throw new Refusal('empty', 'zero bytes');
    try {
      output = await open(temp, 'wx', 0o666);
    } catch (error) {
      throw writeRefusal(error);
    }
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(STEP);
    const head = Buffer.alloc(SNIFF_BYTES);
    let headLength = 0;
    let bytes = 0;
    for (;;) {
      let read: number;
      try {
        ({ bytesRead: read } = await input.read(buffer, 0, STEP, null));
      } catch (error) {
        throw sourceRefusal(error);
      }
      if (read === 0) break;
      const chunk = buffer.subarray(0, read);
      hash.update(chunk);
      if (headLength < SNIFF_BYTES) headLength += chunk.copy(head, headLength, 0, SNIFF_BYTES - headLength);
      try {
        await writeAll(output, chunk);
      } catch (error) {
        throw writeRefusal(error);
      }
      bytes += read;
    }
    if (bytes === 0) throw new Refusal('empty', 'zero bytes');
    try {
      await output.sync();
      const done = output;
      output = null;
      await done.close();
    } catch (error) {
      throw writeRefusal(error);
    }
    return { sha256: hash.digest('hex'), bytes, head: head.subarray(0, headLength) };
  } catch (error) {
    await output?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error instanceof Refusal ? error : new Refusal('unreadable', String(error));
  } finally {
    await input.close().catch(() => undefined);
  }
}
