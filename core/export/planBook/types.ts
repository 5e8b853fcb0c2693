/**
 * What the plan book is made from. The rows are the export's rows (core/export/selection.ts
 * `ExportRow`): only the fields the document prints are named here, so it can be fed from them
 * and tested with plain objects alike.
 */
import type { Account, Locale, Post, PostStatus } from '../../model/index.js';

export type Orientation = 'portrait' | 'landscape';

export interface PlanBookRow {
  key: string;
  post: Pick<Post, 'id' | 'title' | 'status' | 'approvals'>;
  account: Pick<Account, 'id' | 'displayName' | 'handle' | 'network' | 'colour'>;
  /** Wall-clock date and time in the post's zone. */
  date: string;
  time: string;
  zone: string;
  /** The date in the workspace's zone: which day and week the card sits in. */
  workspaceDate: string;
  text: string;
  threadParts: readonly string[];
  firstComment: string;
  media: readonly { id: string; name: string; alt: string; kind: string }[];
  labels: readonly { name: string; colour: string }[];
  campaign: { name: string; colour: string } | null;
}

export interface PlanBookInput {
  workspace: { name: string; zone: string };
  /** What the cover names: the period and the filters, already as the reader should read them. */
  selection: {
    from: string;
    to: string;
    locale: Locale;
    statuses: readonly PostStatus[];
    /** Display names; empty means all. */
    accounts: readonly string[];
    labels: readonly string[];
    campaigns: readonly string[];
  };
  rows: readonly PlanBookRow[];
  versionHash: string;
  /** When the document was made (UTC ISO); printed in the workspace's zone. */
  generatedAt: string;
  orientation: Orientation;
  /** `data:` URIs of the thumbnails, by media id; a missing one prints as a named placeholder. */
  thumbnails: ReadonlyMap<string, string>;
}
