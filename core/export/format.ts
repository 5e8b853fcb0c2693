/**
 * How a document writes dates, times and statuses in its language. French follows French
 * conventions (05/12/2026, 24-hour 09:30, « Programmé »); English writes ISO dates (2026-12-05),
 * which no reader on either side of the Atlantic can misread, and 24-hour times, because a plan
 * handed over as a file is read by people and by other tools alike.
 */
import type { Locale, PostStatus } from '../model/index.js';
import { APPROVAL_DECISIONS } from '../model/post.js';

export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

const STATUS_NAMES: Record<Locale, Record<PostStatus, string>> = {
  fr: {
    idea: 'Idée',
    draft: 'Brouillon',
    in_review: 'En relecture',
    changes_requested: 'Modifications demandées',
    approved: 'Approuvé',
    scheduled: 'Programmé',
    published: 'Publié',
    archived: 'Archivé',
  },
  en: {
    idea: 'Idea',
    draft: 'Draft',
    in_review: 'In review',
    changes_requested: 'Changes requested',
    approved: 'Approved',
    scheduled: 'Scheduled',
    published: 'Published',
    archived: 'Archived',
  },
};

const DECISION_NAMES: Record<Locale, Record<ApprovalDecision, string>> = {
  fr: { approved: 'Approuvé', changes_requested: 'Modifications demandées', rejected: 'Refusé' },
  en: { approved: 'Approved', changes_requested: 'Changes requested', rejected: 'Rejected' },
};

export function statusName(status: PostStatus, locale: Locale): string {
  return STATUS_NAMES[locale][status];
}

export function decisionName(decision: ApprovalDecision, locale: Locale): string {
  return DECISION_NAMES[locale][decision];
}

/** The decision names a reviewer picks from, in the document's language. */
export function decisionChoices(locale: Locale): string[] {
  return APPROVAL_DECISIONS.map((d) => DECISION_NAMES[locale][d]);
}

/**
 * A decision cell back to a decision, in either language and whatever the case or spacing, so a
 * file made in French and filled in by an English-speaking reviewer still reads.
 */
export function parseDecision(cell: string): ApprovalDecision | null {
  const wanted = normalise(cell);
  if (wanted === '') return null;
  for (const locale of ['fr', 'en'] as const) {
    for (const decision of APPROVAL_DECISIONS) {
      if (normalise(DECISION_NAMES[locale][decision]) === wanted) return decision;
    }
  }
  return null;
}

/** A status cell back to a status, in either language or as the internal name. */
export function parseStatus(cell: string): PostStatus | null {
  const wanted = normalise(cell);
  for (const locale of ['fr', 'en'] as const) {
    for (const [status, name] of Object.entries(STATUS_NAMES[locale]) as [PostStatus, string][]) {
      if (normalise(name) === wanted || normalise(status) === wanted) return status;
    }
  }
  return null;
}

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s_]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** YYYY-MM-DD → 05/12/2026 in French, 2026-12-05 in English. */
export function formatExportDate(date: string, locale: Locale): string {
  if (locale === 'en') return date;
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** Times are kept as HH:mm (24-hour) in both languages. */
export function formatExportTime(time: string, _locale: Locale): string {
  return time;
}

/**
 * A date cell back to YYYY-MM-DD: dd/mm/yyyy (French, also with - or .) or yyyy-mm-dd. Returns
 * null for anything else, including impossible dates such as 31/02/2026.
 */
export function parseExportDate(cell: string): string | null {
  const text = cell.trim();
  let year: number;
  let month: number;
  let day: number;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
    if (!m) return null;
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** A time cell back to HH:mm: 9:30, 09:30, 09h30, 9.30 or 9:30 PM. */
export function parseExportTime(cell: string): string | null {
  const m = /^(\d{1,2})\s*[:hH.]\s*(\d{2})(?::\d{2})?\s*([AaPp][Mm])?$/.exec(cell.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const half = m[3]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return `${pad(hour)}:${pad(minute)}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
