/** The short list of what stops a variant from going out as it is: over the limit, invisible characters… */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, Variant } from '../../../../core/model/index.js';
import type { TargetCount } from '../../../../core/networks/index.js';
import { formatNumber } from '../../i18n/format.js';
import { useLanguage } from '../../ui/useLanguage.js';
import { problemsOf, type VariantProblem } from './variantCounts.js';

/** More than this and the list says how many are left out: a pasted text can hold hundreds. */
const SHOWN = 6;

interface Props {
  id: string;
  account: Account;
  variant: Variant;
  counts: readonly TargetCount[];
  /** The first comment's count, where the network has one. */
  commentCount?: TargetCount | null;
}

export function VariantProblems({ id, account, variant, counts, commentCount = null }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const problems = useMemo(() => problemsOf(variant, counts), [variant, counts]);
  const commentOver = commentCount !== null && commentCount.remaining < 0 ? -commentCount.remaining : 0;
  const network = t(`networks.${account.network}`);
  const isThread = variant.threadParts.length > 0;

  const describe = (problem: VariantProblem): string => {
    switch (problem.kind) {
      case 'tooLong':
        return t('composer.variants.problem.tooLong', { count: problem.by });
      case 'tooManyBytes':
        return t('composer.variants.problem.tooManyBytes', { network });
      case 'empty':
        return t('composer.variants.problem.empty');
      case 'invalidCharacter':
        return t('composer.variants.problem.invalidCharacter', { network });
      case 'invisible':
        return t('composer.variants.problem.invisible', {
          hex: problem.invisible.hex,
          name: problem.invisible.name,
          position: formatNumber(problem.invisible.index + 1, language),
        });
    }
  };

  if (problems.length === 0 && commentOver === 0) {
    return (
      <p id={id} className="variant-problems none">
        {t('composer.variants.noProblems')}
      </p>
    );
  }
  return (
    <div id={id} className="variant-problems">
      <span className="visually-hidden">{t('composer.variants.problems')}</span>
      <ul>
        {problems.slice(0, SHOWN).map((problem, index) => (
          <li key={index} data-kind={problem.kind}>
            {isThread
              ? t('composer.variants.inPart', { part: problem.part + 1, problem: describe(problem) })
              : describe(problem)}
          </li>
        ))}
        {commentOver > 0 ? (
          <li data-kind="firstCommentTooLong">
            {t('composer.variants.problem.firstCommentTooLong', { count: commentOver })}
          </li>
        ) : null}
        {problems.length > SHOWN ? <li>{t('composer.variants.more', { count: problems.length - SHOWN })}</li> : null}
      </ul>
    </div>
  );
}
