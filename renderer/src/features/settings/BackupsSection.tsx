/** The workspace's backups (kept outside its folder), newest first, each one restorable. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { BackupInfo } from '../../../../core/api.js';
import { formatBytes, formatDateTime } from '../../i18n/format.js';
import { actions, useCalepin } from '../../state/useCalepin.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { useLanguage } from '../../ui/useLanguage.js';

export function BackupsSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const { backups, backupsState, zone } = useCalepin(
    useShallow((state) => ({
      backups: state.backups,
      backupsState: state.backupsState,
      zone: state.status?.workspace?.settings.zone ?? 'UTC',
    })),
  );
  const sorted = [...backups].sort((a, b) => b.at.localeCompare(a.at));

  useEffect(() => {
    void actions().loadBackups();
  }, []);

  return (
    <section className="settings-section" aria-labelledby="settings-backups">
      <div className="settings-intro">
        <h2 id="settings-backups">{t('settings.backups.title')}</h2>
        <p>{t('settings.backups.description')}</p>
      </div>
      <div className="settings-body">
        {backupsState === 'loading' && backups.length === 0 ? (
          <p className="field-hint" role="status">
            {t('common.loading')}
          </p>
        ) : sorted.length === 0 ? (
          <p className="field-hint">{t('settings.backups.none')}</p>
        ) : (
          <ul className="backup-list">
            {sorted.map((backup) => (
              <li key={backup.id} className="backup-item">
                <span className="backup-when">{formatDateTime(backup.at, zone, language)}</span>
                <span className="backup-meta">
                  {t(`settings.backups.reasons.${backup.reason}`)} ·{' '}
                  {t('settings.backups.posts', { count: backup.posts })} · {formatBytes(backup.bytes, language)}
                </span>
                <button
                  type="button"
                  className="button"
                  onClick={() => setRestoring(backup)}
                  aria-label={t('settings.backups.restoreLabel', { when: formatDateTime(backup.at, zone, language) })}
                >
                  {t('settings.backups.restore')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {restoring ? (
        <ConfirmDialog
          title={t('settings.backups.confirmTitle')}
          message={t('settings.backups.confirmMessage', { when: formatDateTime(restoring.at, zone, language) })}
          confirmLabel={t('settings.backups.restore')}
          tone="default"
          onCancel={() => setRestoring(null)}
          onConfirm={() => {
            const id = restoring.id;
            setRestoring(null);
            void actions().restoreBackup(id);
          }}
        />
      ) : null}
    </section>
  );
}
