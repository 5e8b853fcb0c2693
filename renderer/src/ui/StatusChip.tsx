import { useTranslation } from 'react-i18next';
import type { PostStatus } from '../../../core/model/index.js';
import './StatusChip.css';

export function StatusChip({ status }: { status: PostStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-chip status-${status}`}>
      <span className="status-dot" aria-hidden="true" />
      {t(`status.${status}`)}
    </span>
  );
}
