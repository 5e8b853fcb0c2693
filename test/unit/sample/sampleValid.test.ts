/**
 * The sample must show a healthy workspace: every post that will still go out passes its networks'
 * rules, as `calepin validate` checks them (warnings are allowed, errors are not).
 */
import { describe, expect, it } from 'vitest';
import { rulesFor } from '../../../core/networks/index.js';
import { validatePost } from '../../../core/validate/index.js';
import { STATUSES_TO_VALIDATE } from '../../../electron/cli/validate.js';
import { buildSampleWorkspace } from '../../../electron/sample/buildSampleWorkspace.js';

const sample = buildSampleWorkspace({ today: new Date('2026-03-10T08:00:00.000Z'), zone: 'Europe/Paris' });
const { workspace, posts, media } = sample;
const outgoing = posts.filter((post) => STATUSES_TO_VALIDATE.includes(post.status));

describe('the sample workspace against the networks’ rules', () => {
  it('has posts that will still go out, in every outgoing status', () => {
    expect(outgoing.length).toBeGreaterThanOrEqual(30);
    expect(new Set(outgoing.map((post) => post.status))).toEqual(new Set(STATUSES_TO_VALIDATE));
  });

  it.each(outgoing.map((post) => [post.id, post] as const))('%s has no error on any of its accounts', (_, post) => {
    const errors = validatePost(post, workspace.accounts, media).flatMap((report) =>
      report.problems
        .filter((problem) => problem.severity === 'error')
        .map((problem) => `${report.accountId}: ${problem.code} ${JSON.stringify(problem.params)}`),
    );
    expect(errors).toEqual([]);
  });

  it('gives every outgoing variant on a network that needs media a picture described in French', () => {
    let checked = 0;
    for (const post of outgoing) {
      for (const variant of post.variants) {
        const account = workspace.accounts.find((a) => a.id === variant.accountId)!;
        if (!rulesFor(account.network).media.required) continue;
        checked += 1;
        expect(variant.media.length, `${post.id} · ${account.id}`).toBeGreaterThan(0);
        for (const attached of variant.media) {
          const item = media.find((m) => m.id === attached.mediaId);
          expect(item, attached.mediaId).toBeDefined();
          expect((attached.alt ?? item!.alt).length).toBeGreaterThan(30);
        }
      }
    }
    // Instagram (Lyon and Montréal) and TikTok variants.
    expect(checked).toBeGreaterThanOrEqual(18);
  });
});
