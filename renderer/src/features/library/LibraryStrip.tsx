/**
 * A row of the library's latest items (or those matching a search), to drag onto a variant's media
 * (Rédaction) or onto a calendar day to start a draft with it (the calendar's drawer).
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { thumbnailUrl } from '../../api/mediaUrl.js';
import { useCalepin } from '../../state/useCalepin.js';
import { Icon } from '../../ui/Icon.js';
import { filterMedia, NO_FILTERS } from './filterMedia.js';
import { startMediaDrag } from './mediaDrag.js';

const SHOWN = 40;

export function LibraryStrip({ hint }: { hint?: string }) {
  const { t } = useTranslation();
  const media = useCalepin((state) => state.media);
  const [query, setQuery] = useState('');
  const searchId = useId();
  const shown = useMemo(
    () =>
      filterMedia(media, { ...NO_FILTERS, query }, () => false)
        .sort((a, b) => b.importedAt.localeCompare(a.importedAt))
        .slice(0, SHOWN),
    [media, query],
  );
  return (
    <div className="library-strip" aria-label={t('library.composer.strip')} role="group">
      <div className="library-strip-head">
        <label htmlFor={searchId} className="visually-hidden">
          {t('library.composer.pickerSearch')}
        </label>
        <input
          id={searchId}
          type="search"
          className="input"
          placeholder={t('library.searchPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <span className="muted">{hint ?? t('library.composer.stripHint')}</span>
      </div>
      <ul className="library-strip-items">
        {shown.map((item) => (
          <li
            key={item.id}
            draggable
            title={item.name}
            data-media-id={item.id}
            onDragStart={(event) => startMediaDrag(event, [item.id])}
          >
            {item.kind === 'video' ? (
              <span className="picker-video" aria-hidden="true">
                <Icon name="library" size={18} />
              </span>
            ) : (
              <img src={thumbnailUrl(item)} alt={item.name} draggable={false} loading="lazy" />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
