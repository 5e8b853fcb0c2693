/** Says why an item does not fit a network, in the user's language, with that language's numbers. */
import type { TFunction } from 'i18next';
import type { FitProblem } from '../../../../core/media/fit.js';
import { formatBytes, formatNumber } from '../../i18n/format.js';
import type { UiLanguage } from '../../i18n/i18n.js';

/** 1.91 → "1,91:1" in French; 0.8 → "4:5" reads better, but the rules are stored as numbers. */
function ratio(value: number, language: UiLanguage): string {
  return `${formatNumber(Math.round(value * 100) / 100, language)}:1`;
}

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
        format: problem.mime.split('/')[1]?.toUpperCase() ?? problem.mime,
        accepted: problem.accepted.map((m) => m.split('/')[1]?.toUpperCase() ?? m).join(', '),
      });
    case 'bytes':
      return t('library.fit.bytes', {
        size: formatBytes(problem.bytes, language),
        max: formatBytes(problem.max, language),
      });
    case 'ratio':
      return t('library.fit.ratio', {
        ratio: ratio(problem.ratio, language),
        min: ratio(problem.min, language),
        max: ratio(problem.max, language),
      });
    case 'too-short':
      return t('library.fit.tooShort', { duration: formatDuration(problem.seconds), min: formatDuration(problem.min) });
    case 'too-long':
      return t('library.fit.tooLong', { duration: formatDuration(problem.seconds), max: formatDuration(problem.max) });
  }
}
