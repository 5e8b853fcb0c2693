/**
 * One tab per target account below the master text: the network mark, the handle and the live
 * counter. Arrow keys move along the tablist; Ctrl+Alt+← / → (Cmd+Alt on a Mac) switch variants
 * from anywhere in the composer.
 */
import { type KeyboardEvent, memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Account, AccountId, Variant } from '../../../../core/model/index.js';
import { rulesFor } from '../../../../core/networks/index.js';
import { signParts } from '../../../../core/validate/index.js';
import { variantsOf } from '../../state/editorDraft.js';
import { actions, useCalepin } from '../../state/useCalepin.js';
import { NetworkMark } from '../../ui/AccountBadge.js';
import { SegmentedControl } from '../../ui/SegmentedControl.js';
import { VariantPreview } from './previews/VariantPreview.js';
import { useRuleSourceText } from './RuleSource.js';
import { VariantCounter } from './VariantCounter.js';
import { VariantEditor } from './VariantEditor.js';
import { useVariantCounts } from './useVariantCounts.js';
import { worstOf } from './variantCounts.js';

type ViewMode = 'editor' | 'preview' | 'both';

/** The variant as it is counted: its parts with the account's signature (see core/validate/signature.ts). */
function signed(variant: Variant, account: Account | undefined): Variant {
  if (!account || account.style.signature.trim() === '') return variant;
  const [text = '', ...threadParts] = signParts([variant.text, ...variant.threadParts], account.style.signature);
  return { ...variant, text, threadParts };
}

// Memoised: the editor re-renders on every keystroke, and this part only needs its own store slice.
export const VariantsPanel = memo(function VariantsPanel() {
  const { t } = useTranslation();
  const baseId = useId();
  const ruleText = useRuleSourceText();
  const [view, setView] = useState<ViewMode>('both');
  const { text, chosen, drafted, workspaceAccounts, mediaState } = useCalepin(
    useShallow((state) => ({
      text: state.editor.draft.text,
      chosen: state.editor.draft.accounts,
      drafted: state.editor.draft.variants,
      workspaceAccounts: state.status?.workspace?.accounts,
      mediaState: state.mediaState,
    })),
  );
  useEffect(() => {
    // Media checks and previews need the library.
    if (mediaState === 'idle') void actions().loadMedia();
  }, [mediaState]);
  const byId = useMemo(
    () => new Map<string, Account>((workspaceAccounts ?? []).map((account) => [account.id, account])),
    [workspaceAccounts],
  );
  const targets = useMemo(() => chosen.filter((id) => byId.has(id)), [chosen, byId]);
  const variants = useMemo(() => variantsOf({ text, accounts: targets, variants: drafted }), [text, targets, drafted]);
  const signedVariants = useMemo(
    () => variants.map((variant) => signed(variant, byId.get(variant.accountId))),
    [variants, byId],
  );
  const { counts, counting } = useVariantCounts(signedVariants, byId);
  const [selected, setSelected] = useState<AccountId | null>(null);
  const current = targets.find((id) => id === selected) ?? targets[0] ?? null;
  const tabs = useRef(new Map<string, HTMLDivElement>());
  const panel = useRef<HTMLDivElement>(null);

  const move = useCallback(
    (by: number, focus: 'tab' | 'keep') => {
      if (current === null || targets.length === 0) return;
      const index = targets.indexOf(current);
      const next = targets[(index + by + targets.length) % targets.length];
      if (next === undefined) return;
      const wasInPanel = panel.current?.contains(document.activeElement) ?? false;
      setSelected(next);
      if (focus === 'tab') tabs.current.get(next)?.focus();
      else if (wasInPanel) {
        // Stay where the writer was typing: in the next variant's text.
        requestAnimationFrame(() => panel.current?.querySelector('textarea')?.focus());
      }
    },
    [current, targets],
  );

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!event.altKey || event.shiftKey || !(event.ctrlKey || event.metaKey)) return;
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      event.preventDefault();
      move(event.key === 'ArrowRight' ? 1 : -1, 'keep');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [move]);

  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const first = targets[0];
    const last = targets[targets.length - 1];
    if (event.key === 'ArrowRight') move(1, 'tab');
    else if (event.key === 'ArrowLeft') move(-1, 'tab');
    else if (event.key === 'Home' && first !== undefined) {
      setSelected(first);
      tabs.current.get(first)?.focus();
    } else if (event.key === 'End' && last !== undefined) {
      setSelected(last);
      tabs.current.get(last)?.focus();
    } else return;
    event.preventDefault();
  };

  const currentAccount = current === null ? undefined : byId.get(current);
  const currentVariant = variants.find((variant) => variant.accountId === current);
  return (
    <section className="variants" aria-labelledby={`${baseId}-title`} aria-busy={counting || undefined}>
      <div className="variants-head">
        <h2 id={`${baseId}-title`} className="field-label">
          {t('composer.variants.label')}
        </h2>
        {counting ? (
          <span className="field-hint counting-state" role="status">
            {t('counting.inProgress')}
          </span>
        ) : targets.length > 1 ? (
          <span className="field-hint">{t('composer.variants.shortcutHint')}</span>
        ) : null}
        <span className="variant-state-spacer" />
        {targets.length > 0 ? (
          <div className="variant-view">
            <SegmentedControl
              label={t('composer.view.label')}
              value={view}
              options={[
                { value: 'editor', label: t('composer.view.editor') },
                { value: 'preview', label: t('composer.view.preview') },
                { value: 'both', label: t('composer.view.both') },
              ]}
              onChange={setView}
            />
          </div>
        ) : null}
      </div>
      {targets.length === 0 ? (
        <p className="field-hint">{t('composer.variants.none')}</p>
      ) : (
        <>
          <div role="tablist" aria-label={t('composer.variants.label')} className="variant-tabs" onKeyDown={onTabKey}>
            {targets.map((id) => {
              const account = byId.get(id);
              if (!account) return null;
              const variant = variants.find((item) => item.accountId === id);
              const active = id === current;
              return (
                // A div, not a button: the form's fieldset is disabled in a read-only workspace, and
                // the variants must stay readable there.
                <div
                  key={id}
                  ref={(element) => {
                    if (element) tabs.current.set(id, element);
                    else tabs.current.delete(id);
                  }}
                  role="tab"
                  id={`${baseId}-tab-${id}`}
                  aria-selected={active}
                  aria-controls={`${baseId}-panel`}
                  tabIndex={active ? 0 : -1}
                  className={active ? 'variant-tab active' : 'variant-tab'}
                  data-account={id}
                  data-customised={variant?.customised ? 'true' : 'false'}
                  onClick={() => setSelected(id)}
                  onKeyDown={(event) => {
                    if (event.key !== 'Enter' && event.key !== ' ') return;
                    event.preventDefault();
                    setSelected(id);
                  }}
                >
                  <NetworkMark account={account} />
                  <span className="variant-tab-handle">{account.handle}</span>
                  <span className="visually-hidden">
                    {t('accounts.onNetwork', { network: t(`networks.${account.network}`) })}
                  </span>
                  {variant?.customised ? (
                    <span className="variant-tab-dot" title={t('composer.variants.customised')} aria-hidden="true" />
                  ) : null}
                  <span title={ruleText(rulesFor(account.network).text)}>
                    <VariantCounter count={worstOf(counts.get(id))} />
                  </span>
                </div>
              );
            })}
          </div>
          <div
            ref={panel}
            role="tabpanel"
            id={`${baseId}-panel`}
            aria-labelledby={current === null ? undefined : `${baseId}-tab-${current}`}
            className="variant-panel"
            data-view={view}
          >
            {currentAccount && currentVariant && view !== 'preview' ? (
              <VariantEditor
                key={currentAccount.id}
                account={currentAccount}
                variant={currentVariant}
                masterText={text}
                counts={counts.get(currentAccount.id) ?? []}
              />
            ) : null}
            {currentAccount && currentVariant && view !== 'editor' ? (
              <VariantPreview account={currentAccount} variant={currentVariant} masterText={text} />
            ) : null}
          </div>
        </>
      )}
    </section>
  );
});
