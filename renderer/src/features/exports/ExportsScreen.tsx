/**
 * Exports: the approved plan in the files stakeholders already use. A selection (period,
 * accounts, statuses, labels, campaigns, or the calendar's current filter) with a live count,
 * the document's options, and one button per format the Node side offers; then the way back
 * (imports of a reviewed file or a plan) and the restore of a full archive.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormatInfo } from '../../../../core/api.js';
import { todayIn } from '../../../../core/calendar/zonedTime.js';
import { call } from '../../api/client.js';
import { useCalepin } from '../../state/useCalepin.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { useWorkspace } from '../../ui/useWorkspace.js';
import { ImportPanel } from '../imports/ImportPanel.js';
import { DocumentOptions } from './DocumentOptions.js';
import { ExportButtons } from './ExportButtons.js';
import { initialForm, selectionOf, sortFormats, type ExportForm } from './exportForm.js';
import { RestoreArchiveSection } from './RestoreArchiveSection.js';
import { SelectionFields } from './SelectionFields.js';
import { useExportPreview } from './useExportPreview.js';
import './exports.css';

export function ExportsScreen() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const calendar = useCalepin((state) => state.filters);
  const [form, setForm] = useState<ExportForm>(() => initialForm(workspace?.settings.locale ?? 'fr'));
  const [formats, setFormats] = useState<ExportFormatInfo[]>([]);
  const zone = workspace?.settings.zone ?? 'Europe/Paris';
  const today = todayIn(zone, new Date());

  useEffect(() => {
    void call('exports.formats', {}).then((list) => setFormats(sortFormats(list)));
  }, []);

  const accounts = workspace?.accounts;
  const selection = useMemo(() => selectionOf(form, calendar, accounts), [form, calendar, accounts]);
  const { preview, counting, error } = useExportPreview(workspace ? selection : null);

  // The period starts empty and takes the default the Node side resolves (today → end of next month).
  useEffect(() => {
    if (preview && !form.from && !form.to) setForm((f) => ({ ...f, from: preview.from, to: preview.to }));
  }, [preview, form.from, form.to]);

  if (!workspace) return <PageHeader title={t('exports.title')} />;
  const change = (patch: Partial<ExportForm>) => setForm((current) => ({ ...current, ...patch }));

  return (
    <>
      <PageHeader title={t('exports.title')} subtitle={t('exports.subtitle')} />
      <div className="exports">
        <section className="settings-section exports-section" aria-labelledby="exports-selection">
          <div className="settings-intro">
            <h2 id="exports-selection">{t('exports.selection')}</h2>
            <p>{t('exports.selectionHelp')}</p>
          </div>
          <SelectionFields form={form} today={today} calendar={calendar} onChange={change} />
        </section>
        <section className="settings-section exports-section" aria-labelledby="exports-document">
          <div className="settings-intro">
            <h2 id="exports-document">{t('exports.document')}</h2>
            <p>{t('exports.documentHelp')}</p>
          </div>
          <DocumentOptions form={form} formats={formats} onChange={change} />
        </section>
        <section className="settings-section exports-section" aria-labelledby="exports-make">
          <div className="settings-intro">
            <h2 id="exports-make">{t('exports.make')}</h2>
            <p>{t('exports.makeHelp')}</p>
          </div>
          <ExportButtons
            formats={formats}
            form={form}
            selection={selection}
            preview={preview}
            counting={counting}
            previewError={error}
          />
        </section>
        {/* The way back: a reviewed Excel file or a bulk plan, from the exports helper's panel. */}
        <div className="exports-imports">
          <ImportPanel />
        </div>
        <RestoreArchiveSection />
      </div>
    </>
  );
}
