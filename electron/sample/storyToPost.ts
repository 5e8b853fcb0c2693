/** Turns one story into a post of the model: variants in each account's voice, dates, reviews. */
import { Post } from '../../core/model/post.js';
import { contentHash } from '../../core/review/contentHash.js';
import { SAMPLE_ACCOUNTS, type SampleAccount } from './accounts.js';
import { personName } from './brand.js';
import { SAMPLE_IMAGES } from './media.js';
import type { SampleSchedule } from './schedule.js';
import type { Story } from './story.js';
import { frenchTypography as fr } from './typography.js';

export function samplePostId(key: string): string {
  return `ex-${key}`;
}

const REVIEWED = new Set(['approved', 'scheduled', 'published']);

function account(id: string): SampleAccount {
  const found = SAMPLE_ACCOUNTS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`sample story names an unknown account: ${id}`);
  return found;
}

/** Kept under its old name for the sample's callers; the hash itself is core's review content hash. */
export const sampleContentHash = contentHash;

/** @param index the story's place in the sample, used to spread creation times deterministically. */
export function storyToPost(story: Story, index: number, schedule: SampleSchedule): Post {
  const first = account(story.to[0] ?? '');
  const zone = first.zone;
  const time = story.time ?? first.slots[0]?.time ?? '09:00';
  const plannedAt = story.day === null ? null : schedule.instant(story.day, time, zone);
  // Drafted one to three weeks before it goes out (or before today, for the backlog).
  const createdAt = schedule.before(plannedAt ?? schedule.ago(0), 24 * (7 + ((index * 5) % 14)) + (index % 7));
  const published = story.status === 'published';
  const updatedAt = published && plannedAt ? plannedAt : schedule.before(schedule.ago(2 + (index % 40)), 0);

  const variants = story.to.map((id) => {
    const own = story.text?.[id] ?? story.voice?.[account(id).register];
    return {
      accountId: id,
      customised: own !== undefined,
      text: fr(own ?? story.master),
      threadParts: (story.thread?.[id] ?? []).map(fr),
      firstComment: fr(story.firstComment?.[id] ?? ''),
      media: (story.mediaFor?.[id] ?? story.media ?? []).map((file) => ({ mediaId: SAMPLE_IMAGES[file].id })),
      publishedAt: published ? plannedAt : null,
    };
  });
  const content = { title: fr(story.title), masterText: fr(story.master), variants };
  const parsed = Post.parse({
    ...content,
    id: 'draft',
    status: 'draft',
    plannedAt: null,
    zone,
    accounts: story.to,
    createdAt,
    updatedAt,
    revision: 1,
  });
  const reviewedAt = schedule.before(plannedAt ?? updatedAt, 20 + (index % 30));

  const approvals = story.review
    ? REVIEWED.has(story.status) || story.status === 'changes_requested'
      ? [
          {
            by: personName(story.review.by),
            at: reviewedAt < createdAt ? createdAt : reviewedAt,
            decision: story.status === 'changes_requested' ? 'changes_requested' : 'approved',
            note: fr(story.review.note ?? ''),
            contentHash: sampleContentHash(parsed),
          },
        ]
      : []
    : [];

  return Post.parse({
    ...parsed,
    id: samplePostId(story.key),
    status: story.status,
    plannedAt,
    labels: story.labels ?? [],
    campaign: story.campaign ?? null,
    funnel: story.funnel ?? null,
    pillar: story.pillar ?? '',
    assignee: story.assignee,
    requestId: story.request ?? null,
    comments: (story.comments ?? []).map(([author, text], n) => ({
      id: `c-${story.key}-${n + 1}`,
      author: personName(author),
      at: schedule.before(new Date(Date.parse(createdAt) + (n + 1) * 5_400_000).toISOString(), 0),
      text: fr(text),
    })),
    approvals,
    revision: 1 + (story.comments?.length ?? 0) + approvals.length + (index % 3),
  });
}
