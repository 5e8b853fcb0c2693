import { describe, expect, it } from 'vitest';
import { NETWORKS } from '../../../core/model/network.js';
import { CHECKED, RULES_VERSION, allRules, isNetwork, rulesFor } from '../../../core/networks/index.js';
import type { Sourced } from '../../../core/networks/index.js';

function sourcedParts(rules: ReturnType<typeof rulesFor>): [string, Sourced][] {
  const parts: [string, Sourced | undefined][] = [
    ['text', rules.text],
    ['title', rules.title],
    ['thread', rules.thread],
    ['firstComment', rules.firstComment],
    ['hashtags', rules.hashtags],
    ['mentions', rules.mentions],
    ['links', rules.links],
    ['altText', rules.altText],
    ['media', rules.media],
  ];
  return parts.filter((p): p is [string, Sourced] => p[1] !== undefined);
}

describe('the rules table', () => {
  it('covers every network Calepin writes for, in the model’s order', () => {
    expect(allRules().map((r) => r.network)).toEqual([...NETWORKS]);
    for (const network of NETWORKS) expect(rulesFor(network).network).toBe(network);
    expect(isNetwork('x')).toBe(true);
    expect(isNetwork('myspace')).toBe(false);
  });

  it('is versioned and dated', () => {
    expect(RULES_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    expect(RULES_VERSION.startsWith(CHECKED)).toBe(true);
  });

  it('says for every rule where it comes from, when it was read and how sure we are', () => {
    for (const rules of allRules()) {
      for (const [part, rule] of sourcedParts(rules)) {
        const where = `${rules.network}.${part}`;
        expect(rule.source, where).toMatch(/^https:\/\/\S+$/);
        expect(rule.checked, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(['verified', 'secondary', 'unverified'], where).toContain(rule.confidence);
      }
    }
  });

  it('holds the limits a community manager knows', () => {
    expect(rulesFor('x').text).toMatchObject({ limit: 280, method: 'x-weighted' });
    expect(rulesFor('bluesky').text).toMatchObject({ limit: 300, maxBytes: 3000, method: 'bluesky-graphemes' });
    expect(rulesFor('mastodon').text).toMatchObject({ limit: 500, method: 'mastodon-graphemes' });
    expect(rulesFor('threads').text.limit).toBe(500);
    expect(rulesFor('threads').links.max).toBe(5);
    expect(rulesFor('linkedin').text.limit).toBe(3000);
    expect(rulesFor('linkedin').firstComment.limit).toBe(1250);
    expect(rulesFor('instagram').text.limit).toBe(2200);
    expect(rulesFor('instagram').hashtags.max).toBe(5);
    expect(rulesFor('youtube').text).toMatchObject({ limit: 5000, method: 'utf8-bytes', field: 'description' });
    expect(rulesFor('youtube').title?.limit).toBe(100);
    expect(rulesFor('pinterest').altText.limit).toBe(500);
  });

  it('offers threads exactly where a reply chain exists', () => {
    const threaded = allRules()
      .filter((r) => r.thread.supported)
      .map((r) => r.network);
    expect(threaded).toEqual(['x', 'bluesky', 'mastodon', 'threads']);
    for (const rules of allRules()) {
      expect(rules.thread.partLimit === null, rules.network).toBe(!rules.thread.supported);
    }
  });

  it('describes media so the library can check a file: counts, kinds, sizes, durations', () => {
    for (const rules of allRules()) {
      const kinds = Object.entries(rules.media.kinds);
      expect(kinds.length, rules.network).toBeGreaterThan(0);
      for (const [kind, rule] of kinds) {
        expect(rule.maxCount, `${rules.network}.${kind}`).toBeLessThanOrEqual(rules.media.maxItems);
        expect(rule.formats.length, `${rules.network}.${kind}`).toBeGreaterThan(0);
        if (rule.aspect) expect(rule.aspect.min).toBeLessThan(rule.aspect.max);
      }
    }
    expect(rulesFor('x').media.kinds.video).toMatchObject({ maxDurationSeconds: 140, aspect: { min: 1 / 3, max: 3 } });
    expect(rulesFor('instagram').media.required).toBe(true);
  });
});
