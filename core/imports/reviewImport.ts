/**
 * Reading back an Excel review file: the marker says it is a Calepin export of this workspace;
 * each row with a decision or a comment becomes part of a per-post preview. A post that changed
 * since the export (another revision, other content) is a conflict and is not applied.
 */
import { parseDecision } from '../export/format.js';
import { restoreCell } from '../export/neutralise.js';
import {
  MARKER_FORMAT,
  MARKER_FORMAT_VERSION,
  MARKER_SHEET,
  REVIEW_COLUMNS,
  REVIEW_HEADERS,
  type ReviewColumn,
} from '../export/reviewSheet.js';
import type { Post } from '../model/index.js';
import type { ReviewDecision } from '../review/decide.js';
import { contentHash } from '../review/contentHash.js';
import type { ImportRejection } from './rejection.js';
import { headerKey, sheetRowNumber, type ParsedTable } from './table.js';

export class ImportRefusal extends Error {
  constructor(
    readonly reason: ImportRejection,
    readonly detail = '',
  ) {
    super(`${reason} ${detail}`);
    this.name = 'ImportRefusal';
  }
}

export interface ReviewMarkerInfo {
  version: string;
  workspaceId: string;
  workspaceName: string;
  madeAt: string;
  from: string;
  to: string;
}

export interface ReviewRowError {
  row: number;
  code: 'unknown_decision';
  value: string;
}

export interface ReviewItem {
  postId: string;
  title: string;
  /** The strictest decision among the post's rows: a refusal outweighs a request for changes, which outweighs an approval. */
  decision: ReviewDecision | null;
  /** The comments of its rows, each prefixed by its account when the post has several. */
  note: string;
  accounts: string[];
  rows: number[];
  conflict: null | 'changed' | 'missing';
  /** The revision the export saw; applying checks it again. */
  revision: number;
}

export interface ReviewPreview {
  kind: 'review';
  marker: ReviewMarkerInfo;
  items: ReviewItem[];
  errors: ReviewRowError[];
}

const SEVERITY: Record<ReviewDecision, number> = { approved: 1, changes_requested: 2, rejected: 3 };

/** True when the table carries the Calepin review marker (whatever its state). */
export function hasReviewMarker(table: ParsedTable): boolean {
  return table.kind === 'xlsx' && table.sheets.some((s) => s.name === MARKER_SHEET);
}

function readMarker(table: ParsedTable): ReviewMarkerInfo {
  const sheet = table.sheets.find((s) => s.name === MARKER_SHEET);
  if (!sheet) throw new ImportRefusal('not_calepin_export');
  const values = new Map(sheet.rows.map((r) => [r[0] ?? '', restoreCell(r[1] ?? '')]));
  if (values.get('format') !== MARKER_FORMAT) throw new ImportRefusal('not_calepin_export');
  if (values.get('formatVersion') !== String(MARKER_FORMAT_VERSION)) {
    throw new ImportRefusal('malformed_export', `format ${values.get('formatVersion') ?? '?'}`);
  }
  const marker = {
    version: values.get('version') ?? '',
    workspaceId: values.get('workspaceId') ?? '',
    workspaceName: values.get('workspaceName') ?? '',
    madeAt: values.get('madeAt') ?? '',
    from: values.get('from') ?? '',
    to: values.get('to') ?? '',
  };
  if (!/^[0-9a-f]{64}$/.test(marker.version) || marker.workspaceId === '') {
    throw new ImportRefusal('malformed_export', 'marker');
  }
  return marker;
}

function columnsOf(header: readonly string[]): Map<ReviewColumn, number> {
  const names = new Map<string, ReviewColumn>();
  for (const locale of ['fr', 'en'] as const) {
    for (const key of REVIEW_COLUMNS) names.set(headerKey(REVIEW_HEADERS[locale][key]), key);
  }
  const found = new Map<ReviewColumn, number>();
  header.forEach((cell, index) => {
    const key = names.get(headerKey(restoreCell(cell)));
    if (key && !found.has(key)) found.set(key, index);
  });
  return found;
}

const NEEDED: ReviewColumn[] = ['id', 'accountId', 'revision', 'contentHash', 'decision', 'comment'];

export function previewReview(
  table: ParsedTable,
  posts: ReadonlyMap<string, Post>,
  workspace: { id: string; accounts: readonly { id: string; displayName: string }[] },
): ReviewPreview {
  const marker = readMarker(table);
  if (marker.workspaceId !== workspace.id) throw new ImportRefusal('other_workspace', marker.workspaceName);
  const sheet = table.sheets.find((s) => !s.hidden && s.name !== MARKER_SHEET);
  if (!sheet || sheet.rows.length === 0) throw new ImportRefusal('malformed_export', 'Plan');
  const columns = columnsOf(sheet.rows[0] ?? []);
  const missing = NEEDED.filter((c) => !columns.has(c));
  if (missing.length > 0) throw new ImportRefusal('malformed_export', missing.join(', '));
  const cell = (row: readonly string[], key: ReviewColumn) => restoreCell(row[columns.get(key)!] ?? '').trim();
  const accountName = new Map(workspace.accounts.map((a) => [a.id, a.displayName]));

  const items = new Map<string, ReviewItem>();
  const notes = new Map<string, { account: string; text: string }[]>();
  const errors: ReviewRowError[] = [];
  sheet.rows.slice(1).forEach((row, index) => {
    const decisionText = cell(row, 'decision');
    const comment = cell(row, 'comment');
    if (decisionText === '' && comment === '') return;
    const rowNumber = sheetRowNumber(index);
    const decision = parseDecision(decisionText);
    if (decisionText !== '' && decision === null) {
      errors.push({ row: rowNumber, code: 'unknown_decision', value: decisionText });
      return;
    }
    const postId = cell(row, 'id');
    const accountId = cell(row, 'accountId');
    const revision = Number(cell(row, 'revision'));
    if (postId === '' || !Number.isInteger(revision)) throw new ImportRefusal('malformed_export', `row ${rowNumber}`);
    const post = posts.get(postId);
    let item = items.get(postId);
    if (!item) {
      const changed = post && (post.revision !== revision || contentHash(post) !== cell(row, 'contentHash'));
      item = {
        postId,
        title: post?.title ?? '',
        decision: null,
        note: '',
        accounts: [],
        rows: [],
        conflict: !post ? 'missing' : changed ? 'changed' : null,
        revision,
      };
      items.set(postId, item);
    }
    item.rows.push(rowNumber);
    const account = accountName.get(accountId) ?? accountId;
    if (!item.accounts.includes(account)) item.accounts.push(account);
    if (decision && (item.decision === null || SEVERITY[decision] > SEVERITY[item.decision])) item.decision = decision;
    if (comment !== '') notes.set(postId, [...(notes.get(postId) ?? []), { account, text: comment }]);
  });

  for (const [postId, list] of notes) {
    const item = items.get(postId)!;
    const distinct = [...new Set(list.map((n) => n.text))];
    item.note = distinct.length === 1 ? distinct[0]! : list.map((n) => `${n.account} — ${n.text}`).join('\n');
  }
  return { kind: 'review', marker, items: [...items.values()], errors };
}
