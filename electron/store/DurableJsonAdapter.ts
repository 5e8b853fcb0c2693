/**
 * Calepin's lowdb adapter: reads validate against a zod schema (a broken file throws
 * WORKSPACE_CORRUPT and is never replaced by defaults), writes go through `durableWrite`.
 * Build `new Low(new DurableJsonAdapter(file, schema, label), defaults)` directly: lowdb's
 * JSONFilePreset silently keeps data in memory when NODE_ENV=test (DESIGN.md §8).
 */
import { readFile, stat } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { durableWrite } from './durableWrite.js';
import { errnoCode, nodeFsOps, type FileStat, type FsOps } from './fsOps.js';
import { parseJsonFile, toJsonText } from './jsonFile.js';
import { writeError } from './storeErrors.js';

export function sameFile(a: FileStat | null, b: FileStat | null): boolean {
  if (a === null || b === null) return a === b;
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

export async function statOrNull(file: string): Promise<FileStat | null> {
  try {
    const s = await stat(file);
    return { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino };
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
}

export class DurableJsonAdapter<T> implements Adapter<T> {
  /** The file as we last read or wrote it, to notice a change made outside the app. */
  lastSeen: FileStat | null = null;

  /**
   * @param file absolute path
   * @param schema what the file must hold
   * @param label the file's name relative to the workspace, used in error params
   */
  constructor(
    readonly file: string,
    private readonly schema: z.ZodType<T>,
    private readonly label: string,
    private readonly ops: FsOps = nodeFsOps,
  ) {}

  /** `null` only when the file does not exist; any unreadable content throws WORKSPACE_CORRUPT. */
  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.file);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return null;
      throw error;
    }
    const value = parseJsonFile(bytes, this.label, this.schema);
    this.lastSeen = await statOrNull(this.file);
    return value;
  }

  async write(data: T): Promise<void> {
    // Never put on disk what could not be read back.
    const checked = this.schema.parse(data);
    try {
      this.lastSeen = await durableWrite(this.file, toJsonText(checked), this.ops);
    } catch (error) {
      throw writeError(error, this.label);
    }
  }

  /** Whether the file on disk is still the one this adapter last read or wrote. */
  async unchangedOnDisk(): Promise<boolean> {
    return sameFile(await statOrNull(this.file), this.lastSeen);
  }
}
