import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../../core/api.js';
import type { MediaItem } from '../../../../core/model/index.js';
import { mediaUrl } from '../../api/mediaUrl.js';
import { formatBytes, formatNumber } from '../../i18n/format.js';
import { Icon } from '../../ui/Icon.js';
import { useLanguage } from '../../ui/useLanguage.js';

export function MediaCard({ item, host }: { item: MediaItem; host: AppStatus['host'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const alt = item.alt.trim();
  return (
    <li className="media-card">
      <div className="media-thumb">
        {item.kind === 'image' ? (
          <img src={mediaUrl(item, host)} alt={alt} loading="lazy" decoding="async" />
        ) : (
          <video src={mediaUrl(item, host)} preload="metadata" muted aria-label={alt || item.name} />
        )}
        {item.kind !== 'image' ? <span className="media-kind">{t(`library.kinds.${item.kind}`)}</span> : null}
      </div>
      <div className="media-info">
        <p className="media-name" title={item.name}>
          {item.name}
        </p>
        <p className="media-meta">
          {t('library.dimensions', {
            width: formatNumber(item.width, language),
            height: formatNumber(item.height, language),
          })}
          {' · '}
          {formatBytes(item.bytes, language)}
        </p>
        {alt ? (
          <p className="media-alt" title={alt}>
            <span className="visually-hidden">{t('library.altLabel')}</span>
            {alt}
          </p>
        ) : (
          <p className="media-alt missing">
            <Icon name="alert" size={13} />
            {t('library.noAlt')}
          </p>
        )}
      </div>
    </li>
  );
}
