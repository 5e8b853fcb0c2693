/**
 * The lines of the summary index. Validated by hand rather than with zod: at 50,000 posts the zod
 * schema (an Intl time-zone check per summary) costs seconds, and opening has a 1 s budget. The
 * index is derived data, so a line that fails this check only means "rebuild from the post files".
 */
import { POST_STATUSES, isKnownTimeZone, type PostSummary } from '../../core/model/index.js';
import type { FileStat } from './fsOps.js';

export interface IndexEntry {
  summary: PostSummary;
  /** The post file as we last wrote or read it; `null` when unknown (forces a re-read to check). */
  file: FileStat | null;
}

export type JournalRecord = { op: 'put'; s: PostSummary; f: FileStat | null } | { op: 'del'; id: string };

const STATUSES = new Set<string>(POST_STATUSES);
const UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const knownZones = new Map<string, boolean>();

function zoneOk(zone: unknown): boolean {
  if (typeof zone !== 'string') return false;
  let ok = knownZones.get(zone);
  if (ok === undefined) {
    ok = isKnownTimeZone(zone);
    knownZones.set(zone, ok);
  }
  return ok;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isIdOrNull = (v: unknown) => v === null || (isString(v) && ID.test(v));
const isIdList = (v: unknown) => Array.isArray(v) && v.every((item) => isString(item) && ID.test(item));

export function isPostSummary(v: unknown): v is PostSummary {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return (
    isString(s.id) &&
    ID.test(s.id) &&
    isString(s.title) &&
    isString(s.status) &&
    STATUSES.has(s.status) &&
    (s.plannedAt === null || (isString(s.plannedAt) && UTC.test(s.plannedAt))) &&
    zoneOk(s.zone) &&
    isIdList(s.accounts) &&
    isIdList(s.labels) &&
    isIdOrNull(s.campaign) &&
    isIdOrNull(s.assignee) &&
    isString(s.updatedAt) &&
    UTC.test(s.updatedAt) &&
    Number.isInteger(s.revision) &&
    (s.revision as number) >= 1 &&
    isString(s.excerpt)
  );
}

function isFileStat(v: unknown): v is FileStat | null {
  if (v === null) return true;
  if (typeof v !== 'object') return false;
  const f = v as Record<string, unknown>;
  return typeof f.size === 'number' && typeof f.mtimeMs === 'number' && typeof f.ino === 'number';
}

/** One snapshot line: `{"s":summary,"f":fingerprint}`. */
export function encodeEntry(entry: IndexEntry): string {
  return JSON.stringify({ s: entry.summary, f: entry.file });
}

export function decodeEntry(line: string): IndexEntry | null {
  try {
    const value = JSON.parse(line) as { s?: unknown; f?: unknown };
    if (!isPostSummary(value.s) || !isFileStat(value.f ?? null)) return null;
    return { summary: value.s, file: (value.f ?? null) as FileStat | null };
  } catch {
    return null;
  }
}

export function encodeRecord(record: JournalRecord): string {
  return JSON.stringify(record);
}

export function decodeRecord(line: string): JournalRecord | null {
  try {
    const value = JSON.parse(line) as { op?: unknown; s?: unknown; f?: unknown; id?: unknown };
    if (value.op === 'del' && isString(value.id) && ID.test(value.id)) return { op: 'del', id: value.id };
    if (value.op === 'put' && isPostSummary(value.s) && isFileStat(value.f ?? null)) {
      return { op: 'put', s: value.s, f: (value.f ?? null) as FileStat | null };
    }
    return null;
  } catch {
    return null;
  }
}
