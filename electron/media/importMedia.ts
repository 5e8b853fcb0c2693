/**
 * Importing files into a workspace's media library (DESIGN.md §2): each file is copied into a
 * temp file inside `media/` while it is hashed, probed from that copy, then renamed to
 * `media/<2 hex>/<sha256>.<ext>` (the original bytes, unchanged) and recorded in media.json.
 * The same bytes twice (already in the library, or twice in one batch) keep one copy. A file that
 * fails is refused with a stable reason, its temp file removed, and the others go on. No shell,
 * no name parsing: a name with quotes, `$( )` or right-to-left marks is just a name.
 */
import { lstat, mkdir, readdir, rename, rmdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { nanoid } from 'nanoid';
import { CalepinError } from '../../core/errors.js';
import { MediaItem } from '../../core/model/index.js';
import { syncDirectory, tempNameFor } from '../store/durableWrite.js';
import { errnoCode } from '../store/fsOps.js';
import { abs } from '../store/layout.js';
import type { WorkspaceStore } from '../store/WorkspaceStore.js';
import { copyHashed, writeRefusal } from './copyHashed.js';
import { Refusal, sniff, STORED_FILE, type RefusalReason } from './formats.js';
import { decodeImage, type ImageProbe } from './probeImage.js';
import { VideoProber, type VideoProbe } from './probeVideo.js';
import { writeThumbnail } from './thumbnails.js';

export type ImportStatus = 'imported' | 'duplicate' | 'refused';

export interface ImportResult {
  /** The path as given, or under a given folder. */
  file: string;
  status: ImportStatus;
  /** Why it was refused (only for `refused`). */
  reason?: RefusalReason;
  /** The media item: the new one, or the one already holding these bytes. */
  id?: string;
  /** The decoder's or the system's words, in English, for logs. */
  detail?: string;
  /** The recorded item (only for `imported`). */
  item?: MediaItem;
  /** Everything probed, including what MediaItem does not keep (alpha, ICC profile, frame count). */
  probe?: ImageProbe | VideoProbe;
}

export interface ImportOptions {
  clock: () => Date;
  /** The app's data folder: thumbnails of imported images go to its cache as they are decoded. */
  dataDir?: string;
  /** Files handled at once (default 2: this is what a 2-core machine is best at). */
  concurrency?: number;
}

export const MEDIA_DIR = 'media';
const IMPORT_TEMP = /^\.import\.[0-9a-f]{12}\.tmp$/;
/** Names skipped inside a folder the user gave: hidden files and what file managers leave. */
const SKIPPED_NAMES = new Set(['thumbs.db', 'desktop.ini']);

interface Candidate {
  file: string;
  absolute: string;
}

type Listed = Candidate | ImportResult;

function refused(file: string, error: unknown): ImportResult {
  if (error instanceof Refusal) return { file, status: 'refused', reason: error.reason, detail: error.message };
  return { file, status: 'refused', reason: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
}

function statRefusal(file: string, error: unknown): ImportResult {
  const code = errnoCode(error);
  const reason: RefusalReason = code === 'ENOENT' || code === 'ENOTDIR' ? 'not-found' : 'unreadable';
  return { file, status: 'refused', reason, detail: code ?? String(error) };
}

/** The paths the user named, folders walked (links inside them refused, never followed). */
async function listFiles(paths: readonly string[], workspaceDir: string): Promise<Listed[]> {
  const out: Listed[] = [];
  const walk = async (dir: string, shown: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      out.push(statRefusal(shown, error));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIPPED_NAMES.has(entry.name.toLowerCase())) continue;
      const absolute = path.join(dir, entry.name);
      const file = path.join(shown, entry.name);
      if (entry.isSymbolicLink()) out.push({ file, status: 'refused', reason: 'symlink', detail: 'a symbolic link' });
      else if (entry.isDirectory()) {
        if (absolute !== workspaceDir) await walk(absolute, file);
      } else if (entry.isFile()) out.push({ file, absolute });
      else out.push({ file, status: 'refused', reason: 'not-a-file', detail: 'not a regular file' });
    }
  };
  for (const given of paths) {
    const absolute = path.resolve(given);
    let info;
    try {
      info = await lstat(absolute);
    } catch (error) {
      out.push(statRefusal(given, error));
      continue;
    }
    if (info.isSymbolicLink())
      out.push({ file: given, status: 'refused', reason: 'symlink', detail: 'a symbolic link' });
    else if (info.isDirectory()) await walk(absolute, given);
    else if (info.isFile()) out.push({ file: given, absolute });
    else out.push({ file: given, status: 'refused', reason: 'not-a-file', detail: 'not a regular file' });
  }
  return out;
}

/** Temp files of an import that died (power cut) more than a day ago. */
async function removeStaleTemps(mediaDir: string): Promise<void> {
  const names = await readdir(mediaDir).catch(() => [] as string[]);
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const name of names) {
    if (!IMPORT_TEMP.test(name)) continue;
    const file = path.join(mediaDir, name);
    const info = await stat(file).catch(() => null);
    if (info && info.mtimeMs < dayAgo) await unlink(file).catch(() => undefined);
  }
}

/** Renames `temp` to a listed item's missing file; false when the file is there (or the entry is odd). */
async function restoreMissing(dir: string, item: MediaItem, temp: string): Promise<boolean> {
  if (STORED_FILE.exec(item.file)?.[1] !== item.sha256) return false;
  const stored = abs(dir, item.file);
  if (
    await stat(stored).then(
      () => true,
      () => false,
    )
  )
    return false;
  try {
    await mkdir(path.dirname(stored), { recursive: true });
    await rename(temp, stored);
    await syncDirectory(path.dirname(stored));
    return true;
  } catch {
    return false;
  }
}

interface Placed {
  /** Where in the batch; the result may move to the first file with the same bytes. */
  index: number;
  sha256: string;
  result: ImportResult;
  /** The stored file, and whether this import created it (to take it back if media.json cannot be written). */
  stored: string;
  created: boolean;
}

/**
 * Imports files and folders into the workspace. Never throws for a bad file (it is refused); throws
 * WORKSPACE_READ_ONLY before touching anything when the workspace may not be written.
 */
export async function importMediaFiles(
  store: WorkspaceStore,
  paths: readonly string[],
  opts: ImportOptions,
): Promise<ImportResult[]> {
  const reason = store.readOnlyReason;
  if (reason) throw new CalepinError('WORKSPACE_READ_ONLY', { reason: reason.code });
  const mediaDir = abs(store.dir, MEDIA_DIR);
  await mkdir(mediaDir, { recursive: true });
  await removeStaleTemps(mediaDir);

  const listed = await listFiles(paths, store.dir);
  // Every import is preceded by a backup (DESIGN.md §2), so a wrong batch can be taken back whole.
  if (listed.length > 0) await store.backupNow('before-import');
  const known = new Map(store.listMedia().map((item) => [item.sha256, item]));
  const claims = new Map<string, Promise<ImportResult>>();
  /** The first file of the batch (in the order given) with each content. */
  const firstWith = new Map<string, number>();
  const placed: Placed[] = [];
  const prober = new VideoProber();

  const probe = async (temp: string, head: Buffer) => {
    const sniffed = sniff(head);
    if (sniffed.kind === 'refuse') throw new Refusal(sniffed.reason, 'format not taken');
    if (sniffed.kind === 'image') return decodeImage(temp, sniffed.format);
    return { probe: await prober.probe(temp), thumbnail: null };
  };

  const importOne = async (candidate: Candidate, index: number): Promise<ImportResult> => {
    const { file } = candidate;
    const temp = tempNameFor(path.join(mediaDir, 'import'));
    let copied;
    try {
      copied = await copyHashed(candidate.absolute, temp);
    } catch (error) {
      return refused(file, error);
    }
    let kept = false;
    try {
      const { sha256 } = copied;
      const first = firstWith.get(sha256);
      if (first === undefined || index < first) firstWith.set(sha256, index);
      const existing = known.get(sha256);
      if (existing) {
        // Listed but its file is gone (deleted by hand, not synced yet): these bytes put it back.
        if (await restoreMissing(store.dir, existing, temp)) kept = true;
        return { file, status: 'duplicate', id: existing.id };
      }
      const earlier = claims.get(sha256);
      if (earlier) {
        const settled = await earlier;
        if (settled.status === 'imported') return { file, status: 'duplicate', id: settled.id };
        return { file, status: 'refused', reason: settled.reason, detail: settled.detail };
      }
      const outcome = (async (): Promise<ImportResult> => {
        let decoded;
        try {
          decoded = await probe(temp, copied.head);
        } catch (error) {
          return refused(file, error);
        }
        const { probe: probed, thumbnail } = decoded;
        const relative = `${MEDIA_DIR}/${sha256.slice(0, 2)}/${sha256}.${probed.ext}`;
        const stored = abs(store.dir, relative);
        let created = false;
        try {
          await mkdir(path.dirname(stored), { recursive: true });
          created = !(await stat(stored).then(
            () => true,
            () => false,
          ));
          await rename(temp, stored);
          kept = true;
          await syncDirectory(path.dirname(stored));
        } catch (error) {
          // Renamed but the folder's fsync failed: take the new file back, nothing of it stays.
          if (kept && created) await unlink(stored).catch(() => undefined);
          if (!kept || created) await rmdir(path.dirname(stored)).catch(() => undefined);
          return refused(file, writeRefusal(error));
        }
        const item = MediaItem.parse({
          id: nanoid(),
          sha256,
          name: path.basename(candidate.absolute).slice(0, 500),
          file: relative,
          kind: probed.kind,
          mime: probed.mime,
          width: probed.width,
          height: probed.height,
          durationSeconds: probed.kind === 'video' ? probed.durationSeconds : null,
          ...(probed.kind === 'video'
            ? {
                frameRate: probed.frameRate !== null && probed.frameRate > 0 ? probed.frameRate : null,
                videoCodec: probed.videoCodec.slice(0, 100),
                audioCodec: probed.audioCodec?.slice(0, 100) ?? null,
                orientation: probed.rotation,
              }
            : { colourSpace: probed.colourSpace.slice(0, 50), orientation: probed.orientation }),
          bytes: copied.bytes,
          importedAt: opts.clock().toISOString(),
        });
        if (thumbnail && opts.dataDir) await writeThumbnail(opts.dataDir, sha256, thumbnail).catch(() => undefined);
        const result: ImportResult = { file, status: 'imported', id: item.id, item, probe: probed };
        placed.push({ index, sha256, result, stored, created });
        return result;
      })();
      claims.set(sha256, outcome);
      return await outcome;
    } finally {
      if (!kept) await unlink(temp).catch(() => undefined);
    }
  };

  const results: ImportResult[] = new Array<ImportResult>(listed.length);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const index = next++;
      if (index >= listed.length) return;
      const entry = listed[index]!;
      results[index] = 'status' in entry ? entry : await importOne(entry, index);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 2) }, worker));
  } finally {
    await prober.close();
  }
  firstNamedKeeps(listed, placed, results, firstWith);
  await record(store, placed, results);
  return results;
}

/**
 * Files are handled two at a time, so a later copy of the same bytes may finish first. The item
 * goes to the first one named, as the user expects: its name, and `imported` on its line.
 */
function firstNamedKeeps(listed: Listed[], placed: Placed[], results: ImportResult[], firstWith: Map<string, number>) {
  for (const p of placed) {
    const first = firstWith.get(p.sha256);
    if (first === undefined || first === p.index) continue;
    const earlier = results[first];
    const candidate = listed[first];
    if (!earlier || earlier.status !== 'duplicate' || earlier.id !== p.result.id || !candidate || 'status' in candidate)
      continue;
    const item = MediaItem.parse({ ...p.result.item, name: path.basename(candidate.absolute).slice(0, 500) });
    const moved: ImportResult = { ...p.result, file: earlier.file, item };
    results[first] = moved;
    results[p.index] = { file: p.result.file, status: 'duplicate', id: item.id };
    p.result = moved;
    p.index = first;
  }
}

/**
 * One write of media.json for the batch. If the disk refuses it, the files this batch added are
 * taken back and every file that counted on them is refused with the disk's reason.
 */
async function record(store: WorkspaceStore, placed: Placed[], results: ImportResult[]): Promise<void> {
  if (placed.length === 0) return;
  try {
    await store.addMedia(placed.map((p) => p.result.item!));
  } catch (error) {
    const cause = error instanceof CalepinError ? error.code : errnoCode(error);
    const reason: RefusalReason = cause === 'DISK_FULL' || cause === 'ENOSPC' ? 'disk-full' : 'write-failed';
    const lost = new Set<string>();
    for (const p of placed) {
      if (p.created) {
        await unlink(p.stored).catch(() => undefined);
        // The shard folder too, if this file was its only one (rmdir refuses a folder in use).
        await rmdir(path.dirname(p.stored)).catch(() => undefined);
      }
      lost.add(p.result.id!);
    }
    for (const [index, result] of results.entries()) {
      if (result.id !== undefined && lost.has(result.id)) {
        results[index] = { file: result.file, status: 'refused', reason, detail: String(cause ?? error) };
      }
    }
  }
}
