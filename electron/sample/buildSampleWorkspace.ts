/**
 * The French sample workspace a new user opens on first start: « Les Fournils de Saône ».
 * Pure apart from hashing: the same `today` and zone always give the same workspace, so tests can
 * pin it and the sample never drifts between two machines.
 */
import { MediaItem } from '../../core/model/media.js';
import type { Post } from '../../core/model/post.js';
import { SCHEMA_VERSION, WorkspaceFile } from '../../core/model/workspace.js';
import { SAMPLE_ACCOUNTS } from './accounts.js';
import { SAMPLE_CAMPAIGNS, SAMPLE_LABELS, SAMPLE_PEOPLE } from './brand.js';
import { sampleImages } from './media.js';
import { SAMPLE_REQUESTS } from './requests.js';
import { sampleSchedule } from './schedule.js';
import { APPROVED_STORIES } from './stories/approved.js';
import { ARCHIVED_STORIES } from './stories/archived.js';
import { DRAFT_STORIES } from './stories/drafts.js';
import { IDEA_STORIES } from './stories/ideas.js';
import { PUBLISHED_STORIES } from './stories/published.js';
import { REVIEW_STORIES } from './stories/review.js';
import { SCHEDULED_STORIES } from './stories/scheduled.js';
import { samplePostId, storyToPost } from './storyToPost.js';
import { frenchTypography as fr } from './typography.js';

export const SAMPLE_NAME = 'Les Fournils de Saône (exemple)';
export const SAMPLE_STORIES = [
  ...PUBLISHED_STORIES,
  ...ARCHIVED_STORIES,
  ...SCHEDULED_STORIES,
  ...APPROVED_STORIES,
  ...REVIEW_STORIES,
  ...DRAFT_STORIES,
  ...IDEA_STORIES,
];

export interface SampleWorkspace {
  workspace: WorkspaceFile;
  posts: Post[];
  media: MediaItem[];
  /** Where each media item's bytes are: a file name in assets/sample/images/. */
  mediaSources: { sha256: string; file: string }[];
}

export interface SampleOptions {
  /** The instant the sample is made; dates are placed around it. */
  today: Date;
  /** The workspace's zone (the calendar's default); accounts keep their own. */
  zone?: string;
  /** Stable per workspace so that two samples do not share backups; a fixed id by default. */
  id?: string;
}

/** Where a media file lives inside the workspace: content-addressed, media/ab/abcdef….jpg. */
export function mediaPath(sha256: string, extension: string): string {
  return `media/${sha256.slice(0, 2)}/${sha256}.${extension}`;
}

export function buildSampleWorkspace({
  today,
  zone = 'Europe/Paris',
  id = 'exemple-fournils-de-saone',
}: SampleOptions): SampleWorkspace {
  const schedule = sampleSchedule(today, zone);
  const images = sampleImages();

  const workspace = WorkspaceFile.parse({
    schemaVersion: SCHEMA_VERSION,
    id,
    name: SAMPLE_NAME,
    settings: { zone, locale: 'fr', defaultTime: '09:00' },
    accounts: SAMPLE_ACCOUNTS.map((account) => ({
      ...account,
      style: { ...account.style, signature: fr(account.style.signature ?? '') },
    })),
    labels: SAMPLE_LABELS,
    campaigns: SAMPLE_CAMPAIGNS.map(({ fromDay, toDay, ...campaign }) => ({
      ...campaign,
      startsOn: schedule.date(fromDay, zone),
      endsOn: schedule.date(toDay, zone),
    })),
    people: SAMPLE_PEOPLE,
    requests: SAMPLE_REQUESTS.map((request) => ({
      id: request.id,
      from: request.from,
      team: request.team,
      what: fr(request.what),
      accounts: request.accounts,
      deadline: request.deadlineDay === null ? null : schedule.date(request.deadlineDay, zone),
      priority: request.priority,
      status: request.status,
      postId: request.post ? samplePostId(request.post) : null,
      createdAt: schedule.ago(24 * request.daysAgo + 3),
    })),
    approvalPolicy: { required: 1, reviewers: ['sophie', 'helene'] },
  });

  const posts = SAMPLE_STORIES.map((story, index) => storyToPost(story, index, schedule));

  const media = images.map((image, index) =>
    MediaItem.parse({
      id: image.id,
      sha256: image.sha256,
      name: image.name,
      file: mediaPath(image.sha256, 'jpg'),
      kind: 'image',
      mime: image.mime,
      width: image.width,
      height: image.height,
      durationSeconds: null,
      bytes: image.bytes,
      alt: fr(image.alt),
      tags: image.tags,
      folder: image.folder,
      importedAt: schedule.ago(24 * (30 - index)),
    }),
  );

  return { workspace, posts, media, mediaSources: images.map((image) => ({ sha256: image.sha256, file: image.file })) };
}
