/** Réglages: the user's preferences, the workspace's settings, and its backups. */
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader.js';
import { BackupsSection } from './BackupsSection.js';
import { PreferencesSection } from './PreferencesSection.js';
import { ReusableTextSection } from './ReusableTextSection.js';
import { WorkspaceSection } from './WorkspaceSection.js';
import './settings.css';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <div className="settings">
        <PreferencesSection />
        <WorkspaceSection />
        <ReusableTextSection />
        <BackupsSection />
      </div>
    </>
  );
}
