/**
 * The rules an archive entry must follow before restore writes anything: a relative path that
 * stays inside the archive's root folder, a plain file or folder (no link, no device), and a
 * declared size within the limits. Zip Slip (`../`), absolute and drive paths, backslashes and
 * NUL bytes are all refused rather than "cleaned", since a tool that made them was not Calepin.
 */
import type { ArchiveRefusal } from './archiveFormat.js';

export interface EntryFacts {
  name: string;
  /** The Unix mode in the high 16 bits of the external attributes, when the maker was Unix. */
  externalFileAttributes: number;
  versionMadeBy: number;
  uncompressedSize: number;
  encrypted: boolean;
}

export type EntryVerdict =
  { ok: true; kind: 'file' | 'directory'; segments: string[] } | { ok: false; reason: ArchiveRefusal };

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const MADE_BY_UNIX = 3;

export function checkEntry(entry: EntryFacts, maxEntryBytes: number): EntryVerdict {
  const { name } = entry;
  if (name === '' || name.includes('\\') || name.includes('\0') || name.startsWith('/') || /^[a-zA-Z]:/.test(name)) {
    return { ok: false, reason: 'unsafe-path' };
  }
  const isDirectory = name.endsWith('/');
  const segments = (isDirectory ? name.slice(0, -1) : name).split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return { ok: false, reason: 'unsafe-path' };

  // Only Unix makers put a mode there; anything but a regular file or folder (a link above all,
  // which would let a later entry write through it) is refused.
  if (entry.versionMadeBy >> 8 === MADE_BY_UNIX) {
    const type = (entry.externalFileAttributes >>> 16) & S_IFMT;
    if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) return { ok: false, reason: 'link' };
  }
  if (entry.encrypted) return { ok: false, reason: 'encrypted' };
  if (entry.uncompressedSize > maxEntryBytes) return { ok: false, reason: 'too-large' };
  return { ok: true, kind: isDirectory ? 'directory' : 'file', segments };
}
