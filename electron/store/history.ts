/**
 * history/YYYY-MM.jsonl: one line per change (who, when, what, the post after the change), the
 * source of undo, diffs and "what was approved". Append-only; a line torn by a crash is left in
 * place (it is history too) and the next append starts on a fresh line, so readers skip it.
 */
import { open, readdir, readFile } from 'node:fs/promises';
import type { Post, WorkspaceFile } from '../../core/model/index.js';
import { durableAppend, type AppendMark } from './durableWrite.js';
import { errnoCode, nodeFsOps, type FsOps } from './fsOps.js';
import { HISTORY_DIR, abs } from './layout.js';

export type HistoryOp =
  | 'create'
  | 'update'
  | 'delete'
  | 'restore'
  | 'workspace'
  /** Found at open: the last change logged did not reach its post file (crash before it landed). */
  | 'reconciled'
  | 'backup-restored'
  | 'migrated';

export interface HistoryEntry {
  at: string;
  who: string;
  op: HistoryOp;
  postId: string | null;
  revision: number | null;
  /** The post after the change; `null` for a deletion (a tombstone). */
  post: Post | null;
  workspace?: WorkspaceFile;
  note?: string;
}

const MONTH_FILE = /^\d{4}-\d{2}\.jsonl$/;

export function historyFileFor(at: Date): string {
  return `${HISTORY_DIR}/${at.toISOString().slice(0, 7)}.jsonl`;
}

export class HistoryLog {
  /** Files whose last byte was checked this session. */
  private readonly checked = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly ops: FsOps = nodeFsOps,
  ) {}

  async append(entry: HistoryEntry): Promise<AppendMark> {
    return this.appendMany([entry]);
  }

  /** Several entries of the same month in one fsync (a new workspace's seed posts). */
  async appendMany(entries: readonly HistoryEntry[]): Promise<AppendMark> {
    const first = entries[0];
    if (!first) throw new Error('nothing to append');
    const file = abs(this.dir, historyFileFor(new Date(first.at)));
    const line = entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
    const prefix = this.checked.has(file) ? '' : await this.separatorFor(file);
    const mark = await durableAppend(file, prefix + line, this.ops);
    this.checked.add(file);
    return mark;
  }

  /** '\n' when the file ends in the middle of a line (a crash tore the last append). */
  private async separatorFor(file: string): Promise<string> {
    let handle;
    try {
      handle = await open(file, 'r');
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return '';
      throw error;
    }
    try {
      const { size } = await handle.stat();
      if (size === 0) return '';
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      return last[0] === 0x0a ? '' : '\n';
    } finally {
      await handle.close();
    }
  }

  async files(): Promise<string[]> {
    try {
      return (await readdir(abs(this.dir, HISTORY_DIR))).filter((name) => MONTH_FILE.test(name)).sort();
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return [];
      throw error;
    }
  }

  /** The last complete entry of the newest month: the latest change that was started. */
  async lastEntry(): Promise<HistoryEntry | null> {
    const newest = (await this.files()).at(-1);
    if (!newest) return null;
    const line = await lastCompleteLine(abs(this.dir, `${HISTORY_DIR}/${newest}`));
    if (line === null) return null;
    try {
      return JSON.parse(line) as HistoryEntry;
    } catch {
      return null;
    }
  }

  /** Every readable entry of one month file (torn lines skipped). */
  async entries(month: string): Promise<HistoryEntry[]> {
    const text = await readFile(abs(this.dir, `${HISTORY_DIR}/${month}.jsonl`), 'utf8').catch(() => '');
    const out: HistoryEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        out.push(JSON.parse(line) as HistoryEntry);
      } catch {
        // A torn line from a crash: skipped, the next line is whole.
      }
    }
    return out;
  }
}

/** Reads backwards from the end, so the cost does not grow with the month's history. */
async function lastCompleteLine(file: string): Promise<string | null> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    let tail = Buffer.alloc(0);
    let position = size;
    for (;;) {
      const end = tail.lastIndexOf(0x0a);
      if (end >= 0) {
        // (a negative offset would search from the end, hence the guard)
        const start = end > 0 ? tail.lastIndexOf(0x0a, end - 1) : -1;
        if (start >= 0 || position === 0) return tail.subarray(start + 1, end).toString('utf8');
      }
      if (position === 0) return null;
      const length = Math.min(65_536, position);
      position -= length;
      const chunk = Buffer.alloc(length);
      await handle.read(chunk, 0, length, position);
      tail = Buffer.concat([chunk, tail]);
    }
  } finally {
    await handle.close();
  }
}
