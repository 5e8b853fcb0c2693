/**
 * What a user reads about a media misfit, in French and English, wherever problems are shown: the
 * composer's problem list, the calendar's hover card and `calepin validate`. The problems are made
 * by real validation against the networks' rules; the sentences come from the real catalogs.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { formatRatio, formatSeconds, formatSizeAgainst } from '../../../core/media/measures.js';
import { MediaItem, type Network } from '../../../core/model/index.js';
import { mediaLookup, PROBLEM_CODES, validateVariant, type Problem } from '../../../core/validate/index.js';
import { problemMessage } from '../../../electron/cli/validateMessages.js';
import { shownParams } from '../../../renderer/src/features/composer/shownParams.js';
import { i18n } from '../../../renderer/src/i18n/i18n.js';
import { misfitParams } from '../../../renderer/src/i18n/misfitParams.js';
import { flatten, loadCatalog } from '../renderer/support/catalogs.js';
import { account, only, post } from './fixtures.js';

const NB = '\u202F';

function item(id: string, extra: Partial<z.input<typeof MediaItem>>): MediaItem {
  return MediaItem.parse({
    id,
    sha256: 'd'.repeat(64),
    name: `${id}.jpg`,
    file: `media/dd/${id}.jpg`,
    kind: 'image',
    mime: 'image/jpeg',
    width: 1080,
    height: 1080,
    bytes: 300_000,
    alt: 'Une miche',
    importedAt: '2026-03-10T09:00:00.000Z',
    ...extra,
  });
}

const library = mediaLookup([
  item('story', { name: 'Vitrine.jpg', width: 1080, height: 1920 }),
  item('heavy', { name: 'Fournil HD.jpg', bytes: 95 * 1024 * 1024 }),
  item('logo', { name: 'Logo.png', mime: 'image/png' }),
  item('clip', { name: 'Pétrissage.mp4', kind: 'video', mime: 'video/mp4', durationSeconds: 190, bytes: 4e7 }),
  item('blink', { name: 'Clin.mp4', kind: 'video', mime: 'video/mp4', durationSeconds: 2, bytes: 5e5 }),
]);

/** The one misfit problem of `id` on `network`. */
function misfit(network: Network, id: string): Problem {
  const p = post('Du pain.', { [`acc_${network}`]: { media: [{ mediaId: id }] } });
  const found = validateVariant(p, only(p), account(network), library).filter((x) => x.field === 'media');
  expect(found).toHaveLength(1);
  return found[0]!;
}

function composer(problem: Problem, network: Network, language: 'fr' | 'en'): string {
  const t = i18n.getFixedT(language);
  return t(`composer.problem.${problem.code}`, shownParams(problem, t(`networks.${network}`), language));
}

function calendar(problem: Problem, language: 'fr' | 'en'): string {
  return i18n.getFixedT(language)(`calendar.problems.${problem.code}`, {
    name: problem.params.name,
    ...misfitParams(problem.params, language),
  });
}

describe('measures as each language writes them', () => {
  it('ratios by their common name, or as n:1 with the language’s decimal mark', () => {
    expect(formatRatio(1080 / 1920, 'fr')).toBe('9:16');
    expect(formatRatio(1079 / 1350, 'en')).toBe('4:5');
    expect(formatRatio(1.91, 'fr')).toBe('1,91:1');
    expect(formatRatio(1.91, 'en')).toBe('1.91:1');
  });

  it('durations in minutes and seconds, sizes in the base the network states its limit in', () => {
    expect(formatSeconds(190, 'fr')).toBe('3\u202Fmin 10\u202Fs');
    expect(formatSeconds(140, 'en')).toBe('2 min 20 s');
    expect(formatSeconds(0.5, 'fr')).toBe('0,5\u202Fs');
    expect(formatSizeAgainst(95 * 1024 * 1024, 8 * 1024 * 1024, 'en')).toEqual({ size: '95 MB', limit: '8 MB' });
    expect(formatSizeAgainst(2_500_000, 2_000_000, 'fr')).toEqual({ size: '2,5\u202FMo', limit: '2\u202FMo' });
    // Never the same words for a size over its limit.
    expect(formatSizeAgainst(8 * 1024 * 1024 + 2000, 8 * 1024 * 1024, 'en')).toEqual({
      size: '8.002 MB',
      limit: '8 MB',
    });
  });
});

describe('the composer’s problem list', () => {
  it('says which item, what was measured and the network’s limit, in French with its typography', () => {
    expect(composer(misfit('instagram', 'story'), 'instagram', 'fr')).toBe(
      `«${NB}Vitrine.jpg${NB}» (n°1)${NB}: proportions 9:16, Instagram accepte de 4:5 à 1,91:1`,
    );
    expect(composer(misfit('instagram', 'heavy'), 'instagram', 'fr')).toBe(
      `«${NB}Fournil HD.jpg${NB}» (n°1) pèse 95\u202FMo, Instagram en accepte 8\u202FMo au plus`,
    );
    expect(composer(misfit('x', 'clip'), 'x', 'fr')).toBe(
      `«${NB}Pétrissage.mp4${NB}» (n°1) dure 3\u202Fmin 10\u202Fs, X en accepte 2\u202Fmin 20\u202Fs au plus`,
    );
    expect(composer(misfit('instagram', 'logo'), 'instagram', 'fr')).toBe(
      `«${NB}Logo.png${NB}» (n°1)${NB}: format PNG, Instagram n’accepte que JPEG`,
    );
  });

  it('says the same in English', () => {
    expect(composer(misfit('instagram', 'story'), 'instagram', 'en')).toBe(
      '“Vitrine.jpg” (item 1): ratio 9:16, Instagram takes 4:5 to 1.91:1',
    );
    expect(composer(misfit('instagram', 'blink'), 'instagram', 'en')).toBe(
      '“Clin.mp4” (item 1) lasts 2 s, Instagram needs at least 3 s',
    );
  });
});

describe('the calendar’s hover card', () => {
  it('gives a short label with the measure and the item', () => {
    expect(calendar(misfit('instagram', 'story'), 'fr')).toBe(
      'Proportions 9:16 refusées, de 4:5 à 1,91:1 (Vitrine.jpg)',
    );
    expect(calendar(misfit('x', 'clip'), 'en')).toBe('Too long: 3 min 10 s, 2 min 20 s at most (Pétrissage.mp4)');
  });
});

describe('calepin validate', () => {
  it('prints the item, its measure and the limit, in both languages', () => {
    expect(problemMessage(misfit('instagram', 'story'), 'fr')).toBe(
      `Le média 1 «${NB}Vitrine.jpg${NB}»${NB}: proportions 9:16 (1${NB}080${NB}×${NB}1${NB}920), ce réseau accepte de 4:5 à 1,91:1.`,
    );
    expect(problemMessage(misfit('instagram', 'story'), 'en')).toBe(
      `Media 1 “Vitrine.jpg”: ratio 9:16 (1,080${NB}×${NB}1,920), this network takes 4:5 to 1.91:1.`,
    );
    expect(problemMessage(misfit('bluesky', 'heavy'), 'en')).toBe(
      'Media 1 “Fournil HD.jpg” weighs 99.6 MB, at most 2 MB on this network.',
    );
    expect(problemMessage(misfit('x', 'clip'), 'fr')).toBe(
      'Le média 1 «\u202FPétrissage.mp4\u202F» dure 3\u202Fmin 10\u202Fs, 2\u202Fmin 20\u202Fs au plus sur ce réseau.',
    );
    expect(problemMessage(misfit('instagram', 'logo'), 'en')).toBe(
      'Media 1 “Logo.png”: PNG format, this network takes only JPEG.',
    );
  });
});

describe('every problem code is translated wherever problems are shown', () => {
  const catalogs = { fr: flatten(loadCatalog('fr')), en: flatten(loadCatalog('en')) };
  it.each(PROBLEM_CODES)('%s', (code) => {
    for (const keys of Object.values(catalogs)) {
      const has = (key: string) => keys.has(key) || keys.has(`${key}_other`);
      expect(has(`composer.problem.${code}`)).toBe(true);
      expect(has(`calendar.problems.${code}`)).toBe(true);
    }
  });
});
