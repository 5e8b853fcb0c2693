/** remaining / limit, red when the text is over; the full sentence for screen readers. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetCount } from '../../../../core/networks/index.js';
import { formatNumber } from '../../i18n/format.js';
import { useLanguage } from '../../ui/useLanguage.js';

interface Props {
  count: TargetCount | null;
  id?: string;
}

function Counter({ count, id }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (count === null) return null;
  const over = count.remaining < 0;
  const remaining = formatNumber(count.remaining, language);
  const limit = formatNumber(count.limit, language);
  const label = over
    ? t('composer.variants.overLabel', {
        count: -count.remaining,
        over: formatNumber(-count.remaining, language),
        limit,
      })
    : t('composer.variants.counterLabel', { count: count.remaining, remaining, limit });
  return (
    <span
      id={id}
      className={over ? 'variant-counter over' : 'variant-counter'}
      data-remaining={count.remaining}
      data-limit={count.limit}
    >
      <span aria-hidden="true">
        {remaining} / {limit}
      </span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

/**
 * Every keystroke recounts every variant into new objects; a counter whose numbers did not change
 * (a sentence typed inside a link, a variant that is customised) skips its render and translation.
 */
export const VariantCounter = memo(
  Counter,
  (before, after) =>
    before.id === after.id &&
    before.count?.remaining === after.count?.remaining &&
    before.count?.limit === after.count?.limit,
);
