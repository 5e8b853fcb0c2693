/**
 * Writing an export without ever leaving a partial file: the bytes go to a hidden temp file next
 * to the destination, which is renamed over it only once complete; any failure removes the temp
 * file and leaves whatever was at the destination before untouched.
 */
import { createWriteStream } from 'node:fs';
import { open, rename, stat, unlink } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { syncDirectory, tempNameFor } from '../store/durableWrite.js';
import path from 'node:path';

/** Streams `source` into `file` atomically; resolves with the size written. */
export async function writeStreamAtomically(file: string, source: Readable | NodeJS.ReadableStream): Promise<number> {
  return withAtomicFile(file, async (temp) => {
    await pipeline(source, createWriteStream(temp, { flags: 'wx' }));
  });
}

/**
 * Lets `produce` write a temp file by any means, then fsyncs and renames it to `file`. Resolves
 * with the final size.
 */
export async function withAtomicFile(file: string, produce: (temp: string) => Promise<void>): Promise<number> {
  const temp = tempNameFor(file);
  try {
    await produce(temp);
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    const { size } = await stat(temp);
    await rename(temp, file);
    await syncDirectory(path.dirname(file)).catch(() => undefined);
    return size;
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
