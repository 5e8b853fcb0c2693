/** Asks for a workspace folder by path, where there is no native picker (the web host). */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actions } from '../../state/useCalepin.js';
import { CancelSubmitFooter, Dialog } from '../../ui/Dialog.js';

export function OpenFolderDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const hintId = useId();

  const submit = async () => {
    if (!path.trim()) return;
    setBusy(true);
    const opened = await actions().openWorkspace(path.trim());
    setBusy(false);
    if (opened) onClose();
  };

  return (
    <Dialog
      title={t('workspaces.openTitle')}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <CancelSubmitFooter
          onCancel={onClose}
          submitLabel={t('workspaces.openAction')}
          disabled={busy || !path.trim()}
        />
      }
    >
      <div className="field">
        <label className="field-label" htmlFor={inputId}>
          {t('workspaces.folderPath')}
        </label>
        <input
          id={inputId}
          className="input"
          value={path}
          onChange={(event) => setPath(event.target.value)}
          placeholder={t('workspaces.folderPlaceholder')}
          aria-describedby={hintId}
          autoFocus
          spellCheck={false}
        />
        <p id={hintId} className="field-hint">
          {t('workspaces.folderPathHint')}
        </p>
      </div>
    </Dialog>
  );
}
