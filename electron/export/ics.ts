/**
 * The plan as a calendar feed (RFC 5545): one event per post and account, DTSTART in the post's own
 * zone with its VTIMEZONE block, a UID that never changes for a post and account, and SEQUENCE =
 * the post's revision, which grows with every save (a move included), so a calendar that imports
 * the feed again updates its events instead of duplicating them. Profile `all` writes one calendar;
 * `per-account` writes a folder with one .ics per account.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { selectionSummary } from '../../core/export/selectionSummary.js';
import ical, { escape, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { decisionName, formatExportDate, statusName } from '../../core/export/format.js';
import type { ExportRow } from '../../core/export/selection.js';
import type { Account, Locale } from '../../core/model/index.js';
import { ZonedDate } from './icsDate.js';
import type { ExportContext } from './job.js';
import type { FormatWriter } from './writer.js';

/** How long an event lasts in a calendar: a post is an instant, but a zero-length event is invisible. */
const EVENT_MINUTES = 15;

/**
 * The VTIMEZONE block of a zone, and the zone id it declares. The library answers an alias
 * (America/Montreal) with its canonical zone (America/Toronto); events must then name that same
 * TZID, or clients cannot match them to a definition.
 */
const blocks = new Map<string, { tzid: string; block: string } | null>();
function timezoneBlock(zone: string): { tzid: string; block: string } | null {
  if (!blocks.has(zone)) {
    const answer = tzlib_get_ical_block(zone);
    const block = Array.isArray(answer) ? answer[0] : undefined;
    const tzid = block ? /^TZID:(.+)$/m.exec(block)?.[1]?.trim() : undefined;
    blocks.set(zone, block && tzid ? { tzid, block } : null);
  }
  return blocks.get(zone) ?? null;
}

/** RFC 5545 text has no place for control characters: shown as their visible Unicode pictures. */
function icsText(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding these is the point
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, (c) => {
    const code = c.charCodeAt(0);
    return String.fromCharCode(code === 0x7f ? 0x2421 : 0x2400 + code);
  });
}

function summary(row: ExportRow): string {
  const head = row.post.title.trim() || row.text.split('\n')[0]!.trim();
  return icsText(`${row.account.displayName} · ${head.slice(0, 120)}`);
}

function description(row: ExportRow, locale: Locale): string {
  const fr = locale === 'fr';
  // French puts a narrow no-break space before the colon.
  const field = (frName: string, enName: string, value: string) => `${fr ? `${frName}\u202F:` : `${enName}:`} ${value}`;
  const lines = [
    row.text,
    '',
    field('Compte', 'Account', `${row.account.displayName} (${row.account.network}, ${row.account.handle})`),
    field('Statut', 'Status', statusName(row.post.status, locale)),
  ];
  if (row.labels.length > 0) lines.push(field('Étiquettes', 'Labels', row.labels.map((l) => l.name).join(', ')));
  if (row.campaign) lines.push(field('Campagne', 'Campaign', row.campaign.name));
  for (const media of row.media) lines.push(field('Média', 'Media', media.name));
  for (const a of row.post.approvals) {
    const when = formatExportDate(a.at.slice(0, 10), locale);
    lines.push(`${decisionName(a.decision, locale)} ${fr ? 'par' : 'by'} ${a.by} (${when})`);
  }
  return icsText(lines.join('\n'));
}

function addEvent(calendar: ICalCalendar, row: ExportRow, context: ExportContext): void {
  // Read in the event's zone, never the computer's (see icsDate.ts).
  const start = Date.parse(row.plannedAt);
  const tz = timezoneBlock(row.zone);
  calendar.createEvent({
    id: `${row.post.id}.${row.account.id}@${context.workspace.id}.calepin`,
    sequence: row.post.revision,
    stamp: new Date(row.post.updatedAt),
    lastModified: new Date(row.post.updatedAt),
    start: new ZonedDate(start),
    end: new ZonedDate(start + EVENT_MINUTES * 60_000),
    // Without a known block the event is written in UTC (a Z time): still right, only less readable.
    timezone: tz?.tzid ?? null,
    summary: summary(row),
    description: description(row, context.selection.locale),
    categories: row.labels.map((l) => ({ name: icsText(l.name) })),
    status: row.post.status === 'changes_requested' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
  });
}

/** The selection and version in one line, so the feed says what it covers (X-WR-CALDESC). */
function selectionText(context: ExportContext): string {
  return selectionSummary(context.workspace, context.selection, context.version)
    .map(([label, value]) => `${label}: ${value}`)
    .join(' · ');
}

function calendarName(context: ExportContext, account?: Account): string {
  const period = `${formatExportDate(context.selection.from, context.selection.locale)} → ${formatExportDate(context.selection.to, context.selection.locale)}`;
  return account
    ? `${context.workspace.name} — ${account.displayName} (${account.network}) — ${period}`
    : `${context.workspace.name} — ${period}`;
}

/**
 * The calendar text. ical-generator writes each event; the calendar around them is assembled
 * here because the library's own calendar toString folds lines with a new TextEncoder per
 * character (5 s for 1,000 events) and writes the calendar name unescaped.
 */
export function icsCalendar(context: ExportContext, rows: readonly ExportRow[], account?: Account): string {
  const events = ical();
  for (const row of rows) addEvent(events, row, context);
  const name = escape(icsText(calendarName(context, account)), false);
  const zones = [...new Set(rows.map((r) => timezoneBlock(r.zone)?.tzid ?? null))].filter((z) => z !== null);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Calepin//Calepin//${context.selection.locale.toUpperCase()}`,
    `NAME:${name}`,
    `X-WR-CALNAME:${name}`,
    `X-WR-CALDESC:${escape(icsText(selectionText(context)), false)}`,
    `X-CALEPIN-VERSION:${context.version}`,
    ...zones.map((zone) => blockFor(zone)),
    ...events.events().map((event) => event.toString().replace(/\r\n$/, '')),
    'END:VCALENDAR',
  ];
  return foldLines(lines.join('\r\n').replace(/\r?\n/g, '\r\n')) + '\r\n';
}

function blockFor(tzid: string): string {
  for (const found of blocks.values()) if (found?.tzid === tzid) return found.block.trim();
  return '';
}

/** RFC 5545 §3.1: lines longer than 75 octets go on as continuation lines starting with a space. */
export function foldLines(text: string): string {
  return text
    .split('\r\n')
    .map((line) => {
      if (line.length <= 75 && !/[\u0080-\uffff]/.test(line)) return line;
      // Cut points are found on char codes (no string built per character), then sliced once.
      const parts: string[] = [];
      let start = 0;
      let octets = 0;
      for (let i = 0; i < line.length; i += 1) {
        const code = line.charCodeAt(i);
        const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < line.length;
        const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
        if (octets + size > 75) {
          parts.push(line.slice(start, i));
          start = i;
          octets = 1; // the continuation line's leading space
        }
        octets += size;
        if (pair) i += 1;
      }
      parts.push(line.slice(start));
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

async function writeIcs(context: ExportContext, tempPath: string): Promise<void> {
  if ((context.job.profile ?? 'all') === 'all') {
    await writeFile(tempPath, icsCalendar(context, context.rows), { flag: 'wx' });
    return;
  }
  await mkdir(tempPath);
  const accounts = context.workspace.accounts.filter((a) => context.rows.some((r) => r.account.id === a.id));
  for (const account of accounts) {
    const rows = context.rows.filter((r) => r.account.id === account.id);
    await writeFile(path.join(tempPath, `${account.id}.ics`), icsCalendar(context, rows, account), { flag: 'wx' });
  }
}

export const icsWriter: FormatWriter = {
  format: 'ics',
  extension: 'ics',
  profiles: ['all', 'per-account'],
  write: writeIcs,
  // Exporting per account again into the same folder replaces the calendars it holds.
  replaces: (entry) => entry.endsWith('.ics'),
};
