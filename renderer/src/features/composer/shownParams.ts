/** The params of a finding as its sentence in the catalogs (composer.problem.*, composer.lint.*) takes them. */
import { formatNumber } from '../../i18n/format.js';
import { misfitParams } from '../../i18n/misfitParams.js';
import type { Finding } from './variantChecks.js';

/** Params as shown: positions from 1, numbers in the user's format, the network's name. */
export function shownParams(
  finding: Pick<Finding, 'params'>,
  network: string,
  language: 'fr' | 'en',
): Record<string, string | number> {
  const out: Record<string, string | number> = { network };
  for (const [key, value] of Object.entries(finding.params)) {
    out[key] = typeof value === 'number' ? formatNumber(value, language) : value;
  }
  const { params } = finding;
  if (typeof params.index === 'number') out.position = formatNumber(params.index + 1, language);
  // i18next picks the plural form from `count`, which must stay a number.
  const count = params.over ?? params.count;
  if (typeof count === 'number') out.count = count;
  // A media misfit's measure and limit, as sizes, ratios and durations rather than bare numbers.
  return { ...out, ...misfitParams(params, language) };
}
