/**
 * What a corrupt workspace offers: its latest backup, named by its date, or a plain statement that
 * there is none. Backups are listed for the workspace that failed to open, even with none open.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { formatDateTime } from '../i18n/format.js';
import { latestBackup } from '../state/settingsSlice.js';
import { actions, useCalepin } from '../state/useCalepin.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { useLanguage } from '../ui/useLanguage.js';

/** With no workspace open there is no workspace clock; the computer's is the only one left. */
const fallbackZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function CorruptRecovery() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const { backups, state, zone } = useCalepin(
    useShallow((s) => ({
      backups: s.backups,
      state: s.backupsState,
      zone: s.status?.workspace?.settings.zone ?? fallbackZone(),
    })),
  );

  useEffect(() => {
    void actions().loadBackups();
  }, []);

  const latest = latestBackup(backups);
  if (state !== 'ready') return null;
  if (!latest) return <span className="banner-note">{t('banners.noBackup')}</span>;
  const when = formatDateTime(latest.at, zone, language);
  return (
    <>
      <button type="button" className="button button-primary" onClick={() => setConfirming(true)}>
        {t('banners.restoreFrom', { when })}
      </button>
      {confirming ? (
        <ConfirmDialog
          title={t('banners.restoreLatestTitle')}
          message={t('banners.restoreLatestMessage', { when })}
          confirmLabel={t('settings.backups.restore')}
          tone="default"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void actions().restoreBackup(latest.id);
          }}
        />
      ) : null}
    </>
  );
}
