/** When no workspace is open (first start failed, or the last one could not be read). */
import { useTranslation } from 'react-i18next';
import { useCalepin } from '../../state/useCalepin.js';
import { Icon } from '../../ui/Icon.js';
import { useWorkspaceActions } from './useWorkspaceActions.js';
import { WorkspaceDialogs } from './WorkspaceDialogs.js';
import './workspaces.css';

export function WelcomeScreen() {
  const { t } = useTranslation();
  const recent = useCalepin((state) => state.recent);
  const workspaceActions = useWorkspaceActions();
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">{t('welcome.title')}</h1>
      <p className="welcome-lead">{t('welcome.lead')}</p>
      <div className="welcome-actions">
        <button type="button" className="welcome-card" onClick={() => void workspaceActions.openSample()}>
          <Icon name="sparkles" size={20} />
          <span className="welcome-card-title">{t('workspaces.openSample')}</span>
          <span className="welcome-card-text">{t('welcome.sampleText')}</span>
        </button>
        <button type="button" className="welcome-card" onClick={() => void workspaceActions.open()}>
          <Icon name="folder" size={20} />
          <span className="welcome-card-title">{t('workspaces.open')}</span>
          <span className="welcome-card-text">{t('welcome.openText')}</span>
        </button>
        <button type="button" className="welcome-card" onClick={workspaceActions.create}>
          <Icon name="folderPlus" size={20} />
          <span className="welcome-card-title">{t('workspaces.create')}</span>
          <span className="welcome-card-text">{t('welcome.createText')}</span>
        </button>
      </div>
      {recent.length > 0 ? (
        <div className="welcome-recent">
          <h2>{t('workspaces.recent')}</h2>
          <ul className="menu-list">
            {recent.map((item) => (
              <li key={item.path}>
                <button
                  type="button"
                  className="menu-item recent-item"
                  onClick={() => void workspaceActions.openRecent(item.path)}
                >
                  <span className="recent-name">{item.name}</span>
                  <span className="recent-path">{item.path}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <WorkspaceDialogs dialog={workspaceActions.dialog} onClose={workspaceActions.closeDialog} />
    </section>
  );
}
