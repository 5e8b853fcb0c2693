/** Attached media as the network lays them out: one full width, or a grid of up to four. */
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../../../core/api.js';
import type { MediaItem } from '../../../../../core/model/index.js';
import { mediaUrl } from '../../../api/mediaUrl.js';

const GRID = 4;

export function PreviewMedia({
  items,
  host,
  single = false,
}: {
  items: readonly MediaItem[];
  host: AppStatus['host'];
  single?: boolean;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  const shown = single ? items.slice(0, 1) : items.slice(0, GRID);
  const hidden = items.length - shown.length;
  return (
    <div className="preview-media" data-count={shown.length}>
      {shown.map((item, index) => {
        const label = item.alt.trim()
          ? t('previews.mediaAlt', { position: index + 1, alt: item.alt })
          : t('previews.mediaNoAlt', { position: index + 1 });
        return (
          <div key={`${item.id}-${index}`} className="preview-media-item">
            {item.kind === 'video' ? (
              <video src={mediaUrl(item, host)} preload="metadata" muted aria-label={label} />
            ) : (
              <img src={mediaUrl(item, host)} alt={label} decoding="async" />
            )}
            {index === shown.length - 1 && hidden > 0 ? (
              <span className="preview-media-more">{t('previews.moreMedia', { count: hidden })}</span>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
