import { describe, expect, it } from 'vitest';
import { mediaLookup, validatePost, validateVariant, hasErrors } from '../../../core/validate/index.js';
import { account, media, only, post } from './fixtures.js';

const noMedia = mediaLookup([]);
const codes = (problems: readonly { code: string }[]) => problems.map((p) => p.code);

describe('text over the limit', () => {
  it('a 300-character X post is flagged, with the part beyond 280 as its range', () => {
    const p = post('a'.repeat(300), { acc_x: { customised: false } });
    const [problem] = validateVariant(p, only(p), account('x'), noMedia);
    expect(problem).toEqual({
      code: 'text_too_long',
      severity: 'error',
      field: 'text',
      params: { length: 300, limit: 280, over: 20 },
      range: { start: 280, end: 300 },
    });
  });

  it('a variant not yet customised is checked with the master text, a customised one with its own', () => {
    const long = 'b'.repeat(600);
    const inherited = post(long, { acc_mastodon: { text: 'Court et bon.' } });
    expect(codes(validateVariant(inherited, only(inherited), account('mastodon'), noMedia))).toEqual(['text_too_long']);
    const own = post(long, { acc_mastodon: { customised: true, text: 'Court et bon.' } });
    expect(validateVariant(own, only(own), account('mastodon'), noMedia)).toEqual([]);
  });

  it('a Mastodon account on an instance allowing 1,000 can post 600 characters', () => {
    const p = post('c'.repeat(600), { acc_mastodon: {} });
    expect(validateVariant(p, only(p), account('mastodon', { instanceLimit: 1000 }), noMedia)).toEqual([]);
    expect(codes(validateVariant(p, only(p), account('mastodon', { instanceLimit: 500 }), noMedia))).toEqual([
      'text_too_long',
    ]);
  });

  it('an empty X post without media cannot go out; an Instagram caption can be empty', () => {
    const p = post('   ', { acc_x: {} });
    expect(codes(validateVariant(p, only(p), account('x'), noMedia))).toEqual(['text_empty']);
    const ig = post('', { acc_instagram: { media: [{ mediaId: 'm1' }] } });
    expect(validateVariant(ig, only(ig), account('instagram'), mediaLookup([media('m1', 'image')]))).toEqual([]);
  });
});

describe('hashtag, mention and link caps of the network', () => {
  it('a Threads post with two topic tags is flagged from the second one', () => {
    const text = 'Nouveau pain #Boulangerie et #Lyon';
    const p = post(text, { acc_threads: {} });
    const [problem] = validateVariant(p, only(p), account('threads'), noMedia);
    expect(problem).toMatchObject({ code: 'too_many_hashtags', params: { count: 2, max: 1 } });
    expect(text.slice(problem?.range?.start, problem?.range?.end)).toBe('#Lyon');
  });

  it('an Instagram caption with 6 hashtags is over its 5', () => {
    const p = post('#a1 #b2 #c3 #d4 #e5 #f6', { acc_instagram: { media: [{ mediaId: 'm1' }] } });
    const problems = validateVariant(p, only(p), account('instagram'), mediaLookup([media('m1', 'image')]));
    expect(problems).toEqual([expect.objectContaining({ code: 'too_many_hashtags', params: { count: 6, max: 5 } })]);
  });

  it('a Threads post with six different links is flagged, the same link repeated is not', () => {
    const six = 'a.fr b.fr c.fr d.fr e.fr f.fr';
    const p = post(six, { acc_threads: {} });
    expect(codes(validateVariant(p, only(p), account('threads'), noMedia))).toEqual(['too_many_links']);
    const same = post('a.fr '.repeat(6), { acc_threads: {} });
    expect(validateVariant(same, only(same), account('threads'), noMedia)).toEqual([]);
  });
});

describe('threads and first comments', () => {
  it('a thread part over the limit is flagged with its number as the reader sees it', () => {
    const p = post('Début du fil', { acc_bluesky: { threadParts: ['Suite courte', 'd'.repeat(310)] } });
    const [problem] = validateVariant(p, only(p), account('bluesky'), noMedia);
    expect(problem).toMatchObject({
      code: 'thread_part_too_long',
      field: 'threadPart',
      params: { part: 3, length: 310, limit: 300 },
    });
  });

  it('LinkedIn has no threads: thread parts there are an error', () => {
    const p = post('Post', { acc_linkedin: { threadParts: ['Suite'] } });
    expect(validateVariant(p, only(p), account('linkedin'), noMedia)).toEqual([
      { code: 'thread_not_supported', severity: 'error', field: 'threadPart', params: { parts: 1 } },
    ]);
  });

  it('a first comment longer than LinkedIn’s 1,250 is flagged; YouTube takes none', () => {
    const p = post('Post', { acc_linkedin: { firstComment: 'e'.repeat(1300) } });
    expect(validateVariant(p, only(p), account('linkedin'), noMedia)).toEqual([
      expect.objectContaining({
        code: 'first_comment_too_long',
        field: 'firstComment',
        params: { length: 1300, limit: 1250, over: 50 },
      }),
    ]);
    const yt = post('Vidéo', { acc_youtube: { firstComment: 'Premier !', media: [{ mediaId: 'v1' }] } });
    const youtube = validateVariant(yt, only(yt), account('youtube'), mediaLookup([media('v1', 'video')]));
    expect(codes(youtube)).toEqual(['first_comment_not_supported']);
  });
});

describe('invisible characters', () => {
  it('a zero-width space and a bidi override are flagged at their position', () => {
    const p = post('Bon\u200Bjour \u202Eàtous', { acc_mastodon: {} });
    const problems = validateVariant(p, only(p), account('mastodon'), noMedia);
    expect(problems.map((x) => [x.code, x.severity, x.range, x.params.hex])).toEqual([
      ['invisible_character', 'warning', { start: 3, end: 4 }, 'U+200B'],
      ['invisible_character', 'warning', { start: 9, end: 10 }, 'U+202E'],
    ]);
  });

  it('a broken surrogate is an error and does not crash the count', () => {
    const p = post('Salut \uD83D toi', { acc_x: {} });
    const problems = validateVariant(p, only(p), account('x'), noMedia);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'invisible_character', severity: 'error', range: { start: 6, end: 7 } }),
    ]);
  });
});

describe('a whole post', () => {
  it('every target account is validated, in order, even one without a variant yet', () => {
    const p = post('f'.repeat(400), { acc_x: { customised: true, text: 'Court' } }, ['acc_x', 'acc_bluesky', 'gone']);
    const report = validatePost(p, [account('x'), account('bluesky')], []);
    expect(report.map((r) => [r.accountId, codes(r.problems)])).toEqual([
      ['acc_x', []],
      ['acc_bluesky', ['text_too_long']],
      ['gone', ['account_not_found']],
    ]);
    expect(hasErrors(report.flatMap((r) => r.problems))).toBe(true);
  });
});
