/** What an Excel review would record, post by post; conflicts are shown and will not be applied. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionName, formatExportDate } from '../../../../core/export/format.js';
import { rowErrorSentence } from '../../../../core/imports/previewText.js';
import type { ImportPreviewView } from '../../../../core/imports/previewView.js';
import { useLanguage } from '../../ui/useLanguage.js';

type ReviewPreview = Extract<ImportPreviewView['preview'], { kind: 'review' }>;

export function ReviewPreviewView({
  preview,
  reviewer,
  onReviewer,
}: {
  preview: ReviewPreview;
  reviewer: string;
  onReviewer: (name: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const reviewerId = useId();
  const { marker } = preview;
  return (
    <div className="imports-preview">
      <p>
        {t('imports.review.summary', {
          workspace: marker.workspaceName,
          from: formatExportDate(marker.from, language),
          to: formatExportDate(marker.to, language),
          version: marker.version.slice(0, 12),
        })}
      </p>
      {preview.items.length === 0 ? <p className="field-hint">{t('imports.review.empty')}</p> : null}
      <div className="table-wrap">
        <table className="data-table imports-table">
          <thead>
            <tr>
              <th scope="col">{t('imports.review.post')}</th>
              <th scope="col">{t('imports.review.decision')}</th>
              <th scope="col">{t('imports.review.comment')}</th>
              <th scope="col">{t('imports.review.state')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.items.map((item) => (
              <tr key={item.postId} className={item.conflict ? 'imports-conflict' : undefined}>
                <td>
                  <span className="imports-post-title">{item.title || item.postId}</span>
                  <span className="imports-post-accounts">{item.accounts.join(', ')}</span>
                </td>
                <td>{item.decision ? decisionName(item.decision, language) : t('imports.review.commentOnly')}</td>
                <td className="imports-note">{item.note}</td>
                <td>
                  {item.conflict === 'changed'
                    ? t('imports.review.changed')
                    : item.conflict === 'missing'
                      ? t('imports.review.missing')
                      : t('imports.review.ready')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <RowErrors errors={preview.errors} />
      <div className="field">
        <label className="field-label" htmlFor={reviewerId}>
          {t('imports.review.reviewer')}
        </label>
        <input
          id={reviewerId}
          className="input"
          value={reviewer}
          onChange={(event) => onReviewer(event.target.value)}
          placeholder={t('imports.review.reviewerPlaceholder')}
        />
      </div>
    </div>
  );
}

export function RowErrors({ errors }: { errors: readonly { row: number; code: string; value: string }[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (errors.length === 0) return null;
  return (
    <div className="imports-errors">
      <h3>{t('imports.errorsTitle', { count: errors.length })}</h3>
      <ul>
        {errors.map((error) => (
          <li key={`${error.row}-${error.code}-${error.value}`}>
            {t('imports.rowError', { row: error.row, message: rowErrorSentence(error.code, error.value, language) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
