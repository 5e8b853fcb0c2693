/**
 * Says why an item does not fit a network, in the user's language, with that language's numbers:
 * the measures are worded by core/media/measures.ts, as in the composer and `calepin validate`.
 */
import type { TFunction } from 'i18next';
import type { FitProblem } from '../../../../core/media/fit.js';
import { formatName, formatRatio, formatSeconds, formatSizeAgainst } from '../../../../core/media/measures.js';
import type { UiLanguage } from '../../i18n/i18n.js';

/** A video's length as a player shows it (3:10), for the library's cards and detail. */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

export function fitProblemText(problem: FitProblem, t: TFunction, language: UiLanguage): string {
  switch (problem.reason) {
    case 'kind':
      return t('library.fit.kind', { kind: t(`library.kinds.${problem.kind}`) });
    case 'format':
      return t('library.fit.format', {
        format: formatName(problem.mime),
        accepted: problem.accepted.map(formatName).join(', '),
      });
    case 'bytes': {
      const { size, limit } = formatSizeAgainst(problem.bytes, problem.max, language);
      return t('library.fit.bytes', { size, max: limit });
    }
    case 'ratio':
      return t('library.fit.ratio', {
        ratio: formatRatio(problem.ratio, language),
        min: formatRatio(problem.min, language),
        max: formatRatio(problem.max, language),
      });
    case 'too-short':
      return t('library.fit.tooShort', {
        duration: formatSeconds(problem.seconds, language),
        min: formatSeconds(problem.min, language),
      });
    case 'too-long':
      return t('library.fit.tooLong', {
        duration: formatSeconds(problem.seconds, language),
        max: formatSeconds(problem.max, language),
      });
  }
}
