/**
 * Where a network rule comes from, on hover or focus of a small (i) button: the source's address and
 * the date it was checked, as text. Nothing is loaded from the network.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sourced } from '../../../../core/networks/index.js';
import { formatDate } from '../../i18n/format.js';
import { Icon } from '../../ui/Icon.js';
import { useLanguage } from '../../ui/useLanguage.js';

/** The same facts as one line, for a `title` where a button cannot go (inside a tab). */
export function useRuleSourceText(): (rule: Sourced) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  // Tabs ask on every keystroke; the rules are few and fixed, so each line is made once.
  return useMemo(() => {
    const lines = new Map<Sourced, string>();
    return (rule: Sourced) => {
      let line = lines.get(rule);
      if (line === undefined) {
        line = t('composer.rule.line', {
          source: rule.source,
          date: formatDate(rule.checked, language),
          confidence: t(`composer.rule.confidence.${rule.confidence}`),
        });
        lines.set(rule, line);
      }
      return line;
    };
  }, [t, language]);
}

export function RuleSource({ rule }: { rule: Sourced }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span className="rule-source" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        className="rule-source-button"
        aria-label={t('composer.rule.button')}
        aria-describedby={id}
        aria-expanded={open}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      >
        <Icon name="info" size={13} />
      </button>
      <span role="tooltip" id={id} className="rule-tooltip" hidden={!open}>
        <span className="rule-tooltip-line">
          {t('composer.rule.source')} <span className="rule-tooltip-url">{rule.source}</span>
        </span>
        <span className="rule-tooltip-line">
          {/* Formatting a date builds an Intl formatter: only once the tooltip is asked for. */}
          {open ? t('composer.rule.checked', { date: formatDate(rule.checked, language) }) : null} ·{' '}
          {t(`composer.rule.confidence.${rule.confidence}`)}
        </span>
      </span>
    </span>
  );
}
