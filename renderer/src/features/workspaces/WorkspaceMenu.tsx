/** The workspace switcher in the header: the open workspace, recent ones, open, create, the sample. */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useCalepin } from '../../state/useCalepin.js';
import { Icon } from '../../ui/Icon.js';
import { usePopover } from '../../ui/usePopover.js';
import { useWorkspaceActions } from './useWorkspaceActions.js';
import { WorkspaceDialogs } from './WorkspaceDialogs.js';
import './workspaces.css';

export function WorkspaceMenu() {
  const { t } = useTranslation();
  const { open, toggle, close, ref } = usePopover<HTMLDivElement>();
  const workspaceActions = useWorkspaceActions();
  const { workspace, recent } = useCalepin(
    useShallow((state) => ({ workspace: state.status?.workspace ?? null, recent: state.recent })),
  );
  const others = recent.filter((item) => item.path !== workspace?.path).slice(0, 8);

  const run = (action: () => unknown) => () => {
    close();
    void action();
  };

  return (
    <div className="workspace-menu" ref={ref}>
      <button
        type="button"
        className="workspace-button"
        aria-expanded={open}
        aria-haspopup="true"
        aria-label={t('workspaces.switcherLabel', { name: workspace?.name ?? t('workspaces.none') })}
        onClick={toggle}
      >
        <span className="workspace-avatar" aria-hidden="true">
          {(workspace?.name ?? '?').trim().charAt(0).toLocaleUpperCase()}
        </span>
        <span className="workspace-name">{workspace?.name ?? t('workspaces.none')}</span>
        <Icon name="chevronDown" size={14} />
      </button>
      {open ? (
        <div className="menu-panel workspace-panel">
          {workspace ? (
            <div className="menu-section current-workspace">
              <span className="menu-caption">{t('workspaces.current')}</span>
              <span className="current-name">{workspace.name}</span>
              <span className="current-path" title={workspace.path}>
                {workspace.path}
              </span>
            </div>
          ) : null}
          {others.length > 0 ? (
            <div className="menu-section">
              <span className="menu-caption">{t('workspaces.recent')}</span>
              <ul className="menu-list">
                {others.map((item) => (
                  <li key={item.path}>
                    <button
                      type="button"
                      className="menu-item recent-item"
                      onClick={run(() => workspaceActions.openRecent(item.path))}
                    >
                      <span className="recent-name">{item.name}</span>
                      <span className="recent-path" title={item.path}>
                        {item.path}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="menu-section">
            <ul className="menu-list">
              <li>
                <button type="button" className="menu-item" onClick={run(workspaceActions.open)}>
                  <Icon name="folder" />
                  {t('workspaces.open')}
                </button>
              </li>
              <li>
                <button type="button" className="menu-item" onClick={run(workspaceActions.create)}>
                  <Icon name="folderPlus" />
                  {t('workspaces.create')}
                </button>
              </li>
              <li>
                <button type="button" className="menu-item" onClick={run(workspaceActions.openSample)}>
                  <Icon name="sparkles" />
                  {t('workspaces.openSample')}
                </button>
              </li>
            </ul>
          </div>
        </div>
      ) : null}
      <WorkspaceDialogs dialog={workspaceActions.dialog} onClose={workspaceActions.closeDialog} />
    </div>
  );
}
