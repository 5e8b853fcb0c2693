/** A short confirmation at the bottom of the window, with Undo when the action can be undone. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { actions, useCalepin } from '../state/useCalepin.js';
import { Icon } from '../ui/Icon.js';

const VISIBLE_MS = 6_000;

export function NoticeToast() {
  const { t } = useTranslation();
  const notice = useCalepin((state) => state.notice);

  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => actions().dismissNotice(), VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {notice ? (
        <div className="toast" key={notice.id}>
          <Icon name="check" />
          <span>{t(`notices.${notice.kind}`)}</span>
          {notice.undoable ? (
            <button
              type="button"
              className="toast-action"
              onClick={() => {
                actions().dismissNotice();
                void actions().undo();
              }}
            >
              {t('notices.undoAction')}
            </button>
          ) : null}
          <button
            type="button"
            className="toast-close"
            aria-label={t('common.close')}
            onClick={() => actions().dismissNotice()}
          >
            <Icon name="close" size={14} />
          </button>
        </div>
      ) : null}
    </div>
  );
}
