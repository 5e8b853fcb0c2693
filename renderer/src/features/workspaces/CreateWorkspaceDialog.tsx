/** A new workspace: its name and the folder it lives in (picked natively, or typed in the web host). */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actions, useCalepin } from '../../state/useCalepin.js';
import { CancelSubmitFooter, Dialog } from '../../ui/Dialog.js';
import { PathField } from '../../ui/PathField.js';

export function CreateWorkspaceDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const host = useCalepin((state) => state.status?.host ?? 'web');
  const [name, setName] = useState('');
  const [path, setPath] = useState('');
  const [sample, setSample] = useState(false);
  const [busy, setBusy] = useState(false);
  const nameId = useId();
  const ready = name.trim() !== '' && path.trim() !== '';

  const choose = async () => {
    const picked = await actions().pickFolder('create');
    if (picked) setPath(picked);
  };

  const submit = async () => {
    if (!ready) return;
    setBusy(true);
    const created = await actions().createWorkspace({ name: name.trim(), path: path.trim(), sample });
    setBusy(false);
    if (created) onClose();
  };

  return (
    <Dialog
      title={t('workspaces.createTitle')}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <CancelSubmitFooter onCancel={onClose} submitLabel={t('workspaces.createAction')} disabled={busy || !ready} />
      }
    >
      <div className="field">
        <label className="field-label" htmlFor={nameId}>
          {t('workspaces.name')}
        </label>
        <input
          id={nameId}
          className="input"
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder={t('workspaces.namePlaceholder')}
          autoFocus
        />
      </div>
      <PathField
        label={t('workspaces.folderPath')}
        value={path}
        onChange={setPath}
        placeholder={t('workspaces.folderPlaceholder')}
        hint={t('workspaces.createFolderHint')}
        choose={host === 'electron' ? { label: t('workspaces.choose'), onClick: () => void choose() } : null}
      />
      <label className="checkbox">
        <input type="checkbox" checked={sample} onChange={(event) => setSample(event.target.checked)} />
        {t('workspaces.withSample')}
      </label>
    </Dialog>
  );
}
