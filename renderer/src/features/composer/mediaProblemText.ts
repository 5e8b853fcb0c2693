/** Words for the media problems of a variant (core/media/variantMedia.ts), in the user's language. */
import type { TFunction } from 'i18next';
import type { ItemMisfit } from '../../../../core/media/variantMedia.js';
import type { Network } from '../../../../core/model/index.js';
import type { Problem } from '../../../../core/validate/problem.js';
import type { UiLanguage } from '../../i18n/i18n.js';
import { formatNumber } from '../../i18n/format.js';
import { fitProblemText } from '../library/fitText.js';

const MEDIA_CODES = [
  'media_required',
  'media_not_found',
  'media_alt_missing',
  'media_alt_too_long',
  'too_many_media',
  'too_many_media_of_kind',
  'media_kinds_mixed',
  'media_kind_not_supported',
] as const;
type MediaCode = (typeof MEDIA_CODES)[number];

function isMediaCode(code: string): code is MediaCode {
  return (MEDIA_CODES as readonly string[]).includes(code);
}

export function mediaProblemText(
  problem: Problem,
  network: Network,
  t: TFunction,
  language: UiLanguage,
): string | null {
  if (!isMediaCode(problem.code)) return null;
  const p = problem.params;
  const index = typeof p.index === 'number' ? p.index : 0;
  const kind = typeof p.kind === 'string' && ['image', 'video', 'animation'].includes(p.kind) ? p.kind : null;
  return t(`library.composer.problems.${problem.code}`, {
    network: t(`networks.${network}`),
    position: index + 1,
    count: typeof p.count === 'number' ? p.count : 0,
    max: typeof p.max === 'number' ? formatNumber(p.max, language) : '',
    length: typeof p.length === 'number' ? formatNumber(p.length, language) : '',
    limit: typeof p.limit === 'number' ? formatNumber(p.limit, language) : '',
    kind: kind ? t(`library.kinds.${kind as 'image' | 'video' | 'animation'}`) : '',
  });
}

export function misfitText(misfit: ItemMisfit, t: TFunction, language: UiLanguage): string {
  return t('library.composer.problems.misfit', {
    position: misfit.index + 1,
    reasons: misfit.problems.map((p) => fitProblemText(p, t, language)).join(' · '),
  });
}
