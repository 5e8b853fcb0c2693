/**
 * The columns of Calepin's own plan table: the generic CSV and the import both use them, so a file
 * exported in either language imports back as it was. Headers are written in the document's
 * language and read in both (and by their internal names), whatever their case or accents.
 */
import type { Locale } from '../model/index.js';
import { formatExportDate, formatExportTime, statusName } from './format.js';
import type { ExportRow } from './selection.js';

export const PLAN_COLUMNS = [
  'id',
  'account',
  'handle',
  'network',
  'date',
  'time',
  'zone',
  'status',
  'title',
  'text',
  'firstComment',
  'media',
  'alt',
  'labels',
  'campaign',
  'revision',
] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];

export const PLAN_HEADERS: Record<Locale, Record<PlanColumn, string>> = {
  fr: {
    id: 'Id Calepin',
    account: 'Compte',
    handle: 'Identifiant du compte',
    network: 'Réseau',
    date: 'Date',
    time: 'Heure',
    zone: 'Fuseau horaire',
    status: 'Statut',
    title: 'Titre',
    text: 'Texte',
    firstComment: 'Premier commentaire',
    media: 'Médias',
    alt: 'Textes alternatifs',
    labels: 'Étiquettes',
    campaign: 'Campagne',
    revision: 'Révision',
  },
  en: {
    id: 'Calepin id',
    account: 'Account',
    handle: 'Handle',
    network: 'Network',
    date: 'Date',
    time: 'Time',
    zone: 'Time zone',
    status: 'Status',
    title: 'Title',
    text: 'Text',
    firstComment: 'First comment',
    media: 'Media',
    alt: 'Alt text',
    labels: 'Labels',
    campaign: 'Campaign',
    revision: 'Revision',
  },
};

/**
 * Separator inside a cell that holds several values (media, alt texts, labels). A vertical bar
 * with spaces: rare in names, and it survives both `,` and `;` delimiters without quoting.
 */
export const LIST_SEPARATOR = ' | ';

export function joinList(values: readonly string[]): string {
  return values.join(LIST_SEPARATOR);
}

export function splitList(cell: string): string[] {
  return cell
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** One export row as the plan table's cells (before formula neutralisation). */
export function planCells(row: ExportRow, locale: Locale): Record<PlanColumn, string> {
  return {
    id: row.post.id,
    account: row.account.id,
    handle: row.account.handle,
    network: row.account.network,
    date: formatExportDate(row.date, locale),
    time: formatExportTime(row.time, locale),
    zone: row.zone,
    status: statusName(row.post.status, locale),
    title: row.post.title,
    text: row.text,
    firstComment: row.firstComment,
    media: joinList(row.media.map((m) => m.name)),
    alt: joinList(row.media.map((m) => m.alt.replace(/\|/g, '¦'))),
    labels: joinList(row.labels.map((l) => l.name)),
    campaign: row.campaign?.name ?? '',
    revision: String(row.post.revision),
  };
}
