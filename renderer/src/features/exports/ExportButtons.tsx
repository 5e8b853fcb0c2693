/**
 * The live count and one button per format. A click writes the file (after Electron's save
 * dialog; in the web host, into Calepin's exports folder) and says where it went, how big it is
 * and its version; a failure is said in the user's language and leaves no file.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormatInfo, ExportOutcome, ExportPreview } from '../../../../core/api.js';
import type { CalepinErrorData } from '../../../../core/errors.js';
import type { ExportSelectionInput } from '../../../../core/export/selection.js';
import { call } from '../../api/client.js';
import { ErrorText } from '../../app/ErrorText.js';
import { formatBytes, formatDate } from '../../i18n/format.js';
import { asErrorData } from '../../state/errors.js';
import { useLanguage } from '../../ui/useLanguage.js';
import { profileFor, type ExportForm } from './exportForm.js';

interface Props {
  formats: readonly ExportFormatInfo[];
  form: ExportForm;
  selection: ExportSelectionInput;
  preview: ExportPreview | null;
  counting: boolean;
  previewError: CalepinErrorData | null;
}

type LooseT = (key: string, options?: Record<string, unknown>) => string;

export function ExportButtons({ formats, form, selection, preview, counting, previewError }: Props) {
  const { t } = useTranslation();
  const tl = t as unknown as LooseT;
  const language = useLanguage();
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const [error, setError] = useState<CalepinErrorData | null>(null);
  const [cancelled, setCancelled] = useState(false);

  const run = async (format: string) => {
    setBusy(format);
    setError(null);
    setOutcome(null);
    setCancelled(false);
    try {
      const result = await call('exports.create', {
        format,
        selection,
        profile: profileFor(format, form),
        delimiter: format === 'csv' ? form.delimiter : undefined,
      });
      if (result.path === null) setCancelled(true);
      else setOutcome(result);
    } catch (failure) {
      setError(asErrorData(failure));
    } finally {
      setBusy(null);
    }
  };

  const empty = preview !== null && preview.rows === 0;
  return (
    <div className="exports-actions">
      <p className="exports-count" aria-live="polite" data-testid="exports-count">
        {previewError ? (
          <ErrorText error={previewError} />
        ) : preview ? (
          tl('exports.count', {
            count: preview.rows,
            posts: tl('exports.posts', { count: preview.posts }),
            from: formatDate(preview.from, language),
            to: formatDate(preview.to, language),
          })
        ) : (
          t('common.loading')
        )}
        {counting && preview ? <span className="exports-counting"> · {t('exports.counting')}</span> : null}
      </p>
      <div className="exports-buttons">
        {formats.map(({ format }) => (
          <button
            key={format}
            type="button"
            className={format === 'pdf' ? 'button button-primary' : 'button'}
            disabled={busy !== null || (empty && format !== 'zip')}
            aria-describedby={`exports-help-${format}`}
            onClick={() => void run(format)}
          >
            {busy === format ? t('exports.working') : tl(`exports.formats.${format}`)}
          </button>
        ))}
      </div>
      <ul className="exports-help">
        {formats.map(({ format }) => (
          <li key={format} id={`exports-help-${format}`}>
            <strong>{tl(`exports.formats.${format}`)}</strong> — {tl(`exports.formatHelp.${format}`)}
          </li>
        ))}
      </ul>
      <div role="status" className="exports-result">
        {outcome ? (
          <p className="exports-saved">
            {t('exports.saved', {
              size: formatBytes(outcome.bytes, language),
              version: outcome.versionHash.slice(0, 12),
            })}
            <span className="exports-path" title={outcome.path ?? ''}>
              {outcome.path}
            </span>
          </p>
        ) : null}
        {cancelled ? <p>{t('exports.cancelled')}</p> : null}
      </div>
      {error ? (
        <p role="alert" className="exports-error">
          <ErrorText error={error} />
        </p>
      ) : null}
    </div>
  );
}
