/** Médiathèque: every image and video of the workspace, with its size and alt text. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { actions, useCalepin } from '../../state/useCalepin.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { MediaCard } from './MediaCard.js';
import './library.css';

export function LibraryScreen() {
  const { t } = useTranslation();
  const { media, mediaState, host } = useCalepin(
    useShallow((state) => ({ media: state.media, mediaState: state.mediaState, host: state.status?.host ?? 'web' })),
  );

  useEffect(() => {
    void actions().loadMedia();
  }, []);

  const missingAlt = media.filter((item) => item.alt.trim() === '').length;
  return (
    <>
      <PageHeader
        title={t('library.title')}
        subtitle={
          mediaState === 'ready'
            ? `${t('library.count', { count: media.length })}${missingAlt ? ` · ${t('library.missingAltCount', { count: missingAlt })}` : ''}`
            : undefined
        }
      />
      {mediaState === 'loading' && media.length === 0 ? (
        <p className="loading-line" role="status">
          {t('common.loading')}
        </p>
      ) : media.length === 0 && mediaState === 'ready' ? (
        <EmptyState icon="library" title={t('library.empty')} />
      ) : (
        <ul className="media-grid">
          {media.map((item) => (
            <MediaCard key={item.id} item={item} host={host} />
          ))}
        </ul>
      )}
    </>
  );
}
