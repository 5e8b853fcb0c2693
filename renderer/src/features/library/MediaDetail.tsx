/**
 * The side panel of one item: preview, name, folder and tags, alt text with its length against
 * every network, which networks take it (and why not), and the posts that use it, as links.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaPostRef } from '../../../../core/api.js';
import { fitEverywhere } from '../../../../core/media/fit.js';
import type { MediaItem } from '../../../../core/model/index.js';
import { mediaUrl, thumbnailUrl } from '../../api/mediaUrl.js';
import { formatBytes, formatDateTime, formatNumber } from '../../i18n/format.js';
import { actions, useCalepin } from '../../state/useCalepin.js';
import { Icon } from '../../ui/Icon.js';
import { StatusChip } from '../../ui/StatusChip.js';
import { useLanguage } from '../../ui/useLanguage.js';
import { AltLimitCounter } from './AltLimitCounter.js';
import { fitProblemText, formatDuration } from './fitText.js';

interface Props {
  item: MediaItem;
  usage: MediaPostRef[] | undefined;
  usageKnown: boolean;
  onClose: () => void;
}

/** A text field saved when it loses focus (or on Enter), not on every keystroke. */
function useCommitted(value: string, commit: (next: string) => void) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return {
    value: draft,
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: () => {
      if (draft !== value) commit(draft);
    },
  };
}

export function MediaDetail({ item, usage, usageKnown, onClose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const host = useCalepin((state) => state.status?.host ?? 'web');
  const zone = useCalepin((state) => state.status?.workspace?.settings.zone ?? 'Europe/Paris');
  const readOnly = useCalepin((state) => state.status?.readOnly !== null);
  const altId = useId();
  const altCounterId = useId();
  const nameId = useId();
  const folderId = useId();
  const tagsId = useId();
  const save = (change: Parameters<ReturnType<typeof actions>['updateMedia']>[1]) =>
    void actions().updateMedia(item.id, change);
  const name = useCommitted(item.name, (next) => next.trim() && save({ name: next.trim() }));
  const folder = useCommitted(item.folder, (next) => save({ folder: next }));
  const tags = useCommitted(item.tags.join(', '), (next) => save({ tags: next.split(',') }));
  const alt = useCommitted(item.alt, (next) => save({ alt: next }));
  const fits = useMemo(() => fitEverywhere(item), [item]);

  const facts: [string, string][] = [
    [
      t('library.detail.kind'),
      `${t(`library.kinds.${item.kind}`)} · ${item.mime.split('/')[1]?.toUpperCase() ?? item.mime}`,
    ],
    [
      t('library.detail.dimensions'),
      t('library.dimensions', {
        width: formatNumber(item.width, language),
        height: formatNumber(item.height, language),
      }),
    ],
    [t('library.detail.size'), formatBytes(item.bytes, language)],
  ];
  if (item.durationSeconds !== null) facts.push([t('library.detail.duration'), formatDuration(item.durationSeconds)]);
  if (item.frameRate !== null)
    facts.push([
      t('library.detail.frameRate'),
      t('library.detail.fps', { fps: formatNumber(Math.round(item.frameRate * 100) / 100, language) }),
    ]);
  if (item.videoCodec !== null)
    facts.push([t('library.detail.codecs'), [item.videoCodec, item.audioCodec].filter(Boolean).join(' · ')]);
  if (item.colourSpace !== null) facts.push([t('library.detail.colourSpace'), item.colourSpace.toUpperCase()]);
  facts.push([t('library.detail.imported'), formatDateTime(item.importedAt, zone, language)]);

  return (
    <aside className="media-detail" aria-label={t('library.detail.label', { name: item.name })}>
      <header className="media-detail-head">
        <h2>{item.name}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('common.close')}>
          <Icon name="close" />
        </button>
      </header>
      <div className="media-preview">
        {item.kind === 'video' ? (
          <video src={mediaUrl(item, host)} controls preload="metadata" aria-label={item.alt || item.name} />
        ) : (
          <img src={thumbnailUrl(item)} alt={item.alt} />
        )}
      </div>

      <fieldset className="media-fields" disabled={readOnly}>
        <label className="field-label" htmlFor={altId}>
          {t('library.alt.label')}
        </label>
        <textarea
          id={altId}
          className="input"
          rows={4}
          maxLength={5000}
          placeholder={t('library.alt.placeholder')}
          aria-describedby={altCounterId}
          {...alt}
        />
        <AltLimitCounter id={altCounterId} alt={alt.value} />

        <label className="field-label" htmlFor={nameId}>
          {t('library.detail.name')}
        </label>
        <input id={nameId} className="input" maxLength={500} {...name} />
        <label className="field-label" htmlFor={folderId}>
          {t('library.detail.folder')}
        </label>
        <input
          id={folderId}
          className="input"
          maxLength={500}
          placeholder={t('library.bulk.folderPlaceholder')}
          {...folder}
        />
        <label className="field-label" htmlFor={tagsId}>
          {t('library.detail.tags')}
        </label>
        <input id={tagsId} className="input" placeholder={t('library.detail.tagsPlaceholder')} {...tags} />
      </fieldset>

      <dl className="media-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <section className="media-section">
        <h3>{t('library.detail.networks')}</h3>
        <ul className="fit-list">
          {fits.map((fit) => (
            <li
              key={fit.network}
              className={fit.fits ? 'fits' : 'misfit'}
              data-network={fit.network}
              data-fits={fit.fits}
            >
              <span className="fit-mark" aria-hidden="true">
                <Icon name={fit.fits ? 'check' : 'alert'} size={13} />
              </span>
              <span className="fit-network">{t(`networks.${fit.network}`)}</span>
              <span className="fit-reasons">
                {fit.fits ? t('library.fit.ok') : fit.problems.map((p) => fitProblemText(p, t, language)).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section className="media-section">
        <h3>{t('library.detail.usedIn')}</h3>
        {!usageKnown ? (
          <p className="muted">{t('common.loading')}</p>
        ) : usage && usage.length > 0 ? (
          <ul className="usage-list">
            {usage.map((post) => (
              <li key={post.id}>
                <button type="button" className="link-button" onClick={() => void actions().openPost(post.id)}>
                  {post.title || post.excerpt || t('posts.untitled')}
                </button>
                <span className="usage-when">
                  {post.plannedAt ? formatDateTime(post.plannedAt, zone, language) : t('posts.noDate')}
                </span>
                <StatusChip status={post.status} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('library.detail.unused')}</p>
        )}
      </section>
    </aside>
  );
}
