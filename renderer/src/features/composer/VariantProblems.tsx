/**
 * What the composer says about a variant, live: validation problems (over the limit, too many
 * hashtags, invisible characters…) and the typography and voice lint, each translated with its
 * details. A finding with a position selects it in the text when clicked; a lint issue with a fix
 * offers « Corriger »; a limit-related problem shows its rule's source.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Account, Variant } from '../../../../core/model/index.js';
import type { LintCode } from '../../../../core/lint/index.js';
import { mediaLookup, type ProblemCode } from '../../../../core/validate/index.js';
import { useCalepin } from '../../state/useCalepin.js';
import { useLanguage } from '../../ui/useLanguage.js';
import { RuleSource } from './RuleSource.js';
import { shownParams } from './shownParams.js';
import { useSettledValue } from './useSettledValue.js';
import { checkVariant, type Finding } from './variantChecks.js';

/** More than this and the list says how many are left out: a pasted text can hold hundreds. */
const SHOWN = 8;

interface Props {
  id: string;
  account: Account;
  variant: Variant;
  masterText: string;
  onSelect: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
  /** Applies every typography fix of the variant's text at once. */
  onFixTypography: () => void;
}

export function VariantProblems({ id, account, variant, masterText, onSelect, onFix, onFixTypography }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { media, mediaKnown, french } = useCalepin(
    useShallow((state) => ({
      media: state.media,
      mediaKnown: state.mediaState === 'ready',
      french: (state.status?.workspace?.settings.locale ?? 'fr') === 'fr',
    })),
  );
  // Checked when typing pauses: a keystroke never waits for the list.
  const deferredVariant = useSettledValue(variant);
  const deferredMaster = useSettledValue(masterText);
  const lookup = useMemo(() => mediaLookup(media), [media]);
  const findings = useMemo(
    () =>
      checkVariant({
        masterText: deferredMaster,
        variant: deferredVariant,
        account,
        media: lookup,
        french,
        mediaKnown,
      }),
    [deferredMaster, deferredVariant, account, lookup, french, mediaKnown],
  );
  const network = t(`networks.${account.network}`);
  const isThread = variant.threadParts.length > 0;
  const typographyCount = findings.filter((f) => f.code.startsWith('typo_') && f.fix).length;

  const describe = (finding: Finding): string => {
    const params = shownParams(finding, network, language);
    const message =
      finding.source === 'problem'
        ? t(`composer.problem.${finding.code as ProblemCode}`, params)
        : t(`composer.lint.${finding.code as LintCode}`, params);
    const place = finding.place;
    const where =
      place.field === 'firstComment'
        ? t('composer.findings.inFirstComment', { problem: message })
        : place.field === 'part' && isThread
          ? t('composer.findings.inPart', { part: place.part + 1, problem: message })
          : message;
    return finding.inSignature ? t('composer.findings.inSignature', { problem: where }) : where;
  };

  if (findings.length === 0) {
    return (
      <p id={id} className="variant-problems none">
        {t('composer.findings.none')}
      </p>
    );
  }
  return (
    <div id={id} className="variant-problems">
      <div className="variant-problems-head">
        <span className="field-label">{t('composer.findings.title', { count: findings.length })}</span>
        {typographyCount > 1 ? (
          <button type="button" className="link-button" onClick={onFixTypography}>
            {t('composer.findings.fixTypography', { count: typographyCount })}
          </button>
        ) : null}
      </div>
      <ul>
        {findings.slice(0, SHOWN).map((finding, index) => (
          <li
            key={`${finding.code}-${index}`}
            className="finding"
            data-code={finding.code}
            data-source={finding.source}
            data-severity={finding.severity}
          >
            <span className="finding-mark" aria-hidden="true" />
            {finding.range ? (
              <button
                type="button"
                className="finding-text link-button"
                title={t('composer.findings.select')}
                onClick={() => onSelect(finding)}
              >
                {describe(finding)}
              </button>
            ) : (
              <span className="finding-text">{describe(finding)}</span>
            )}
            {finding.rule ? <RuleSource rule={finding.rule} /> : null}
            {finding.fix ? (
              <button type="button" className="button button-small finding-fix" onClick={() => onFix(finding)}>
                {t('composer.findings.fix')}
              </button>
            ) : null}
          </li>
        ))}
        {findings.length > SHOWN ? (
          <li className="finding-more">{t('composer.findings.more', { count: findings.length - SHOWN })}</li>
        ) : null}
      </ul>
    </div>
  );
}
