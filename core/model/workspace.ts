import { z } from 'zod';
import { Account } from './account.js';
import { CampaignId, Colour, LabelId, PersonId, TimeZone } from './ids.js';
import { ContentRequest } from './request.js';

/**
 * Version of the on-disk format. Bump it with a migration in electron/store/migrations.ts;
 * a workspace written by a newer Calepin opens read-only.
 */
export const SCHEMA_VERSION = 2;

export const LOCALES = ['fr', 'en'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

export const Label = z.object({ id: LabelId, name: z.string().min(1).max(100), colour: Colour });
export type Label = z.infer<typeof Label>;

export const Campaign = z.object({
  id: CampaignId,
  name: z.string().min(1).max(200),
  colour: Colour,
  startsOn: z.iso.date().nullable().default(null),
  endsOn: z.iso.date().nullable().default(null),
});
export type Campaign = z.infer<typeof Campaign>;

export const ROLES = ['community_manager', 'reviewer', 'requester', 'admin'] as const;
export const Person = z.object({
  id: PersonId,
  name: z.string().min(1).max(200),
  email: z.string().max(320).default(''),
  role: z.enum(ROLES),
});
export type Person = z.infer<typeof Person>;

export const WorkspaceSettings = z.object({
  /** The zone the calendar shows by default, whatever the computer's zone. */
  zone: TimeZone,
  /** Language of documents made from this workspace (exports); the UI language is a user preference. */
  locale: Locale,
  /** Time of day given to a post dropped on a day when its account has no free slot. */
  defaultTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .default('09:00'),
});
export type WorkspaceSettings = z.infer<typeof WorkspaceSettings>;

export const ApprovalPolicy = z.object({
  /** How many approvals a post needs before it can be scheduled. */
  required: z.number().int().min(0).max(10).default(1),
  /** Who may approve; empty means any reviewer. */
  reviewers: z.array(PersonId).default([]),
});

/** Reusable text the composer inserts at the caret (a closing line, opening hours…). */
export const Snippet = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(100),
  text: z.string().min(1).max(5_000),
});
export type Snippet = z.infer<typeof Snippet>;

/** A named set of hashtags inserted together, each without its « # ». */
export const HashtagGroup = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(100),
  hashtags: z.array(z.string().trim().min(1).max(100)).min(1).max(60),
});
export type HashtagGroup = z.infer<typeof HashtagGroup>;

/** workspace.json: everything small about a workspace. Posts live in their own files. */
export const WorkspaceFile = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Stable id, used to keep this workspace's backups apart from others'. */
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  settings: WorkspaceSettings,
  accounts: z.array(Account).default([]),
  labels: z.array(Label).default([]),
  campaigns: z.array(Campaign).default([]),
  people: z.array(Person).default([]),
  requests: z.array(ContentRequest).default([]),
  approvalPolicy: ApprovalPolicy.default({ required: 1, reviewers: [] }),
  // Added in schema 2 with defaults: an older workspace.json without them still reads.
  snippets: z.array(Snippet).max(500).default([]),
  hashtagGroups: z.array(HashtagGroup).max(200).default([]),
});
export type WorkspaceFile = z.infer<typeof WorkspaceFile>;
