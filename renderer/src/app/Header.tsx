import { useTranslation } from 'react-i18next';
import { WorkspaceMenu } from '../features/workspaces/WorkspaceMenu.js';
import { Icon } from '../ui/Icon.js';
import { UndoRedo } from './UndoRedo.js';

export function Header() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          <Icon name="notebook" size={16} />
        </span>
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <span className="header-divider" aria-hidden="true" />
      <WorkspaceMenu />
      <div className="header-spacer" />
      <UndoRedo />
    </header>
  );
}
