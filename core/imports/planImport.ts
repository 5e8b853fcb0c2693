/**
 * Bulk import of a plan from a table (CSV or the first sheet of an xlsx): columns mapped to fields
 * (guessed from the headers, in French or English, or given by the user), each row checked, and a
 * preview of what would be created or updated, with per-row errors. Nothing here writes: the
 * Node side applies the preview once the user confirms. Calepin's own generic CSV maps itself, so
 * a file exported and imported back changes nothing.
 */
import { wallClockToInstant } from '../calendar/zonedTime.js';
import { parseExportDate, parseExportTime, parseStatus } from '../export/format.js';
import { looksLikeFormula, restoreCell } from '../export/neutralise.js';
import { PLAN_HEADERS, splitList } from '../export/planColumns.js';
import {
  isKnownTimeZone,
  type Account,
  type Campaign,
  type Label,
  type MediaItem,
  type Post,
  type PostStatus,
} from '../model/index.js';
import { unsignText, variantText } from '../validate/signature.js';
import { ImportRefusal } from './reviewImport.js';
import { headerKey, sheetRowNumber, type ParsedTable } from './table.js';

export const PLAN_FIELDS = [
  'id',
  'account',
  'date',
  'time',
  'zone',
  'status',
  'title',
  'text',
  'firstComment',
  'media',
  'labels',
  'campaign',
  'revision',
] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

/** Field → column index in the file (0-based), or absent when the file has no such column. */
export type ColumnMapping = Partial<Record<PlanField, number>>;

/** Other names people give these columns (schedulers' templates, spreadsheets made by hand). */
const ALIASES: Record<PlanField, string[]> = {
  id: ['id', 'identifiant', 'calepinid', 'idcalepin'],
  account: ['account', 'compte', 'accountid', 'profil', 'profile', 'reseausocial', 'channel', 'canal'],
  date: ['date', 'jour', 'day', 'publishdate', 'datedepublication'],
  time: ['time', 'heure', 'hour', 'time24hr', 'horaire'],
  zone: ['zone', 'timezone', 'fuseau', 'fuseauhoraire'],
  status: ['status', 'statut', 'etat', 'state'],
  title: ['title', 'titre', 'sujet', 'subject'],
  text: ['text', 'texte', 'message', 'messagetext', 'contenu', 'content', 'post', 'publication', 'caption', 'legende'],
  firstComment: ['firstcomment', 'premiercommentaire'],
  media: ['media', 'medias', 'mediafile', 'fichiermedia', 'image', 'images', 'visuel', 'visuels', 'file', 'fichier'],
  labels: ['labels', 'etiquettes', 'etiquette', 'tags', 'tag', 'label'],
  campaign: ['campaign', 'campagne'],
  revision: ['revision'],
};

/** Guesses the mapping from the header row: our own headers first, then the aliases. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const byName = new Map<string, PlanField>();
  for (const locale of ['fr', 'en'] as const) {
    for (const field of PLAN_FIELDS) byName.set(headerKey(PLAN_HEADERS[locale][field]), field);
  }
  for (const field of PLAN_FIELDS) for (const alias of ALIASES[field]) if (!byName.has(alias)) byName.set(alias, field);
  const mapping: ColumnMapping = {};
  header.forEach((cell, index) => {
    const field = byName.get(headerKey(restoreCell(cell)));
    if (field && mapping[field] === undefined) mapping[field] = index;
  });
  return mapping;
}

export type PlanRowErrorCode =
  | 'missing_account'
  | 'unknown_account'
  | 'bad_date'
  | 'bad_time'
  | 'time_without_date'
  | 'unknown_zone'
  | 'unknown_status'
  | 'unknown_label'
  | 'unknown_campaign'
  | 'missing_text'
  | 'formula'
  | 'unknown_post'
  | 'changed_since_export'
  | 'media_outside_folder'
  | 'media_missing';

export interface PlanRowError {
  row: number;
  code: PlanRowErrorCode;
  value: string;
}

/** A media cell entry: a library item by name, or a file beside the imported file. */
export type MediaRef = { kind: 'library'; mediaId: string; name: string } | { kind: 'file'; path: string };

export interface PlannedRow {
  row: number;
  accountId: string;
  plannedAt: string | null;
  zone: string;
  status: PostStatus | null;
  title: string | null;
  text: string;
  firstComment: string | null;
  media: MediaRef[];
  /** Whether the file has a media column: without one, an update leaves the post's media alone. */
  mediaGiven: boolean;
  labels: string[] | null;
  campaign: string | null | undefined;
}

export interface PlanCreate {
  kind: 'create';
  rows: PlannedRow[];
}

export interface PlanUpdate {
  kind: 'update';
  postId: string;
  revision: number;
  rows: PlannedRow[];
  /** What would change, field by field; empty means the row matches the post. */
  changes: string[];
}

export interface PlanPreview {
  kind: 'plan';
  header: string[];
  mapping: ColumnMapping;
  creates: PlanCreate[];
  updates: PlanUpdate[];
  errors: PlanRowError[];
  rowCount: number;
}

export interface PlanContext {
  zone: string;
  defaultTime: string;
  accounts: readonly Account[];
  labels: readonly Label[];
  campaigns: readonly Campaign[];
  media: readonly MediaItem[];
  posts: ReadonlyMap<string, Post>;
}

function findAccount(cell: string, accounts: readonly Account[]): Account | undefined {
  const wanted = cell.trim().toLowerCase();
  const bare = wanted.replace(/^@/, '');
  return accounts.find((a) => {
    const handle = a.handle.toLowerCase().replace(/^@/, '');
    return (
      a.id.toLowerCase() === wanted ||
      handle === bare ||
      `${a.network}:${handle}` === bare.replace(/:@/, ':') ||
      a.displayName.toLowerCase() === wanted
    );
  });
}

/** Paths in a media cell must stay inside the imported file's folder: no absolute path, no "..". */
export function isSafeRelativePath(ref: string): boolean {
  if (ref === '' || ref.includes('\0')) return false;
  if (/^([a-zA-Z]:|[\\/])/.test(ref)) return false;
  return !ref.split(/[\\/]+/).some((part) => part === '..');
}

export function resolvedText(post: Post, accountId: string): string {
  const variant = post.variants.find((v) => v.accountId === accountId);
  return variant ? variantText(post, variant) : post.masterText;
}

export function previewPlan(table: ParsedTable, context: PlanContext, mappingOverride?: ColumnMapping): PlanPreview {
  if (table.formulas.length > 0) throw new ImportRefusal('formulas', table.formulas.join(', '));
  const sheet = table.sheets.find((s) => !s.hidden);
  if (!sheet || sheet.rows.length < 2) throw new ImportRefusal('empty');
  const header = sheet.rows[0]!.map(restoreCell);
  const mapping = mappingOverride ?? guessMapping(header);
  const lacking = (['account', 'text'] as const).filter((f) => mapping[f] === undefined);
  if (lacking.length > 0) throw new ImportRefusal('no_columns', lacking.join(', '));

  const errors: PlanRowError[] = [];
  const creates: PlanCreate[] = [];
  const updates = new Map<string, PlanUpdate>();
  const labelsByName = new Map(context.labels.map((l) => [l.name.toLowerCase(), l.id as string]));
  const campaignsByName = new Map(context.campaigns.map((c) => [c.name.toLowerCase(), c.id as string]));
  const mediaByName = new Map(context.media.map((m) => [m.name.toLowerCase(), m]));
  const rows = sheet.rows.slice(1);

  rows.forEach((raw, index) => {
    const rowNumber = sheetRowNumber(index);
    if (raw.every((c) => c.trim() === '')) return;
    const fail = (code: PlanRowErrorCode, value = '') => errors.push({ row: rowNumber, code, value });
    const formula = raw.find(looksLikeFormula);
    if (formula !== undefined) return fail('formula', formula.slice(0, 40));
    const get = (field: PlanField): string | undefined => {
      const column = mapping[field];
      return column === undefined ? undefined : restoreCell(raw[column] ?? '');
    };

    const accountCell = get('account')?.trim() ?? '';
    if (accountCell === '') return fail('missing_account');
    const account = findAccount(accountCell, context.accounts);
    if (!account) return fail('unknown_account', accountCell);
    // Exports carry the account's signature; it is added again when publishing, never stored.
    const text = unsignText(get('text') ?? '', account.style.signature);

    const zoneCell = get('zone')?.trim() ?? '';
    if (zoneCell !== '' && !isKnownTimeZone(zoneCell)) return fail('unknown_zone', zoneCell);
    const id = get('id')?.trim() ?? '';
    const existing = id === '' ? undefined : context.posts.get(id);
    const zone = zoneCell || existing?.zone || account.zone || context.zone;

    const dateCell = get('date')?.trim() ?? '';
    const timeCell = get('time')?.trim() ?? '';
    // A spreadsheet date cell may hold "2026-12-07 09:30": the time then comes with it.
    const [datePart, timeInDate] = dateCell.split(/\s+(?=\d{1,2}[:h.]\d{2})/);
    const date = datePart ? parseExportDate(datePart) : null;
    if (dateCell !== '' && !date) return fail('bad_date', dateCell);
    const timeText = timeCell || timeInDate || '';
    const time = timeText === '' ? context.defaultTime : parseExportTime(timeText);
    if (!time) return fail('bad_time', timeText);
    if (!date && timeCell !== '') return fail('time_without_date', timeCell);
    const plannedAt = date ? wallClockToInstant({ date, time }, zone) : null;

    const statusCell = get('status')?.trim() ?? '';
    const status = statusCell === '' ? null : parseStatus(statusCell);
    if (statusCell !== '' && !status) return fail('unknown_status', statusCell);

    const labelsCell = get('labels');
    let labels: string[] | null = null;
    if (labelsCell !== undefined) {
      labels = [];
      for (const name of splitList(labelsCell)) {
        const labelId = labelsByName.get(name.toLowerCase());
        if (!labelId) return fail('unknown_label', name);
        labels.push(labelId);
      }
    }
    const campaignCell = get('campaign')?.trim();
    let campaign: string | null | undefined;
    if (campaignCell !== undefined) {
      campaign = campaignCell === '' ? null : campaignsByName.get(campaignCell.toLowerCase());
      if (campaign === undefined) return fail('unknown_campaign', campaignCell);
    }
    const media: MediaRef[] = [];
    const mediaCell = get('media');
    for (const ref of splitList(mediaCell ?? '')) {
      const item = mediaByName.get(ref.toLowerCase());
      if (item) media.push({ kind: 'library', mediaId: item.id, name: item.name });
      else if (!isSafeRelativePath(ref)) return fail('media_outside_folder', ref);
      else media.push({ kind: 'file', path: ref });
    }
    if (text.trim() === '' && media.length === 0) return fail('missing_text');

    const planned: PlannedRow = {
      row: rowNumber,
      accountId: account.id,
      plannedAt,
      zone,
      status,
      title: get('title') ?? null,
      text,
      firstComment: get('firstComment') ?? null,
      media,
      mediaGiven: mediaCell !== undefined,
      labels,
      campaign,
    };
    if (id === '') {
      creates.push({ kind: 'create', rows: [planned] });
      return;
    }
    if (!existing) return fail('unknown_post', id);
    const revisionCell = get('revision')?.trim() ?? '';
    if (revisionCell !== '' && Number(revisionCell) !== existing.revision) return fail('changed_since_export', id);
    const update = updates.get(id) ?? {
      kind: 'update',
      postId: id,
      revision: existing.revision,
      rows: [],
      changes: [],
    };
    update.rows.push(planned);
    updates.set(id, update);
  });

  for (const update of updates.values()) update.changes = changesOf(context.posts.get(update.postId)!, update.rows);
  return {
    kind: 'plan',
    header,
    mapping,
    creates,
    updates: [...updates.values()],
    errors,
    rowCount: rows.length,
  };
}

/** Whether a row names the variant's media, in order (a file still to import is always a change). */
function sameMedia(refs: readonly MediaRef[], attached: readonly { mediaId: string }[]): boolean {
  return (
    refs.length === attached.length &&
    refs.every((ref, index) => ref.kind === 'library' && ref.mediaId === attached[index]!.mediaId)
  );
}

/** The fields an update would change, named for the preview ("text:fds-x", "plannedAt"…). */
export function changesOf(post: Post, rows: readonly PlannedRow[]): string[] {
  const first = rows[0]!;
  const changes: string[] = [];
  if (first.plannedAt !== post.plannedAt) changes.push('plannedAt');
  if (first.zone !== post.zone) changes.push('zone');
  if (first.status !== null && first.status !== post.status) changes.push('status');
  if (first.title !== null && first.title !== post.title) changes.push('title');
  if (first.labels !== null && first.labels.join('|') !== post.labels.join('|')) changes.push('labels');
  if (first.campaign !== undefined && first.campaign !== post.campaign) changes.push('campaign');
  for (const row of rows) {
    if (!post.accounts.includes(row.accountId as Post['accounts'][number])) changes.push(`account:${row.accountId}`);
    else if (row.text !== resolvedText(post, row.accountId)) changes.push(`text:${row.accountId}`);
    const variant = post.variants.find((v) => v.accountId === row.accountId);
    if (row.firstComment !== null && row.firstComment !== (variant?.firstComment ?? '')) {
      changes.push(`firstComment:${row.accountId}`);
    }
    if (row.mediaGiven && !sameMedia(row.media, variant?.media ?? [])) changes.push(`media:${row.accountId}`);
  }
  return changes;
}
