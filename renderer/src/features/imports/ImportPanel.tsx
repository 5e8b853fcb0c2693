/**
 * Import a file into the open workspace: an Excel review Calepin exported (the reviewer's
 * decisions) or a plan as CSV/xlsx. Choose the file, read the preview (nothing is written until
 * the user confirms), confirm, and undo the whole import from its backup if it was a mistake.
 * Exposed for the Exports screen, which mounts it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { ImportPreviewView } from '../../../../core/imports/previewView.js';
import { actions, useCalepin } from '../../state/useCalepin.js';
import { ImportOutcomeView } from './ImportOutcomeView.js';
import { ImportRefusal } from './ImportRefusal.js';
import { PlanPreviewView } from './PlanPreviewView.js';
import { ReviewPreviewView } from './ReviewPreviewView.js';
import './imports.css';
import { PathField } from '../../ui/PathField.js';

export function ImportPanel() {
  const { t } = useTranslation();
  const { host, step, preview, outcome, error, readOnly } = useCalepin(
    useShallow((state) => ({
      host: state.status?.host ?? 'web',
      step: state.importStep,
      preview: state.importPreview,
      outcome: state.importOutcome,
      error: state.importError,
      readOnly: state.status?.readOnly !== null && state.status?.readOnly !== undefined,
    })),
  );
  const [path, setPath] = useState('');
  const [reviewer, setReviewer] = useState('');
  const busy = step === 'previewing' || step === 'applying';

  const choose = async () => {
    const picked = await actions().pickImportFile(t('imports.pickTitle'));
    if (picked) {
      setPath(picked);
      await actions().previewImport(picked);
    }
  };

  return (
    <section className="imports" aria-labelledby="imports-title">
      <h2 id="imports-title" className="imports-title">
        {t('imports.title')}
      </h2>
      <p className="field-hint">{t('imports.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (path.trim() !== '') void actions().previewImport(path.trim());
        }}
      >
        <PathField
          label={t('imports.file')}
          value={path}
          onChange={setPath}
          placeholder={t('imports.filePlaceholder')}
          hint={t('imports.fileHint')}
          choose={
            host === 'electron' ? { label: t('imports.choose'), onClick: () => void choose(), disabled: busy } : null
          }
        >
          <button type="submit" className="button" disabled={busy || path.trim() === ''}>
            {t('imports.preview')}
          </button>
        </PathField>
      </form>

      {step === 'previewing' ? (
        <p className="field-hint" role="status">
          {t('imports.reading')}
        </p>
      ) : null}
      {error ? <ImportRefusal error={error} /> : null}

      {preview?.preview.kind === 'review' ? (
        <ReviewPreviewView preview={preview.preview} reviewer={reviewer} onReviewer={setReviewer} />
      ) : null}
      {preview?.preview.kind === 'plan' ? (
        <PlanPreviewView
          preview={preview.preview}
          onRemap={(mapping) => void actions().previewImport(preview.file, mapping)}
        />
      ) : null}

      {preview && step !== 'previewing' ? (
        <div className="imports-actions">
          <p className="field-hint">{t('imports.backupHint')}</p>
          <button type="button" className="button" onClick={() => actions().resetImport()} disabled={busy}>
            {t('imports.cancel')}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={busy || readOnly || !applicable(preview.preview)}
            onClick={() => void actions().applyImport(reviewer.trim() || undefined)}
          >
            {preview.preview.kind === 'review' ? t('imports.applyReview') : t('imports.applyPlan')}
          </button>
        </div>
      ) : null}

      {outcome ? <ImportOutcomeView outcome={outcome} /> : null}
    </section>
  );
}

function applicable(preview: ImportPreviewView['preview']): boolean {
  if (preview.kind === 'review') return preview.items.some((item) => item.conflict === null);
  return preview.creates.length > 0 || preview.updates.some((update) => update.changes.length > 0);
}
