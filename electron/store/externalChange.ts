/**
 * Before a save replaces a post file, check it is still the file we last read or wrote. If a sync
 * client (or a second machine) put another version there, keep both: theirs is copied to
 * conflicts/ byte for byte and reported, ours is saved. Nothing is silently lost either way.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Post } from '../../core/model/index.js';
import { sameFile, statOrNull } from './DurableJsonAdapter.js';
import type { FileStat, FsOps } from './fsOps.js';
import { abs, postFile } from './layout.js';
import { keepConflictCopy, parsePostBytes, readWithStat } from './postFiles.js';
import type { ConflictInfo } from './postsScan.js';

export interface DiskCheck {
  /** The revision found on disk (0 when none), so ours can be numbered after it. */
  diskRevision: number;
  conflict: ConflictInfo | null;
}

export async function guardExternalChange(
  ctx: { dir: string; ops: FsOps; clock: () => Date },
  id: string,
  known: FileStat | null,
  ours: Post | null,
): Promise<DiskCheck> {
  const file = abs(ctx.dir, postFile(id));
  const now = await statOrNull(file);
  if (now === null || (known !== null && sameFile(now, known))) return { diskRevision: 0, conflict: null };
  const read = await readWithStat(file);
  if (!read) return { diskRevision: 0, conflict: null };
  let theirs: Post | null = null;
  try {
    theirs = parsePostBytes(read.bytes, id);
  } catch {
    // A broken file is still someone's bytes: it is kept aside like any other version.
  }
  // Touched but not changed (a sync client re-wrote the same content): nothing to keep.
  if (theirs && ours && isDeepStrictEqual(theirs, ours)) return { diskRevision: theirs.revision, conflict: null };
  const kept = await keepConflictCopy(ctx.dir, id, read.bytes, ctx.clock(), ctx.ops);
  return { diskRevision: theirs?.revision ?? 0, conflict: { file: kept, postId: id, source: 'kept-aside' } };
}
