/**
 * The words a media misfit problem (media_format_not_supported, media_file_too_large,
 * media_ratio_not_supported, media_duration_too_short/long) needs, from its raw params: the
 * measure and the network's limit as the user's language writes them (core/media/measures.ts,
 * the same wording as the library and `calepin validate`). Empty for other problems.
 */
import { formatName, formatRatio, formatSeconds, formatSizeAgainst } from '../../../core/media/measures.js';
import type { ProblemParams } from '../../../core/validate/index.js';
import type { UiLanguage } from './i18n.js';

const num = (params: ProblemParams, key: string): number | undefined =>
  typeof params[key] === 'number' ? params[key] : undefined;

export function misfitParams(params: ProblemParams, language: UiLanguage): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof params.mime === 'string') out.format = formatName(params.mime);
  if (typeof params.accepted === 'string') {
    out.accepted = params.accepted.split(', ').map(formatName).join(', ');
  }
  const bytes = num(params, 'bytes');
  const maxBytes = num(params, 'maxBytes');
  if (bytes !== undefined && maxBytes !== undefined) {
    const { size, limit } = formatSizeAgainst(bytes, maxBytes, language);
    out.size = size;
    out.maxSize = limit;
  }
  const ratio = num(params, 'ratio');
  const minRatio = num(params, 'minRatio');
  const maxRatio = num(params, 'maxRatio');
  if (ratio !== undefined) out.ratio = formatRatio(ratio, language);
  if (minRatio !== undefined && maxRatio !== undefined) {
    out.minRatio = formatRatio(minRatio, language);
    out.maxRatio = formatRatio(maxRatio, language);
  }
  const seconds = num(params, 'seconds');
  const minSeconds = num(params, 'minSeconds');
  const maxSeconds = num(params, 'maxSeconds');
  if (seconds !== undefined) out.duration = formatSeconds(seconds, language);
  if (minSeconds !== undefined) out.minDuration = formatSeconds(minSeconds, language);
  if (maxSeconds !== undefined) out.maxDuration = formatSeconds(maxSeconds, language);
  return out;
}
