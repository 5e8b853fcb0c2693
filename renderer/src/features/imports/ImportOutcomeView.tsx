/** What the import did, and the way back: restoring the backup taken just before it. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportOutcome } from '../../../../core/imports/previewView.js';
import { actions } from '../../state/useCalepin.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';

export function ImportOutcomeView({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [undone, setUndone] = useState(false);
  const backupId = outcome.backupId;
  return (
    <div className="imports-outcome" role="status">
      <p>
        {outcome.kind === 'review'
          ? t('imports.outcome.review', { decisions: outcome.decisions, comments: outcome.comments })
          : t('imports.outcome.plan', { created: outcome.created, updated: outcome.updated })}{' '}
        {outcome.conflicts.length > 0 ? t('imports.outcome.conflicts', { count: outcome.conflicts.length }) : null}
      </p>
      {backupId && !undone ? (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t('imports.undo')}
        </button>
      ) : null}
      {undone ? <p>{t('imports.undone')}</p> : null}
      {confirming && backupId ? (
        <ConfirmDialog
          title={t('imports.undoTitle')}
          message={t('imports.undoMessage')}
          confirmLabel={t('imports.undo')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void actions()
              .restoreBackup(backupId)
              .then(async (restored) => {
                if (!restored) return;
                setUndone(true);
                await actions().loadPosts();
              });
          }}
        />
      ) : null}
    </div>
  );
}
