import { z } from 'zod';
import { patchOf } from './patch.js';
import { AccountId, CampaignId, LabelId, MediaId, PersonId, PostId, RequestId, TimeZone, UtcInstant } from './ids.js';

/**
 * The life of a post. `changes_requested` and `approved` are the two outcomes of a review;
 * `archived` can be reached from any status and is left by restoring to `draft`.
 */
export const POST_STATUSES = [
  'idea',
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'archived',
] as const;
export const PostStatus = z.enum(POST_STATUSES);
export type PostStatus = z.infer<typeof PostStatus>;

export const FUNNEL_STAGES = ['tofu', 'mofu', 'bofu'] as const;
export const FunnelStage = z.enum(FUNNEL_STAGES);
export type FunnelStage = z.infer<typeof FunnelStage>;

/** Text is capped well above any network's limit so that a huge paste is kept, not refused, yet bounded. */
export const PostText = z.string().max(250_000);

export const AttachedMedia = z.object({
  mediaId: MediaId,
  /** Overrides the library item's alt text for this variant only; absent means "use the library's". */
  alt: z.string().max(5_000).optional(),
});
export type AttachedMedia = z.infer<typeof AttachedMedia>;

/** What one account publishes. A variant with `customised: false` follows the master text. */
export const Variant = z.object({
  accountId: AccountId,
  customised: z.boolean().default(false),
  text: PostText.default(''),
  /** Thread parts after the first, when the text was split (X, Bluesky, Mastodon, Threads). */
  threadParts: z.array(PostText).default([]),
  firstComment: PostText.default(''),
  media: z.array(AttachedMedia).default([]),
  publishedAt: UtcInstant.nullable().default(null),
});
export type Variant = z.infer<typeof Variant>;

export const Comment = z.object({
  id: z.string().min(1).max(64),
  author: z.string().min(1).max(200),
  at: UtcInstant,
  text: z.string().min(1).max(20_000),
});
export type Comment = z.infer<typeof Comment>;

export const APPROVAL_DECISIONS = ['approved', 'changes_requested', 'rejected'] as const;
export const Approval = z.object({
  by: z.string().min(1).max(200),
  at: UtcInstant,
  decision: z.enum(APPROVAL_DECISIONS),
  note: z.string().max(20_000).default(''),
  /** Hash of the content that was approved, so an edit after approval is visible. */
  contentHash: z.string().max(128),
});
export type Approval = z.infer<typeof Approval>;

export const Post = z.object({
  id: PostId,
  title: z.string().max(500).default(''),
  status: PostStatus,
  /** When it goes out, in UTC. `null` means the post sits in the backlog. */
  plannedAt: UtcInstant.nullable(),
  /** The zone the post was planned in: a move keeps the wall-clock time in this zone. */
  zone: TimeZone,
  accounts: z.array(AccountId).max(50),
  masterText: PostText.default(''),
  variants: z.array(Variant).default([]),
  labels: z.array(LabelId).default([]),
  campaign: CampaignId.nullable().default(null),
  funnel: FunnelStage.nullable().default(null),
  pillar: z.string().max(200).default(''),
  assignee: PersonId.nullable().default(null),
  requestId: RequestId.nullable().default(null),
  comments: z.array(Comment).default([]),
  approvals: z.array(Approval).default([]),
  seriesId: z.string().max(64).nullable().default(null),
  createdAt: UtcInstant,
  updatedAt: UtcInstant,
  /** Increases by one on every save; lets a client tell that the post changed under it. */
  revision: z.number().int().min(1),
});
export type Post = z.infer<typeof Post>;

/** What a client may set when creating or editing a post. Ids, dates and revision belong to the store. */
export const PostDraft = Post.omit({ id: true, createdAt: true, updatedAt: true, revision: true }).extend({
  status: PostStatus.default('draft'),
  zone: TimeZone.optional(),
});
export type PostDraft = z.input<typeof PostDraft>;

export const PostPatch = patchOf(PostDraft);
export type PostPatch = z.input<typeof PostPatch>;

/**
 * The few fields that lists and the calendar need, ~200 bytes a post. The store keeps these
 * in its index so that opening a workspace of 50,000 posts does not read 50,000 files.
 */
export const PostSummary = Post.pick({
  id: true,
  title: true,
  status: true,
  plannedAt: true,
  zone: true,
  accounts: true,
  labels: true,
  campaign: true,
  assignee: true,
  updatedAt: true,
  revision: true,
}).extend({
  /** The first characters of the master text, for cards and search. */
  excerpt: z.string().max(2_000),
});
export type PostSummary = z.infer<typeof PostSummary>;

const EXCERPT_LENGTH = 140;

export function summarise(post: Post): PostSummary {
  return {
    id: post.id,
    title: post.title,
    status: post.status,
    plannedAt: post.plannedAt,
    zone: post.zone,
    accounts: post.accounts,
    labels: post.labels,
    campaign: post.campaign,
    assignee: post.assignee,
    updatedAt: post.updatedAt,
    revision: post.revision,
    excerpt: firstGraphemes(post.masterText.replace(/\s+/g, ' ').trim(), EXCERPT_LENGTH),
  };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Cuts on user-perceived characters, so a family emoji or a flag is never split. */
function firstGraphemes(text: string, count: number): string {
  // Only the head matters: a grapheme is at most a few dozen code units, so skip segmenting the rest.
  const head = text.slice(0, count * 8);
  let out = '';
  let taken = 0;
  for (const { segment } of graphemes.segment(head)) {
    if (taken === count) break;
    out += segment;
    taken += 1;
  }
  return out;
}
