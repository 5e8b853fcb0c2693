import type { PostStatus } from '../../../core/model/index.js';
import { useSharedTranslation } from '../i18n/sharedTranslation.js';
import './StatusChip.css';

export function StatusChip({ status }: { status: PostStatus }) {
  const { t } = useSharedTranslation();
  return (
    <span className={`status-chip status-${status}`}>
      <span className="status-dot" aria-hidden="true" />
      {t(`status.${status}`)}
    </span>
  );
}
