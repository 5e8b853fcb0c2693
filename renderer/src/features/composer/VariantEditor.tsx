/**
 * One account's variant: whether it follows the master text or is customised (with a way back), its
 * text with the overflow highlighted, or its thread parts each counted, the signature added after it,
 * and what the composer finds in it (problems and lint, with their positions and fixes).
 */
import { useId, useMemo, useRef, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, Variant } from '../../../../core/model/index.js';
import { countFirstComment, rulesFor, splitThread, type TargetCount } from '../../../../core/networks/index.js';
import { signParts } from '../../../../core/validate/index.js';
import { partsOf } from '../../state/editorDraft.js';
import { actions } from '../../state/useCalepin.js';
import { applyEdit, fixAllTypography, insertInto, setFieldText, type TextPlace } from './fieldEdits.js';
import { HighlightedTextarea } from './HighlightedTextarea.js';
import { InsertMenu } from './InsertMenu.js';
import { RuleSource } from './RuleSource.js';
import { VariantActions } from './VariantActions.js';
import { VariantCounter } from './VariantCounter.js';
import { VariantMedia } from './VariantMedia.js';
import { VariantProblems } from './VariantProblems.js';
import { analysisFor, threadLimitOf, withoutNumbering, worstOf } from './variantCounts.js';
import type { Finding } from './variantChecks.js';

interface Props {
  account: Account;
  variant: Variant;
  masterText: string;
  /** Counted on the published parts: the signature is in the last one. */
  counts: readonly TargetCount[];
}

export function VariantEditor({ account, variant, masterText, counts }: Props) {
  const { t } = useTranslation();
  const baseId = useId();
  const problemsId = useId();
  const counterId = useId();
  const commentCounterId = useId();
  const partId = (part: number) => `${baseId}-part-${part}`;
  const commentId = `${baseId}-comment`;
  const lastField = useRef<TextPlace>({ field: 'part', part: 0 });
  const parts = partsOf(variant);
  const rules = rulesFor(account.network);
  const hasFirstComment = rules.firstComment.supported;
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
  const signature = account.style.signature.trim();
  const signed = signature !== '' && signParts(parts, signature).at(-1) !== parts.at(-1);

  const fieldElement = (place: TextPlace) =>
    document.getElementById(
      place.field === 'firstComment' ? commentId : partId(place.part),
    ) as HTMLTextAreaElement | null;

  const editPart = (index: number, value: string) => {
    const next = parts.map((part, i) => (i === index ? value : part));
    actions().editVariant(account.id, { text: next[0] ?? '', threadParts: next.slice(1) });
  };

  const split = () => {
    const options = threadLimit === null ? { numbering: true } : { numbering: true, limit: threadLimit };
    // Split what is published, signature included, so the last part still fits once signed.
    const [whole = ''] = signParts([variant.text], signature);
    const pieces = splitThread(account.network, whole, options);
    if (pieces.length > 1) actions().editVariant(account.id, { text: pieces[0] ?? '', threadParts: pieces.slice(1) });
  };

  const join = () => {
    actions().editVariant(account.id, { text: parts.map(withoutNumbering).join('\n\n'), threadParts: [] });
  };

  const select = (finding: Finding) => {
    if (!finding.range || finding.place.field === 'media') return;
    const element = fieldElement(finding.place);
    if (!element) return;
    element.focus();
    element.setSelectionRange(finding.range.start, finding.range.end);
  };

  const fix = (finding: Finding) => {
    if (!finding.fix || finding.place.field === 'media') return;
    const place = finding.place;
    const current = place.field === 'firstComment' ? variant.firstComment : (parts[place.part] ?? '');
    // The list is a step behind typing: a fix made on another text would land in the wrong place.
    if (current !== finding.basis) return;
    applyEdit(account.id, variant, place, current, finding.fix, finding.code);
  };

  const insert = (text: string) => {
    const place = lastField.current;
    const element = fieldElement(place);
    const current = place.field === 'firstComment' ? variant.firstComment : (parts[place.part] ?? '');
    const start = element?.selectionStart ?? current.length;
    const end = element?.selectionEnd ?? current.length;
    const next = insertInto(current, start, end, text);
    // Inserting into a variant customises it: the snippet is this account's.
    setFieldText(account.id, variant, place, next.value, false);
    requestAnimationFrame(() => {
      const target = fieldElement(place);
      target?.focus();
      target?.setSelectionRange(next.caret, next.caret);
    });
  };

  const onFocusField = (event: FocusEvent<HTMLDivElement>) => {
    const id = (event.target as HTMLElement).id;
    if (id === commentId) lastField.current = { field: 'firstComment' };
    else if (id.startsWith(`${baseId}-part-`))
      lastField.current = { field: 'part', part: Number(id.slice(baseId.length + 6)) };
  };

  return (
    <div className="variant-editor" data-account={account.id} data-insert-scope onFocus={onFocusField}>
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
        <InsertMenu account={account} onInsert={insert} />
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
                id={partId(index)}
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
            <label className="field-label" htmlFor={partId(0)}>
              {t('composer.variants.text', { handle: account.handle })}
            </label>
            <VariantCounter id={counterId} count={counts[0] ?? null} />
            <RuleSource rule={rules.text} />
          </div>
          <HighlightedTextarea
            id={partId(0)}
            value={variant.text}
            overflowFrom={counts[0]?.overflowFrom ?? null}
            describedBy={`${counterId} ${problemsId}`}
            rows={7}
            onChange={(value) => actions().editVariant(account.id, { text: value })}
          />
        </div>
      )}
      {signed ? (
        <p className="variant-signature" data-over={(worstOf(counts)?.remaining ?? 0) < 0 || undefined}>
          <span className="variant-signature-label">{t('composer.signature.added')}</span>
          <span className="variant-signature-text">{signature}</span>
        </p>
      ) : null}
      {commentCount !== null ? (
        <div className="field first-comment-field">
          <div className="variant-text-head">
            <label className="field-label" htmlFor={commentId}>
              {t('composer.variants.firstComment')}
            </label>
            <VariantCounter id={commentCounterId} count={commentCount} />
            <RuleSource rule={rules.firstComment} />
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
        masterText={masterText}
        onSelect={select}
        onFix={fix}
        onFixTypography={() => fixAllTypography(account.id, variant)}
      />
      <VariantActions account={account} variant={variant} masterText={masterText} />
    </div>
  );
}

interface PartProps {
  id: string;
  index: number;
  total: number;
  value: string;
  count: TargetCount | null;
  problemsId: string;
  onChange: (value: string) => void;
}

function ThreadPart({ id, index, total, value, count, problemsId, onChange }: PartProps) {
  const { t } = useTranslation();
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
