import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { instantToWallClock } from '../../../core/calendar/zonedTime.js';
import { MediaItem, POST_STATUSES, Post, WorkspaceFile, type Account } from '../../../core/model/index.js';
import { buildSampleWorkspace, SAMPLE_NAME } from '../../../electron/sample/buildSampleWorkspace.js';
import { sampleContentHash } from '../../../electron/sample/storyToPost.js';
import { typographyProblems } from '../../../electron/sample/typography.js';

const TODAY = new Date('2026-03-10T08:00:00.000Z');
const sample = buildSampleWorkspace({ today: TODAY, zone: 'Europe/Paris' });
const { workspace, posts, media } = sample;
const accountOf = (id: string): Account => workspace.accounts.find((account) => account.id === id)!;
const IMAGES = path.resolve(import.meta.dirname, '../../../assets/sample/images');

function monthWindow(today: Date, zone: string) {
  const day = Temporal.PlainDate.from(instantToWallClock(today.toISOString(), zone).date);
  // Early in a month there is no room for two weeks of published posts: they may spill into last month.
  const first =
    Temporal.PlainDate.compare(day.with({ day: 1 }), day.subtract({ days: 15 })) < 0
      ? day.with({ day: 1 })
      : day.subtract({ days: 15 });
  return { first: first.toString(), last: day.with({ day: 1 }).add({ months: 2 }).subtract({ days: 1 }).toString() };
}

describe('the sample workspace', () => {
  it('passes the schemas of the workspace, its posts and its media', () => {
    expect(WorkspaceFile.parse(workspace)).toEqual(workspace);
    for (const post of posts) expect(Post.parse(post)).toEqual(post);
    for (const item of media) expect(MediaItem.parse(item)).toEqual(item);
    expect(workspace.name).toBe(SAMPLE_NAME);
    expect(workspace.settings.locale).toBe('fr');
  });

  it('has about ten accounts, one network and handle each, in three registers or more over six networks or more', () => {
    const { accounts } = workspace;
    expect(accounts.length).toBeGreaterThanOrEqual(9);
    expect(accounts.length).toBeLessThanOrEqual(12);
    expect(new Set(accounts.map((a) => a.id)).size).toBe(accounts.length);
    expect(new Set(accounts.map((a) => `${a.network}:${a.handle}`)).size).toBe(accounts.length);
    expect(new Set(accounts.map((a) => a.register)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(accounts.map((a) => a.network)).size).toBeGreaterThanOrEqual(6);
    expect(accounts.some((a) => a.zone !== 'Europe/Paris')).toBe(true);
  });

  it('has about sixty posts in every status, a handful of them undated in the backlog', () => {
    expect(posts.length).toBeGreaterThanOrEqual(55);
    expect(posts.length).toBeLessThanOrEqual(65);
    expect(new Set(posts.map((p) => p.status))).toEqual(new Set(POST_STATUSES));
    const backlog = posts.filter((p) => p.plannedAt === null);
    expect(backlog.length).toBeGreaterThanOrEqual(3);
    expect(backlog.length).toBeLessThanOrEqual(8);
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
  });

  it.each([
    ['mid-month', '2026-03-10T08:00:00.000Z'],
    ['on the first of a month', '2026-06-01T05:00:00.000Z'],
    ['on the last day of a month', '2026-01-31T22:30:00.000Z'],
    ['on the day Paris changes to summer time', '2026-03-29T01:30:00.000Z'],
    ['late in the evening in Montréal', '2026-10-15T03:30:00.000Z'],
  ])('spreads dated posts over this month and next, published ones in the past, when made %s', (_, iso) => {
    const today = new Date(iso);
    const built = buildSampleWorkspace({ today, zone: 'Europe/Paris' });
    const { first, last } = monthWindow(today, 'Europe/Paris');
    const dated = built.posts.filter((p) => p.plannedAt !== null);
    const dates = dated.map((p) => instantToWallClock(p.plannedAt!, 'Europe/Paris').date);
    expect(dates.every((date) => date <= last)).toBe(true);
    expect(dates.every((date) => date >= first)).toBe(true);
    expect(new Set(dates.map((date) => date.slice(0, 7))).size).toBeGreaterThanOrEqual(2);
    for (const post of dated) {
      const past = Date.parse(post.plannedAt!) < today.getTime();
      if (post.status === 'published') expect(past, post.title).toBe(true);
      if (['scheduled', 'approved', 'in_review', 'changes_requested', 'draft', 'idea'].includes(post.status))
        expect(past, post.title).toBe(false);
      expect(Date.parse(post.createdAt)).toBeLessThanOrEqual(today.getTime());
      expect(Date.parse(post.updatedAt)).toBeLessThanOrEqual(today.getTime());
    }
  });

  it('plans the Montréal posts in Montréal time', () => {
    const montreal = posts.filter((p) => p.accounts.every((id) => accountOf(id).zone === 'America/Montreal'));
    expect(montreal.length).toBeGreaterThanOrEqual(4);
    for (const post of montreal) expect(post.zone).toBe('America/Montreal');
  });

  it('gives every target account a variant, written in its own voice (tu or vous)', () => {
    let customised = 0;
    for (const post of posts) {
      expect(post.variants.map((v) => v.accountId)).toEqual(post.accounts);
      for (const variant of post.variants.filter((v) => v.customised)) {
        customised += 1;
        const { address } = accountOf(variant.accountId).style;
        const words = [variant.text, ...variant.threadParts].join(' ').toLowerCase();
        if (address === 'vous')
          expect(words, variant.text).not.toMatch(/(^|[^\p{L}])(tu|toi|ton|ta|tes|t’)([^\p{L}]|$)/u);
        if (address === 'tu') expect(words, variant.text).not.toMatch(/(^|[^\p{L}])vous([^\p{L}]|$)/u);
      }
    }
    expect(customised).toBeGreaterThan(60);
  });

  it('sets every text the French way (narrow no-break spaces, « guillemets », apostrophes)', () => {
    const texts = [
      ...posts.flatMap((p) => [
        p.title,
        p.masterText,
        ...p.variants.flatMap((v) => [v.text, v.firstComment, ...v.threadParts]),
        ...p.comments.map((c) => c.text),
        ...p.approvals.map((a) => a.note),
      ]),
      ...workspace.requests.map((r) => r.what),
      ...media.map((m) => m.alt),
    ];
    for (const text of texts) expect(typographyProblems(text), text).toEqual([]);
    expect(texts.some((text) => text.includes('\u202F!'))).toBe(true);
    expect(texts.some((text) => text.includes('«\u202F'))).toBe(true);
  });

  it('links labels, campaigns, people and requests to things that exist', () => {
    const labels = new Set(workspace.labels.map((l) => l.id));
    const campaigns = new Set(workspace.campaigns.map((c) => c.id));
    const people = new Set(workspace.people.map((p) => p.id));
    expect(labels.size).toBeGreaterThanOrEqual(4);
    expect(campaigns.size).toBeGreaterThanOrEqual(3);
    expect(new Set(workspace.people.map((p) => p.role))).toEqual(
      new Set(['community_manager', 'reviewer', 'requester', 'admin']),
    );
    for (const post of posts) {
      for (const label of post.labels) expect(labels.has(label)).toBe(true);
      if (post.campaign) expect(campaigns.has(post.campaign)).toBe(true);
      if (post.assignee) expect(people.has(post.assignee)).toBe(true);
    }
    expect(posts.filter((p) => p.labels.length > 0).length).toBeGreaterThan(40);
    expect(posts.filter((p) => p.campaign).length).toBeGreaterThan(15);
  });

  it('has colleague requests, new and accepted, and accepted ones became posts that point back', () => {
    const { requests } = workspace;
    expect(new Set(requests.map((r) => r.status))).toEqual(expect.objectContaining(new Set(['new', 'accepted'])));
    expect(requests.filter((r) => r.status === 'new').length).toBeGreaterThanOrEqual(2);
    for (const request of requests.filter((r) => r.status === 'accepted' || r.status === 'done')) {
      const post = posts.find((p) => p.id === request.postId);
      expect(post, request.id).toBeDefined();
      expect(post!.requestId).toBe(request.id);
    }
    expect(posts.filter((p) => p.requestId && p.plannedAt === null).length).toBeGreaterThanOrEqual(1);
  });

  it('records an approval on every approved, scheduled and published post, and a note on those sent back', () => {
    for (const post of posts) {
      if (['approved', 'scheduled', 'published'].includes(post.status)) {
        expect(post.approvals.length, post.title).toBeGreaterThanOrEqual(1);
        expect(post.approvals[0]!.decision).toBe('approved');
        expect(post.approvals[0]!.contentHash).toBe(sampleContentHash(post));
      }
      if (post.status === 'changes_requested') {
        expect(post.approvals[0]!.decision).toBe('changes_requested');
        expect(post.approvals[0]!.note.length).toBeGreaterThan(10);
      }
      if (post.status === 'in_review' || post.status === 'draft' || post.status === 'idea')
        expect(post.approvals).toEqual([]);
    }
    expect(posts.filter((p) => p.comments.length > 0).length).toBeGreaterThanOrEqual(8);
  });

  it('ships four to six pictures in several shapes, each small, described in French and used by posts', async () => {
    expect(media.length).toBeGreaterThanOrEqual(4);
    expect(media.length).toBeLessThanOrEqual(6);
    const ratios = new Set<string>();
    for (const item of media) {
      const source = sample.mediaSources.find((s) => s.sha256 === item.sha256)!;
      const bytes = readFileSync(path.join(IMAGES, source.file));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(item.sha256);
      expect(bytes.length).toBe(item.bytes);
      expect(bytes.length).toBeLessThan(150 * 1024);
      const meta = await sharp(bytes).metadata();
      expect([meta.width, meta.height]).toEqual([item.width, item.height]);
      expect(item.file).toBe(`media/${item.sha256.slice(0, 2)}/${item.sha256}.jpg`);
      expect(item.alt.length).toBeGreaterThan(30);
      ratios.add((item.width / item.height).toFixed(2));
      expect(
        posts.some((p) => p.variants.some((v) => v.media.some((m) => m.mediaId === item.id))),
        item.name,
      ).toBe(true);
    }
    expect([...ratios].sort()).toEqual(['0.56', '0.80', '1.00', '1.78']);
  });

  it('is the same workspace every time it is made for the same day', () => {
    expect(buildSampleWorkspace({ today: TODAY, zone: 'Europe/Paris' })).toEqual(sample);
  });
});
