/**
 * How the sample's posts are written: one story per post, in the words of each voice, placed by a
 * day offset from today so that the calendar looks alive whatever the date of first start.
 */
import type { Register } from '../../core/model/account.js';
import type { FunnelStage, PostStatus } from '../../core/model/post.js';
import type { SampleAccountId } from './accounts.js';
import type { SampleCampaignId, SamplePersonId } from './brand.js';
import type { SampleImageFile } from './media.js';

export interface Story {
  /** Becomes the post id (`ex-<key>`), so links between requests and posts stay readable. */
  key: string;
  title: string;
  status: PostStatus;
  /**
   * Days from today, negative in the past; `null` for the backlog. Days ahead are stretched so that
   * day 45 lands on the last day of next month.
   */
  day: number | null;
  /** Wall-clock time in the first account's zone; its first posting slot when absent. */
  time?: string;
  to: SampleAccountId[];
  master: string;
  /** The text each register gets; an account without one follows the master text. */
  voice?: Partial<Record<Register, string>>;
  /** A network that needs its own words (a TikTok caption, a Mastodon toot). */
  text?: Partial<Record<SampleAccountId, string>>;
  thread?: Partial<Record<SampleAccountId, string[]>>;
  firstComment?: Partial<Record<SampleAccountId, string>>;
  /** Pictures attached to every variant. */
  media?: SampleImageFile[];
  /**
   * Pictures for one account only, in place of `media`: Instagram and TikTok publish nothing
   * without one, where a LinkedIn or Facebook post can go out as text.
   */
  mediaFor?: Partial<Record<SampleAccountId, SampleImageFile[]>>;
  labels?: string[];
  campaign?: SampleCampaignId;
  funnel?: FunnelStage;
  pillar?: string;
  assignee: SamplePersonId;
  request?: string;
  comments?: [SamplePersonId, string][];
  /** The reviewer's decision: `approved` posts and later carry an approval, `changes_requested` its note. */
  review?: { by: SamplePersonId; note?: string };
}
