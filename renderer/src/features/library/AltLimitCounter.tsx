/** Under an alt-text field: its length against each network's alt-text limit, over-limit ones flagged. */
import { useTranslation } from 'react-i18next';
import { altLimits, altTextLength } from '../../../../core/media/alt.js';
import type { Network } from '../../../../core/model/index.js';
import { formatNumber } from '../../i18n/format.js';
import { useLanguage } from '../../ui/useLanguage.js';

export function AltLimitCounter({ id, alt, networks }: { id?: string; alt: string; networks?: readonly Network[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const limits = altLimits(alt, networks).filter((limit) => limit.limit !== null);
  // One line per distinct limit: "1 000 : X, Instagram…", so ten networks do not make ten lines.
  const byLimit = new Map<number, { networks: Network[]; over: boolean }>();
  for (const limit of limits) {
    const entry = byLimit.get(limit.limit!) ?? { networks: [], over: limit.over };
    entry.networks.push(limit.network);
    byLimit.set(limit.limit!, entry);
  }
  const length = altTextLength(alt);
  return (
    <div className="alt-counter" id={id} aria-live="polite">
      <span className="alt-length">
        {t('library.alt.length', { count: length, formatted: formatNumber(length, language) })}
      </span>
      {[...byLimit.entries()]
        .sort(([a], [b]) => a - b)
        .map(([limit, entry]) => (
          <span key={limit} className={`alt-limit${entry.over ? ' over' : ''}`} data-over={entry.over}>
            {t(entry.over ? 'library.alt.over' : 'library.alt.within', {
              limit: formatNumber(limit, language),
              networks: entry.networks.map((n) => t(`networks.${n}`)).join(', '),
            })}
          </span>
        ))}
    </div>
  );
}
