/**
 * Restoring a workspace archive (made by « Archive complète ») into a new folder, which then opens.
 * Electron offers its native pickers; the web host, which has none, takes typed paths. A refused
 * archive (unsafe entries, too large, damaged, not Calepin's) is said in the user's language and
 * nothing is written.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalepinErrorData } from '../../../../core/errors.js';
import { call } from '../../api/client.js';
import { ErrorText } from '../../app/ErrorText.js';
import { asErrorData } from '../../state/errors.js';
import { actions, useCalepin } from '../../state/useCalepin.js';
import { PathField } from '../../ui/PathField.js';

export function RestoreArchiveSection() {
  const { t } = useTranslation();
  const native = useCalepin((state) => state.status?.host === 'electron');
  const [archive, setArchive] = useState('');
  const [target, setTarget] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CalepinErrorData | null>(null);

  const pickArchive = async () => {
    const picked = await call('workspaces.pickArchive', {}).catch(() => ({ path: null }));
    if (picked.path) setArchive(picked.path);
  };
  const pickTarget = async () => {
    const picked = await actions().pickFolder('create');
    if (picked) setTarget(picked);
  };

  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      // Whatever is being typed belongs to the workspace we are leaving: save it there first.
      await actions().saveNow();
      const status = await call('workspaces.restoreArchive', { archive: archive.trim(), to: target.trim() });
      actions().applyStatus(status);
      void actions().loadRecent();
      actions().navigate('calendar');
    } catch (failure) {
      setError(asErrorData(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="settings-section exports-section" aria-labelledby="exports-restore">
      <div className="settings-intro">
        <h2 id="exports-restore">{t('exports.restore.title')}</h2>
        <p>{t('exports.restore.help')}</p>
      </div>
      <form
        className="plain-fieldset exports-fields"
        onSubmit={(event) => {
          event.preventDefault();
          if (archive.trim() && target.trim()) void restore();
        }}
      >
        <PathField
          label={t('exports.restore.archive')}
          value={archive}
          onChange={setArchive}
          placeholder={t('exports.restore.archivePlaceholder')}
          choose={native ? { label: t('exports.restore.choose'), onClick: () => void pickArchive() } : null}
        />
        <PathField
          label={t('exports.restore.target')}
          value={target}
          onChange={setTarget}
          placeholder={t('exports.restore.targetPlaceholder')}
          hint={t('exports.restore.targetHint')}
          choose={native ? { label: t('exports.restore.choose'), onClick: () => void pickTarget() } : null}
        />
        <div>
          <button type="submit" className="button" disabled={busy || !archive.trim() || !target.trim()}>
            {busy ? t('exports.restore.working') : t('exports.restore.button')}
          </button>
        </div>
        {error ? (
          <p role="alert" className="exports-error">
            <ErrorText error={error} />
          </p>
        ) : null}
      </form>
    </section>
  );
}
