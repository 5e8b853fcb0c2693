/**
 * What an export covers, and the rows it holds. The same selection drives every format (PDF, xlsx,
 * CSV, ICS, the CLI and the Exports screen), so that two files made from one selection list the
 * same posts and carry the same version hash.
 */
import { z } from 'zod';
import { Temporal } from 'temporal-polyfill';
import { todayIn } from '../calendar/zonedTime.js';
import { wallClockOf } from './wallClock.js';
import {
  AccountId,
  CampaignId,
  LabelId,
  Locale,
  PostStatus,
  type Account,
  type Campaign,
  type Label,
  type MediaItem,
  type Post,
} from '../model/index.js';
import { contentHash } from '../review/contentHash.js';
import { sha256Hex } from './sha256.js';
import { publishedParts } from '../validate/signature.js';

/** A variant not yet drafted for an account publishes the master text. */
const FOLLOWS_MASTER = { customised: false, text: '', threadParts: [] as string[] };

/** Approved and scheduled: what a stakeholder is asked to look at, not the drafts. */
export const DEFAULT_EXPORT_STATUSES = ['approved', 'scheduled'] as const satisfies readonly PostStatus[];

const PlainDate = z.iso.date();

/**
 * Empty lists mean "all" (accounts, labels, campaigns). Missing dates take the defaults of
 * `resolveSelection`; a missing locale takes the workspace's document language.
 */
export const ExportSelection = z
  .object({
    from: PlainDate.optional(),
    to: PlainDate.optional(),
    accounts: z.array(AccountId).max(200).default([]),
    statuses: z
      .array(PostStatus)
      .min(1)
      .default([...DEFAULT_EXPORT_STATUSES]),
    labels: z.array(LabelId).max(500).default([]),
    campaigns: z.array(CampaignId).max(500).default([]),
    locale: Locale.optional(),
  })
  .refine((s) => s.from === undefined || s.to === undefined || s.from <= s.to, {
    message: 'the period ends before it starts',
    path: ['to'],
  });
export type ExportSelection = z.infer<typeof ExportSelection>;
export type ExportSelectionInput = z.input<typeof ExportSelection>;

/** A selection with every default filled in: what a document names on its cover. */
export interface ResolvedSelection {
  from: string;
  to: string;
  accounts: string[];
  statuses: PostStatus[];
  labels: string[];
  campaigns: string[];
  locale: Locale;
}

/** The workspace facts an export needs besides the posts. */
export interface ExportWorkspace {
  id: string;
  name: string;
  settings: { zone: string; locale: Locale };
  accounts: readonly Account[];
  labels: readonly Label[];
  campaigns: readonly Campaign[];
  media: readonly MediaItem[];
}

/** Default period: from today to the last day of next month, in the workspace's zone. */
export function resolveSelection(selection: ExportSelection, workspace: ExportWorkspace, now: Date): ResolvedSelection {
  const today = todayIn(workspace.settings.zone, now);
  const from = selection.from ?? today;
  const to =
    selection.to ??
    Temporal.PlainDate.from(from < today ? today : from)
      .with({ day: 1 })
      .add({ months: 2 })
      .subtract({ days: 1 })
      .toString();
  return {
    from,
    to,
    accounts: [...selection.accounts],
    statuses: [...selection.statuses],
    labels: [...selection.labels],
    campaigns: [...selection.campaigns],
    locale: selection.locale ?? workspace.settings.locale,
  };
}

export interface ExportMedia {
  id: string;
  name: string;
  alt: string;
  kind: MediaItem['kind'];
  /** Where the file sits inside the workspace folder (media/…); empty when the item is missing. */
  file: string;
}

/** One post as one account publishes it: the unit of every export (a row, a card, an event). */
export interface ExportRow {
  post: Post;
  account: Account;
  /** Stable across exports: the key a re-import and a calendar client match on. */
  key: string;
  plannedAt: string;
  /** Wall-clock date (YYYY-MM-DD) and time (HH:mm) in the post's own zone. */
  date: string;
  time: string;
  zone: string;
  /** The date in the workspace's zone, what the period and week summaries go by. */
  workspaceDate: string;
  text: string;
  threadParts: string[];
  firstComment: string;
  media: ExportMedia[];
  labels: Label[];
  campaign: Campaign | null;
  /** The content hash the post had when exported; a re-import compares it to spot a change. */
  contentHash: string;
}

/**
 * Picks the rows of a selection: planned posts whose date in the workspace zone falls in the
 * period, one row per post and selected account, in time order (then post id, then the post's
 * account order) so that the output does not depend on the order posts were read.
 */
export function selectRows(
  posts: readonly Post[],
  workspace: ExportWorkspace,
  selection: ResolvedSelection,
): ExportRow[] {
  const zone = workspace.settings.zone;
  const accounts = new Map(workspace.accounts.map((a) => [a.id as string, a]));
  const labels = new Map(workspace.labels.map((l) => [l.id as string, l]));
  const campaigns = new Map(workspace.campaigns.map((c) => [c.id as string, c]));
  const media = new Map(workspace.media.map((m) => [m.id as string, m]));
  const statuses = new Set<string>(selection.statuses);
  const wantedAccounts = new Set(selection.accounts);
  const wantedLabels = new Set(selection.labels);
  const wantedCampaigns = new Set(selection.campaigns);

  const rows: ExportRow[] = [];
  for (const post of posts) {
    if (post.plannedAt === null || !statuses.has(post.status)) continue;
    if (wantedLabels.size > 0 && !post.labels.some((l) => wantedLabels.has(l))) continue;
    if (wantedCampaigns.size > 0 && (post.campaign === null || !wantedCampaigns.has(post.campaign))) continue;
    const workspaceDate = wallClockOf(post.plannedAt, zone).date;
    if (workspaceDate < selection.from || workspaceDate > selection.to) continue;
    const wall = wallClockOf(post.plannedAt, post.zone);
    const hash = contentHash(post);
    for (const accountId of post.accounts) {
      if (wantedAccounts.size > 0 && !wantedAccounts.has(accountId)) continue;
      const account = accounts.get(accountId);
      if (!account) continue;
      const variant = post.variants.find((v) => v.accountId === accountId);
      // What the network will receive: the account's signature included (core/validate/signature.ts).
      const [text = '', ...threadParts] = publishedParts(post, variant ?? FOLLOWS_MASTER, account);
      rows.push({
        post,
        account,
        key: `${post.id}.${accountId}`,
        plannedAt: post.plannedAt,
        date: wall.date,
        time: wall.time,
        zone: post.zone,
        workspaceDate,
        text,
        threadParts,
        firstComment: variant?.firstComment ?? '',
        media: (variant?.media ?? []).map((attached) => {
          const item = media.get(attached.mediaId);
          return {
            id: attached.mediaId,
            name: item?.name ?? attached.mediaId,
            alt: attached.alt ?? item?.alt ?? '',
            kind: item?.kind ?? 'image',
            file: item?.file ?? '',
          };
        }),
        labels: post.labels.flatMap((id) => labels.get(id) ?? []),
        campaign: post.campaign === null ? null : (campaigns.get(post.campaign) ?? null),
        contentHash: hash,
      });
    }
  }
  return rows.sort(
    (a, b) =>
      compare(a.plannedAt, b.plannedAt) ||
      compare(a.post.id, b.post.id) ||
      a.post.accounts.indexOf(a.account.id) - b.post.accounts.indexOf(b.account.id),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The version of an export's content: SHA-256 over what each row shows (post, account, revision,
 * time, status, the content hash of its words and media, alt texts) and the selection's period. Same posts and selection, same hash,
 * whatever the format or the day it was made.
 */
export function exportVersionHash(rows: readonly ExportRow[], selection: ResolvedSelection): string {
  const content = rows.map((r) => [
    r.key,
    r.post.revision,
    r.plannedAt,
    r.zone,
    r.post.status,
    r.contentHash,
    r.media.map((m) => [m.id, m.alt]),
    r.labels.map((l) => l.id),
    r.campaign?.id ?? null,
    r.post.approvals.map((a) => [a.by, a.at, a.decision]),
  ]);
  const head = [selection.from, selection.to, selection.accounts, selection.statuses, selection.locale];
  return sha256Hex(JSON.stringify([head, content]));
}

/** The short form printed on covers and in file markers. */
export function shortVersion(hash: string): string {
  return hash.slice(0, 12);
}
