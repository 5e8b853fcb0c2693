/**
 * The few file-system calls a durable write is made of, behind an object that can be swapped.
 * Tests inject a recording or failing implementation to check the order of calls (fsync before
 * rename, directory fsync after) and to simulate a full disk, without mocking the module system.
 */
import fs from 'node:fs';

export interface FileStat {
  size: number;
  mtimeMs: number;
  ino: number;
}

export interface FsOps {
  /** Whether a directory can be opened and fsynced (not on Windows, where it fails with EPERM). */
  readonly syncDirectories: boolean;
  open(path: string, flags: string, mode?: number): Promise<number>;
  write(fd: number, data: Uint8Array): Promise<void>;
  fsync(fd: number): Promise<void>;
  fstat(fd: number): Promise<FileStat>;
  ftruncate(fd: number, length: number): Promise<void>;
  close(fd: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

function promised<T>(run: (done: (error: NodeJS.ErrnoException | null, value?: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    run((error, value) => (error ? reject(error) : resolve(value as T)));
  });
}

/** The real thing: plain `node:fs` callbacks, so each call is exactly one system call. */
export const nodeFsOps: FsOps = {
  syncDirectories: process.platform !== 'win32',
  open: (path, flags, mode = 0o666) => promised<number>((done) => fs.open(path, flags, mode, done)),
  async write(fd, data) {
    // write(2) may write less than asked (signals, some file systems): loop until all of it is down.
    let offset = 0;
    while (offset < data.byteLength) {
      const written = await promised<number>((done) =>
        fs.write(fd, data, offset, data.byteLength - offset, null, done),
      );
      offset += written;
    }
  },
  fsync: (fd) => promised<void>((done) => fs.fsync(fd, done)),
  async fstat(fd) {
    const stat = await promised<fs.Stats>((done) => fs.fstat(fd, done));
    return { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino };
  },
  ftruncate: (fd, length) => promised<void>((done) => fs.ftruncate(fd, length, done)),
  close: (fd) => promised<void>((done) => fs.close(fd, done)),
  rename: (from, to) => promised<void>((done) => fs.rename(from, to, done)),
  unlink: (path) => promised<void>((done) => fs.unlink(path, done)),
};

export function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string')
    return error.code;
  return undefined;
}
