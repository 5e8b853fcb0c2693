/**
 * The summary index: what the calendar and lists need, ~250 bytes a post, so that opening reads
 * one snapshot and saving appends one journal line instead of rewriting anything big.
 * `index/summary.jsonl` = a header line then one entry per post; `index/journal.jsonl` = one
 * record per change since the snapshot. Both are derived from posts/ and can always be rebuilt.
 */
import { isAscii } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { durableAppend, durableWrite, truncateTo } from './durableWrite.js';
import { errnoCode, nodeFsOps, type FsOps } from './fsOps.js';
import { JOURNAL_FILE, SNAPSHOT_FILE, abs } from './layout.js';
import {
  decodeEntry,
  decodeRecord,
  encodeEntry,
  encodeRecord,
  type IndexEntry,
  type JournalRecord,
} from './summaryCodec.js';

/** 1: positional, ASCII-escaped entries (summaryCodec.ts). */
const FORMAT = 1;
/** Past this many journal lines the journal is folded into the snapshot. */
export const DEFAULT_COMPACT_AFTER = 2_000;

export type IndexLoad =
  { ok: true; index: SummaryIndex; tornBytes: number } | { ok: false; reason: 'missing' | 'corrupt'; detail: string };

function splitLines(text: string): { lines: string[]; torn: string } {
  const end = text.lastIndexOf('\n');
  const complete = end < 0 ? '' : text.slice(0, end);
  return { lines: complete === '' ? [] : complete.split('\n'), torn: text.slice(end + 1) };
}

async function readText(file: string): Promise<string | null> {
  try {
    // Bytes first, decoded in one go: readFile(…, 'utf8') decodes chunk by chunk into a rope that
    // costs ~150 ms to flatten at 20,000 entries. Our snapshot is ASCII (see asciiJson), which
    // decodes as a plain copy; anything else still decodes correctly, only slower.
    const bytes = await readFile(file);
    return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
}

export class SummaryIndex {
  readonly entries = new Map<string, IndexEntry>();
  journalLines = 0;
  /** Set when a journal append failed: memory is right, disk is behind until the next compaction. */
  stale = false;

  constructor(
    private readonly dir: string,
    private readonly ops: FsOps = nodeFsOps,
    readonly compactAfter = DEFAULT_COMPACT_AFTER,
  ) {}

  static async load(dir: string, ops: FsOps = nodeFsOps, compactAfter = DEFAULT_COMPACT_AFTER): Promise<IndexLoad> {
    const snapshot = await readText(abs(dir, SNAPSHOT_FILE));
    if (snapshot === null) return { ok: false, reason: 'missing', detail: SNAPSHOT_FILE };
    const index = new SummaryIndex(dir, ops, compactAfter);
    const { lines, torn } = splitLines(snapshot);
    let header: { format?: unknown; count?: unknown } = {};
    try {
      header = JSON.parse(lines[0] ?? '') as typeof header;
    } catch {
      return { ok: false, reason: 'corrupt', detail: `${SNAPSHOT_FILE}: no header` };
    }
    // The snapshot is written atomically, so a torn or short one means damage, not a crash.
    if (header.format !== FORMAT || torn !== '' || header.count !== lines.length - 1) {
      return { ok: false, reason: 'corrupt', detail: `${SNAPSHOT_FILE}: header or length` };
    }
    for (let i = 1; i < lines.length; i++) {
      const entry = decodeEntry(lines[i] as string);
      if (!entry) return { ok: false, reason: 'corrupt', detail: `${SNAPSHOT_FILE}: line ${i + 1}` };
      index.entries.set(entry.summary.id, entry);
    }
    const journal = (await readText(abs(dir, JOURNAL_FILE))) ?? '';
    const replay = splitLines(journal);
    for (const [i, line] of replay.lines.entries()) {
      const record = decodeRecord(line);
      // Every line before the last was fsynced whole: a bad one there is damage, not a crash.
      if (!record) return { ok: false, reason: 'corrupt', detail: `${JOURNAL_FILE}: line ${i + 1}` };
      index.apply(record);
    }
    index.journalLines = replay.lines.length;
    // A last line without its newline is a write the crash cut short; it was never acknowledged.
    return { ok: true, index, tornBytes: Buffer.byteLength(replay.torn) };
  }

  /** Changes memory only (a read-only workspace, or before persisting in bulk). */
  apply(record: JournalRecord): void {
    if (record.op === 'put') this.entries.set(record.s.id, { summary: record.s, file: record.f });
    else this.entries.delete(record.id);
  }

  /** Drops a torn last journal line, so the next append does not glue onto it. */
  async cutTornTail(tornBytes: number): Promise<void> {
    if (tornBytes === 0) return;
    const file = abs(this.dir, JOURNAL_FILE);
    const { size } = await stat(file);
    await truncateTo({ file, offset: size - tornBytes }, this.ops);
  }

  /** Records a change: memory first (reads see it at once), then one durable journal line. */
  async record(record: JournalRecord): Promise<void> {
    this.apply(record);
    try {
      await durableAppend(abs(this.dir, JOURNAL_FILE), `${encodeRecord(record)}\n`, this.ops);
      this.journalLines += 1;
    } catch (error) {
      this.stale = true;
      throw error;
    }
  }

  needsCompaction(): boolean {
    return this.stale || this.journalLines >= this.compactAfter;
  }

  /**
   * Folds the journal into a new snapshot. The snapshot is replaced atomically before the journal
   * is emptied; a crash in between replays an old journal over a newer snapshot, which ends in the
   * same state because each post's last record wins.
   */
  async compact(): Promise<void> {
    const parts: string[] = [`${JSON.stringify({ format: FORMAT, count: this.entries.size })}\n`];
    let n = 0;
    let chunk = '';
    for (const entry of this.entries.values()) {
      chunk += `${encodeEntry(entry)}\n`;
      // Stringifying 50,000 entries at once would hold the event loop for ~100 ms; cut it up.
      if (++n % 500 === 0) {
        parts.push(chunk);
        chunk = '';
        await yieldToLoop();
      }
    }
    parts.push(chunk);
    await durableWrite(abs(this.dir, SNAPSHOT_FILE), parts, this.ops);
    await durableWrite(abs(this.dir, JOURNAL_FILE), '', this.ops);
    this.journalLines = 0;
    this.stale = false;
  }

  /** Replaces every entry (after a rebuild from the post files). Call `compact()` to persist. */
  replaceAll(entries: Iterable<IndexEntry>): void {
    this.entries.clear();
    for (const entry of entries) this.entries.set(entry.summary.id, entry);
    this.stale = true;
  }
}
