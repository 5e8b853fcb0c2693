/**
 * Reading a workspace archive's table of contents with yauzl, without unpacking anything: every
 * entry is checked (checkEntry.ts) and counted against the limits on the sizes it declares, and
 * the manifest is read, before restore writes its first byte.
 */
import { open } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { CalepinError } from '../../core/errors.js';
import {
  archiveManifestSchema,
  MANIFEST_NAME,
  type ArchiveLimits,
  type ArchiveManifest,
  type ArchiveRefusal,
} from './archiveFormat.js';
import { checkEntry } from './checkEntry.js';

export interface CheckedEntry {
  entry: Entry;
  kind: 'file' | 'directory';
  /** Path inside the workspace folder (the archive's root folder taken off); empty for the root itself. */
  segments: string[];
}

export interface ArchiveContents {
  zip: ZipFile;
  manifest: ArchiveManifest;
  entries: CheckedEntry[];
  declaredBytes: number;
}

export function refuse(reason: ArchiveRefusal, entry = '', cause?: unknown): CalepinError {
  return new CalepinError('ARCHIVE_REFUSED', { reason, entry }, { cause });
}

const GENERAL_PURPOSE_ENCRYPTED = 0x1;
const MAX_MANIFEST_BYTES = 64 * 1024;

/** A file that does not even start like a zip is "not a Calepin archive", not a damaged one. */
async function looksLikeZip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    return head.toString('latin1') === 'PK\x03\x04' || head.toString('latin1') === 'PK\x05\x06';
  } finally {
    await handle.close();
  }
}

async function openZip(file: string): Promise<ZipFile> {
  try {
    // decodeStrings off: names are decoded and judged here, so a bad one is reported by name
    // rather than as yauzl's generic error.
    return await yauzl.openPromise(file, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: true,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') throw error;
    throw refuse((await looksLikeZip(file).catch(() => false)) ? 'damaged' : 'not-calepin', '', error);
  }
}

function entryName(entry: Entry): string {
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
}

export async function readArchiveContents(file: string, limits: ArchiveLimits): Promise<ArchiveContents> {
  const zip = await openZip(file);
  try {
    if (zip.entryCount > limits.maxEntries) throw refuse('too-large');
    const entries: { entry: Entry; name: string; kind: 'file' | 'directory'; segments: string[] }[] = [];
    const seen = new Set<string>();
    let manifest: ArchiveManifest | null = null;
    let declaredBytes = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        const name = entryName(entry);
        const verdict = checkEntry(
          {
            name,
            externalFileAttributes: entry.externalFileAttributes,
            versionMadeBy: entry.versionMadeBy,
            uncompressedSize: entry.uncompressedSize,
            encrypted: (entry.generalPurposeBitFlag & GENERAL_PURPOSE_ENCRYPTED) !== 0,
          },
          limits.maxEntryBytes,
        );
        if (!verdict.ok) throw refuse(verdict.reason, name);
        // Two entries for one file (or one differing only by case, the same file on macOS and
        // Windows) would let the second silently replace the first.
        const key = verdict.segments.join('/').normalize('NFC').toLowerCase();
        if (seen.has(key) && verdict.kind === 'file') throw refuse('unsafe-path', name);
        seen.add(key);
        declaredBytes += entry.uncompressedSize;
        if (declaredBytes > limits.maxTotalBytes) throw refuse('too-large', name);
        if (name === MANIFEST_NAME) {
          manifest = await readManifest(zip, entry);
          continue;
        }
        entries.push({ entry, name, ...verdict });
      }
    } catch (error) {
      if (error instanceof CalepinError) throw error;
      throw refuse('damaged', '', error);
    }
    if (!manifest) throw refuse('not-calepin');
    const root = manifest.root;
    const checked: CheckedEntry[] = [];
    for (const { entry, name, kind, segments } of entries) {
      if (segments[0] !== root) throw refuse('not-calepin', name);
      checked.push({ entry, kind, segments: segments.slice(1) });
    }
    return { zip, manifest, entries: checked, declaredBytes };
  } catch (error) {
    zip.close();
    throw error;
  }
}

async function readManifest(zip: ZipFile, entry: Entry): Promise<ArchiveManifest> {
  if (entry.uncompressedSize > MAX_MANIFEST_BYTES) throw refuse('not-calepin', MANIFEST_NAME);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await text(await zip.openReadStreamPromise(entry)));
  } catch (error) {
    throw refuse('not-calepin', MANIFEST_NAME, error);
  }
  const manifest = archiveManifestSchema.safeParse(parsed);
  const root = manifest.success ? manifest.data.root : '';
  if (!manifest.success || root === '.' || root === '..' || /[/\\\0]/.test(root)) {
    throw refuse('not-calepin', MANIFEST_NAME);
  }
  return manifest.data;
}
