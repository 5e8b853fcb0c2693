/**
 * What a plan import would create and change, the columns it read (remappable when the guess is
 * wrong), and the rows it will leave out with the reason for each.
 */
import { useTranslation } from 'react-i18next';
import { formatExportDate } from '../../../../core/export/format.js';
import { PLAN_FIELDS, type ColumnMapping, type PlanField } from '../../../../core/imports/planImport.js';
import type { ImportPreviewView } from '../../../../core/imports/previewView.js';
import { instantToWallClock } from '../../../../core/calendar/zonedTime.js';
import { useLanguage } from '../../ui/useLanguage.js';
import { RowErrors } from './ReviewPreviewView.js';

type PlanPreview = Extract<ImportPreviewView['preview'], { kind: 'plan' }>;

/** The fields worth offering in the mapping (ids and revisions are Calepin's own columns). */
const MAPPABLE: PlanField[] = PLAN_FIELDS.filter((f) => f !== 'revision');

export function PlanPreviewView({
  preview,
  onRemap,
}: {
  preview: PlanPreview;
  onRemap: (mapping: ColumnMapping) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const changed = preview.updates.filter((u) => u.changes.length > 0);
  const remap = (field: PlanField, value: string) => {
    const mapping: ColumnMapping = { ...preview.mapping };
    if (value === '') delete mapping[field];
    else mapping[field] = Number(value);
    onRemap(mapping);
  };
  const when = (plannedAt: string | null, zone: string) => {
    if (!plannedAt) return t('imports.plan.backlog');
    const wall = instantToWallClock(plannedAt, zone);
    return `${formatExportDate(wall.date, language)} ${wall.time}`;
  };

  return (
    <div className="imports-preview">
      <p>
        {t('imports.plan.summary', {
          rows: preview.rowCount,
          creates: preview.creates.length,
          updates: changed.length,
          unchanged: preview.updates.length - changed.length,
          errors: preview.errors.length,
        })}
      </p>
      <details className="imports-mapping">
        <summary>{t('imports.plan.mapping')}</summary>
        <div className="imports-mapping-grid">
          {MAPPABLE.map((field) => (
            <label key={field} className="imports-mapping-row">
              <span>{t(`imports.fields.${field}`)}</span>
              <select
                className="input"
                value={preview.mapping[field] ?? ''}
                onChange={(event) => remap(field, event.target.value)}
              >
                <option value="">{t('imports.plan.unmapped')}</option>
                {preview.header.map((name, index) => (
                  <option key={`${index}-${name}`} value={index}>
                    {name || t('imports.plan.column', { n: index + 1 })}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      </details>
      {preview.creates.length + changed.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table imports-table">
            <thead>
              <tr>
                <th scope="col">{t('imports.plan.row')}</th>
                <th scope="col">{t('imports.plan.action')}</th>
                <th scope="col">{t('imports.plan.when')}</th>
                <th scope="col">{t('imports.plan.account')}</th>
                <th scope="col">{t('imports.plan.text')}</th>
              </tr>
            </thead>
            <tbody>
              {[
                ...preview.creates.map((c) => ({ kind: 'create' as const, row: c.rows[0]!, changes: [] as string[] })),
                ...changed.map((u) => ({ kind: 'update' as const, row: u.rows[0]!, changes: u.changes })),
              ]
                .sort((a, b) => a.row.row - b.row.row)
                .slice(0, 200)
                .map(({ kind, row, changes }) => (
                  <tr key={`${kind}-${row.row}`}>
                    <td>{row.row}</td>
                    <td>
                      {kind === 'create'
                        ? t('imports.plan.create')
                        : t('imports.plan.update', { fields: changes.join(', ') })}
                    </td>
                    <td>{when(row.plannedAt, row.zone)}</td>
                    <td>{row.accountId}</td>
                    <td className="imports-note">{row.text.slice(0, 140)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="field-hint">{t('imports.plan.nothing')}</p>
      )}
      <RowErrors errors={preview.errors} />
      {preview.errors.length > 0 ? <p className="field-hint">{t('imports.plan.skipped')}</p> : null}
    </div>
  );
}
