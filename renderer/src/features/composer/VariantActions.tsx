/**
 * The last steps of a variant by hand: copy it ready to paste into the network (signature included,
 * thread parts separated), then « Marquer comme publié ». Marking is saved at once and undoable.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Account, Variant } from '../../../../core/model/index.js';
import { clipboardText, publishedParts } from '../../../../core/validate/index.js';
import { instantToWallClock } from '../../../../core/calendar/zonedTime.js';
import { formatDate, formatTime } from '../../i18n/format.js';
import { actions, useCalepin } from '../../state/useCalepin.js';
import { Icon } from '../../ui/Icon.js';
import { useLanguage } from '../../ui/useLanguage.js';

interface Props {
  account: Account;
  variant: Variant;
  masterText: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

export function VariantActions({ account, variant, masterText }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [copy, setCopy] = useState<CopyState>('idle');
  const { zone, readOnly } = useCalepin(
    useShallow((state) => ({
      zone: state.status?.workspace?.settings.zone ?? 'UTC',
      readOnly: state.status?.readOnly != null,
    })),
  );

  // What was copied is no longer what is written once the text changes.
  useEffect(() => setCopy('idle'), [variant, masterText]);

  const copyText = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <div className="variant-actions" data-published={variant.publishedAt !== null}>
      <button
        type="button"
        className="button button-small"
        onClick={() => void copyText(clipboardText(publishedParts({ masterText }, variant, account)))}
      >
        {t('composer.actions.copy')}
      </button>
      {variant.firstComment.trim() !== '' ? (
        <button type="button" className="button button-small" onClick={() => void copyText(variant.firstComment)}>
          {t('composer.actions.copyComment')}
        </button>
      ) : null}
      <span className="variant-copy-state" role="status">
        {copy === 'copied' ? (
          <>
            <Icon name="check" size={13} />
            {t('composer.actions.copied')}
          </>
        ) : copy === 'failed' ? (
          t('composer.actions.copyFailed')
        ) : null}
      </span>
      <span className="variant-state-spacer" />
      {variant.publishedAt === null ? (
        <button
          type="button"
          className="button button-small button-primary"
          disabled={readOnly}
          onClick={() => void actions().markPublished(account.id, true)}
        >
          {t('composer.actions.markPublished')}
        </button>
      ) : (
        <>
          <span className="variant-published" data-state="published">
            <Icon name="check" size={13} />
            {t('composer.actions.publishedOn', {
              date: formatDate(instantToWallClock(variant.publishedAt, zone).date, language),
              time: formatTime(variant.publishedAt, zone, language),
            })}
          </span>
          <button
            type="button"
            className="link-button"
            disabled={readOnly}
            onClick={() => void actions().markPublished(account.id, false)}
          >
            {t('composer.actions.unmark')}
          </button>
        </>
      )}
    </div>
  );
}
