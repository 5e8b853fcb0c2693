/** What the last import did: how many imported, duplicates, and each refused file with its reason. */
import { useTranslation } from 'react-i18next';
import type { MediaImportReport } from '../../../../core/api.js';
import { REFUSAL_REASONS, type RefusalReason } from '../../../../core/model/media.js';
import { actions } from '../../state/useCalepin.js';
import { Icon } from '../../ui/Icon.js';

const isReason = (value: string | undefined): value is RefusalReason =>
  (REFUSAL_REASONS as readonly string[]).includes(value ?? '');

export function ImportReport({ report }: { report: MediaImportReport }) {
  const { t } = useTranslation();
  const imported = report.results.filter((r) => r.status === 'imported').length;
  const duplicates = report.results.filter((r) => r.status === 'duplicate');
  const refused = report.results.filter((r) => r.status === 'refused');
  return (
    <div className={`import-report${refused.length > 0 ? ' has-refusals' : ''}`} role="status">
      <div className="import-report-head">
        <Icon name={refused.length > 0 ? 'alert' : 'check'} size={15} />
        <span>
          {[
            t('library.import.imported', { count: imported }),
            duplicates.length > 0 ? t('library.import.duplicates', { count: duplicates.length }) : null,
            refused.length > 0 ? t('library.import.refused', { count: refused.length }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
        <button type="button" className="link-button" onClick={() => actions().dismissImport()}>
          {t('common.dismiss')}
        </button>
      </div>
      {duplicates.length > 0 || refused.length > 0 ? (
        <ul className="import-lines">
          {duplicates.map((r, index) => (
            <li key={`d${index}`}>
              <bdi>{r.file}</bdi> — {t('library.import.duplicateLine')}
            </li>
          ))}
          {refused.map((r, index) => (
            <li key={`r${index}`} className="refused">
              <bdi>{r.file}</bdi> — {t(`library.refusals.${isReason(r.reason) ? r.reason : 'corrupt'}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
