/** One tile of the library grid: thumbnail, name, folder and tags, alt-text status, a selection box. */
import type { TFunction } from 'i18next';
import { memo } from 'react';
import type { MediaItem } from '../../../../core/model/index.js';
import { thumbnailUrl } from '../../api/mediaUrl.js';
import { Icon } from '../../ui/Icon.js';
import { formatDuration } from './fitText.js';
import { startMediaDrag } from './mediaDrag.js';
import { keepLoadedThumbnail } from './thumbnailKeeper.js';

interface Props {
  item: MediaItem;
  selected: boolean;
  active: boolean;
  used: boolean;
  /** The ids dragged when this card is dragged: the whole selection if it is part of it. */
  dragIds: (id: string) => string[];
  onOpen: (id: string) => void;
  onToggle: (id: string, range: boolean) => void;
  /**
   * The grid's translation function: one subscription to the language for the whole grid rather
   * than one per card mounted while scrolling. A new language gives a new `t`, so cards re-render.
   */
  t: TFunction;
}

export const MediaCard = memo(function MediaCard({
  item,
  selected,
  active,
  used,
  dragIds,
  onOpen,
  onToggle,
  t,
}: Props) {
  const alt = item.alt.trim();
  return (
    <li
      className={`media-card${selected ? ' selected' : ''}${active ? ' active' : ''}`}
      data-media-id={item.id}
      draggable
      onDragStart={(event) => startMediaDrag(event, dragIds(item.id))}
    >
      <button
        type="button"
        className="media-open"
        onClick={() => onOpen(item.id)}
        aria-label={t('library.openItem', { name: item.name })}
        aria-pressed={active}
      >
        <div className="media-thumb">
          {item.kind === 'video' ? (
            // No poster frame: decoding video frames would take ffmpeg, which Calepin does not ship.
            <div className="media-video-tile" aria-hidden="true">
              <Icon name="library" size={28} />
              <span>{item.durationSeconds !== null ? formatDuration(item.durationSeconds) : ''}</span>
            </div>
          ) : (
            // Sized up front (the 4:3 tile), so a thumbnail arriving changes no layout; kept loaded
            // once shown, so a card scrolled back into view does not fetch it again.
            <img
              src={thumbnailUrl(item)}
              alt=""
              width={320}
              height={240}
              loading="lazy"
              decoding="async"
              draggable={false}
              onLoad={keepLoadedThumbnail}
            />
          )}
          {item.kind !== 'image' ? <span className="media-kind">{t(`library.kinds.${item.kind}`)}</span> : null}
          {!used ? <span className="media-unused">{t('library.unused')}</span> : null}
        </div>
        <span className="media-info">
          <span className="media-name" title={item.name}>
            {item.name}
          </span>
          <span className="media-meta">
            {item.folder ? (
              <span className="media-folder">
                <Icon name="folder" size={12} />
                {item.folder}
              </span>
            ) : null}
            {item.tags.map((tag) => (
              <span key={tag} className="media-tag">
                {tag}
              </span>
            ))}
          </span>
          {alt ? null : (
            <span className="media-alt missing">
              <Icon name="alert" size={12} />
              {t('library.noAlt')}
            </span>
          )}
        </span>
      </button>
      <label className="media-select">
        <input
          type="checkbox"
          checked={selected}
          onChange={(event) => onToggle(item.id, (event.nativeEvent as MouseEvent | KeyboardEvent).shiftKey ?? false)}
          aria-label={t('library.selectItem', { name: item.name })}
        />
      </label>
    </li>
  );
});
