/**
 * The layout of the Excel review file: its columns, their headers in both languages, the marker
 * that identifies a Calepin export, and the cells of one row. Writing (electron/export/xlsx.ts)
 * and reading back (electron/import/reviewXlsx.ts) share it, so the two cannot drift apart.
 */
import type { Locale } from '../model/index.js';
import { wallClockOf } from './wallClock.js';
import { countText } from '../networks/index.js';
import { decisionName, formatExportDate, formatExportTime, statusName } from './format.js';
import { joinList } from './planColumns.js';
import type { ExportRow } from './selection.js';

export const REVIEW_COLUMNS = [
  'id',
  'date',
  'time',
  'zone',
  'account',
  'network',
  'status',
  'text',
  'length',
  'media',
  'alt',
  'labels',
  'campaign',
  'approvals',
  'decision',
  'comment',
  'accountId',
  'revision',
  'contentHash',
] as const;
export type ReviewColumn = (typeof REVIEW_COLUMNS)[number];

/** Columns a reviewer writes in; every other cell is locked by the sheet's protection. */
export const REVIEWER_COLUMNS: readonly ReviewColumn[] = ['decision', 'comment'];
/** Columns the import needs but a reviewer does not: hidden (and locked). */
export const HIDDEN_COLUMNS: readonly ReviewColumn[] = ['accountId', 'revision', 'contentHash'];

export const REVIEW_HEADERS: Record<Locale, Record<ReviewColumn, string>> = {
  fr: {
    id: 'Id Calepin',
    date: 'Date',
    time: 'Heure',
    zone: 'Fuseau horaire',
    account: 'Compte',
    network: 'Réseau',
    status: 'Statut',
    text: 'Texte',
    length: 'Longueur / limite',
    media: 'Médias',
    alt: 'Textes alternatifs',
    labels: 'Étiquettes',
    campaign: 'Campagne',
    approvals: 'Validations',
    decision: 'Décision',
    comment: 'Commentaire',
    accountId: 'Id du compte',
    revision: 'Révision',
    contentHash: 'Empreinte du contenu',
  },
  en: {
    id: 'Calepin id',
    date: 'Date',
    time: 'Time',
    zone: 'Time zone',
    account: 'Account',
    network: 'Network',
    status: 'Status',
    text: 'Text',
    length: 'Length / limit',
    media: 'Media',
    alt: 'Alt text',
    labels: 'Labels',
    campaign: 'Campaign',
    approvals: 'Approvals',
    decision: 'Decision',
    comment: 'Comment',
    accountId: 'Account id',
    revision: 'Revision',
    contentHash: 'Content hash',
  },
};

/** Column widths in characters, chosen for A4 landscape printing and a laptop screen. */
export const REVIEW_WIDTHS: Record<ReviewColumn, number> = {
  id: 22,
  date: 11,
  time: 7,
  zone: 15,
  account: 30,
  network: 10,
  status: 14,
  text: 60,
  length: 11,
  media: 24,
  alt: 30,
  labels: 16,
  campaign: 16,
  approvals: 28,
  decision: 24,
  comment: 40,
  accountId: 14,
  revision: 9,
  contentHash: 20,
};

/** The hidden sheet that says "this is a Calepin review export" and which content it holds. */
export const MARKER_SHEET = 'calepin';
export const MARKER_FORMAT = 'calepin-review-xlsx';
export const MARKER_FORMAT_VERSION = 1;

export interface ReviewMarker {
  format: typeof MARKER_FORMAT;
  formatVersion: number;
  /** exportVersionHash of the rows. */
  version: string;
  workspaceId: string;
  workspaceName: string;
  madeAt: string;
  locale: Locale;
  from: string;
  to: string;
  rows: number;
}

/** The cells of one row, as text (the date and time as the document's language writes them). */
export function reviewCells(row: ExportRow, locale: Locale): Record<ReviewColumn, string | number> {
  const count = countText(row.account.network, row.text, {
    hasMedia: row.media.length > 0,
    ...(row.account.network === 'mastodon' && row.account.instanceLimit ? { limit: row.account.instanceLimit } : {}),
  });
  return {
    id: row.post.id,
    date: formatExportDate(row.date, locale),
    time: formatExportTime(row.time, locale),
    zone: row.zone,
    account: `${row.account.displayName} (${row.account.handle})`,
    network: row.account.network,
    status: statusName(row.post.status, locale),
    text: row.text,
    length: `${count.length} / ${count.limit}`,
    media: joinList(row.media.map((m) => m.name)),
    alt: row.media.map((m) => (m.alt === '' ? '—' : m.alt)).join('\n'),
    labels: joinList(row.labels.map((l) => l.name)),
    campaign: row.campaign?.name ?? '',
    approvals: row.post.approvals.map((a) => approvalLine(a.decision, a.by, a.at, row.zone, locale)).join('\n'),
    decision: '',
    comment: '',
    accountId: row.account.id,
    revision: row.post.revision,
    contentHash: row.contentHash,
  };
}

function approvalLine(
  decision: Parameters<typeof decisionName>[0],
  by: string,
  at: string,
  zone: string,
  locale: Locale,
): string {
  const wall = wallClockOf(at, zone);
  const when = `${formatExportDate(wall.date, locale)} ${wall.time}`;
  return locale === 'fr'
    ? `${decisionName(decision, locale)} par ${by} le ${when}`
    : `${decisionName(decision, locale)} by ${by} on ${when}`;
}
