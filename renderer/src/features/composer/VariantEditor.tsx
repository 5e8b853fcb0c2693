/**
 * One account's variant: whether it follows the master text or is customised (with a way back), its
 * text with the overflow highlighted, or its thread parts each counted, and its problems.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, Variant } from '../../../../core/model/index.js';
import { countFirstComment, rulesFor, splitThread, type TargetCount } from '../../../../core/networks/index.js';
import { partsOf } from '../../state/editorDraft.js';
import { actions } from '../../state/useCalepin.js';
import { HighlightedTextarea } from './HighlightedTextarea.js';
import { VariantCounter } from './VariantCounter.js';
import { VariantMedia } from './VariantMedia.js';
import { VariantProblems } from './VariantProblems.js';
import { analysisFor, threadLimitOf, withoutNumbering, worstOf } from './variantCounts.js';

interface Props {
  account: Account;
  variant: Variant;
  counts: readonly TargetCount[];
}

export function VariantEditor({ account, variant, counts }: Props) {
  const { t } = useTranslation();
  const textId = useId();
  const problemsId = useId();
  const counterId = useId();
  const commentId = useId();
  const commentCounterId = useId();
  const parts = partsOf(variant);
  const hasFirstComment = rulesFor(account.network).firstComment.supported;
  const commentCount = useMemo(() => {
    if (!hasFirstComment) return null;
    const limit = account.network === 'mastodon' ? account.instanceLimit : undefined;
    const count = countFirstComment(
      account.network,
      analysisFor(variant.firstComment),
      limit === undefined ? {} : { limit },
    );
    return count === null ? null : { network: account.network, id: account.id, ...count };
  }, [hasFirstComment, account, variant.firstComment]);
  const isThread = parts.length > 1;
  const threadLimit = threadLimitOf(account);
  const fits = (worstOf(counts)?.remaining ?? 0) >= 0;

  const editPart = (index: number, value: string) => {
    const next = parts.map((part, i) => (i === index ? value : part));
    actions().editVariant(account.id, { text: next[0] ?? '', threadParts: next.slice(1) });
  };

  const split = () => {
    const options = threadLimit === null ? { numbering: true } : { numbering: true, limit: threadLimit };
    const pieces = splitThread(account.network, variant.text, options);
    if (pieces.length > 1) actions().editVariant(account.id, { text: pieces[0] ?? '', threadParts: pieces.slice(1) });
  };

  const join = () => {
    actions().editVariant(account.id, { text: parts.map(withoutNumbering).join('\n\n'), threadParts: [] });
  };

  return (
    <div className="variant-editor" data-account={account.id}>
      <div className="variant-state">
        {variant.customised ? (
          <>
            <span className="variant-badge customised" data-state="customised">
              {t('composer.variants.customised')}
            </span>
            <button type="button" className="link-button" onClick={() => actions().resetVariant(account.id)}>
              {t('composer.variants.reset')}
            </button>
          </>
        ) : (
          <span className="variant-badge" data-state="follows">
            {t('composer.variants.follows')}
          </span>
        )}
        <span className="variant-state-spacer" />
        {threadLimit !== null && !isThread ? (
          <button
            type="button"
            className="button button-small"
            disabled={fits}
            title={fits ? t('composer.variants.thread.splitHint') : undefined}
            onClick={split}
          >
            {t('composer.variants.thread.split')}
          </button>
        ) : null}
        {isThread ? (
          <button type="button" className="button button-small" onClick={join}>
            {t('composer.variants.thread.join')}
          </button>
        ) : null}
      </div>

      {isThread ? (
        <section className="thread-parts" aria-label={t('composer.variants.thread.title', { count: parts.length })}>
          <h3 className="thread-title">{t('composer.variants.thread.title', { count: parts.length })}</h3>
          <ol>
            {parts.map((part, index) => (
              <ThreadPart
                // Parts are positional: the same index is the same part while it is edited.
                key={index}
                index={index}
                total={parts.length}
                value={part}
                count={counts[index] ?? null}
                problemsId={problemsId}
                onChange={(value) => editPart(index, value)}
              />
            ))}
          </ol>
        </section>
      ) : (
        <div className="field">
          <div className="variant-text-head">
            <label className="field-label" htmlFor={textId}>
              {t('composer.variants.text', { handle: account.handle })}
            </label>
            <VariantCounter id={counterId} count={counts[0] ?? null} />
          </div>
          <HighlightedTextarea
            id={textId}
            value={variant.text}
            overflowFrom={counts[0]?.overflowFrom ?? null}
            describedBy={`${counterId} ${problemsId}`}
            rows={7}
            onChange={(value) => actions().editVariant(account.id, { text: value })}
          />
        </div>
      )}
      {commentCount !== null ? (
        <div className="field first-comment-field">
          <div className="variant-text-head">
            <label className="field-label" htmlFor={commentId}>
              {t('composer.variants.firstComment')}
            </label>
            <VariantCounter id={commentCounterId} count={commentCount} />
          </div>
          <HighlightedTextarea
            id={commentId}
            value={variant.firstComment}
            overflowFrom={commentCount.overflowFrom}
            describedBy={`${commentCounterId} ${problemsId}`}
            placeholder={t('composer.variants.firstCommentPlaceholder')}
            rows={2}
            onChange={(value) => actions().editFirstComment(account.id, value)}
          />
        </div>
      ) : null}
      <VariantMedia account={account} variant={variant} />
      <VariantProblems
        id={problemsId}
        account={account}
        variant={variant}
        counts={counts}
        commentCount={commentCount}
      />
    </div>
  );
}

interface PartProps {
  index: number;
  total: number;
  value: string;
  count: TargetCount | null;
  problemsId: string;
  onChange: (value: string) => void;
}

function ThreadPart({ index, total, value, count, problemsId, onChange }: PartProps) {
  const { t } = useTranslation();
  const id = useId();
  const counterId = useId();
  return (
    <li className="thread-part">
      <div className="variant-text-head">
        <label className="field-label" htmlFor={id}>
          {t('composer.variants.thread.part', { part: index + 1, total })}
        </label>
        <VariantCounter id={counterId} count={count} />
      </div>
      <HighlightedTextarea
        id={id}
        value={value}
        overflowFrom={count?.overflowFrom ?? null}
        describedBy={`${counterId} ${problemsId}`}
        rows={4}
        onChange={onChange}
      />
    </li>
  );
}
