/**
 * One variant's media: attached items in order (move earlier / later, remove), an alt text per item
 * that overrides the library's for this account only, with its length against the network's limit,
 * items added from the picker or dragged from the library strip. What is wrong with them (count,
 * mixes, carousel limits, alt text, each item that does not fit) is said once, in the variant's
 * problem list (VariantProblems), where validation and `calepin validate` say it too.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fitOn } from '../../../../core/media/fit.js';
import type { Account, AttachedMedia, Variant } from '../../../../core/model/index.js';
import { rulesFor } from '../../../../core/networks/index.js';
import { thumbnailUrl } from '../../api/mediaUrl.js';
import { actions, calepinStore, useCalepin } from '../../state/useCalepin.js';
import { Icon } from '../../ui/Icon.js';
import { AltLimitCounter } from '../library/AltLimitCounter.js';
import { hasMediaDrag, readMediaDrag } from '../library/mediaDrag.js';
import { LibraryStrip } from '../library/LibraryStrip.js';
import { MediaPicker } from './MediaPicker.js';
import { attach, move, variantMediaChange, withAlt } from './variantMediaChange.js';
import './variantMedia.css';

interface Props {
  account: Account;
  variant: Variant;
}

export function VariantMedia({ account, variant }: Props) {
  const { t } = useTranslation();
  const media = useCalepin((state) => state.media);
  const mediaState = useCalepin((state) => state.mediaState);
  const readOnly = useCalepin((state) => state.status?.readOnly !== null);
  const [picking, setPicking] = useState(false);
  const [strip, setStrip] = useState(false);
  const [dropping, setDropping] = useState(false);
  const headingId = useId();
  const rules = rulesFor(account.network);

  useEffect(() => {
    if (mediaState === 'idle') void actions().loadMedia();
  }, [mediaState]);

  const byId = useMemo(() => new Map(media.map((item) => [item.id as string, item])), [media]);

  const set = (next: AttachedMedia[]) =>
    actions().editDraft(variantMediaChange(calepinStore.getState().editor.draft, account.id, next));

  return (
    <section className="variant-media" aria-labelledby={headingId} data-account={account.id}>
      <div className="variant-media-head">
        <h3 id={headingId}>{t('library.composer.title')}</h3>
        <span className="variant-state-spacer" />
        <button type="button" className="button button-small" onClick={() => setPicking(true)} disabled={readOnly}>
          {t('library.composer.add')}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-pressed={strip}
          onClick={() => setStrip((on) => !on)}
          disabled={readOnly}
        >
          {t('library.composer.strip')}
        </button>
      </div>
      {strip ? <LibraryStrip /> : null}
      <div
        className={`variant-media-drop${dropping ? ' dropping' : ''}`}
        data-testid="variant-media-drop"
        onDragOver={(event) => {
          if (readOnly || !hasMediaDrag(event)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={(event) => {
          setDropping(false);
          if (readOnly || !hasMediaDrag(event)) return;
          event.preventDefault();
          set(attach(variant.media, readMediaDrag(event)));
        }}
      >
        {variant.media.length === 0 ? (
          <p className="muted">{dropping ? t('library.composer.dropHere') : t('library.composer.none')}</p>
        ) : (
          <ol className="variant-media-list">
            {variant.media.map((attached, index) => {
              const item = byId.get(attached.mediaId);
              const name = item?.name ?? t('library.composer.missing');
              // Marked here, explained once in the problem list below (with the measure and the limit).
              const refused = item !== undefined && !fitOn(rules, item).fits;
              return (
                <li
                  key={`${attached.mediaId}-${index}`}
                  className="variant-media-item"
                  data-media-id={attached.mediaId}
                  data-fits={refused ? 'false' : 'true'}
                >
                  <div className="variant-media-thumb">
                    {item && item.kind !== 'video' ? (
                      <img src={thumbnailUrl(item)} alt="" />
                    ) : (
                      <Icon name={item ? 'library' : 'alert'} size={20} />
                    )}
                  </div>
                  <div className="variant-media-body">
                    <div className="variant-media-row">
                      <span className="variant-media-name">
                        {index + 1}. {name}
                      </span>
                      <button
                        type="button"
                        className="icon-button"
                        onClick={() => set(move(variant.media, index, -1))}
                        disabled={readOnly || index === 0}
                        aria-label={t('library.composer.moveEarlier', { name })}
                      >
                        ←
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        onClick={() => set(move(variant.media, index, 1))}
                        disabled={readOnly || index === variant.media.length - 1}
                        aria-label={t('library.composer.moveLater', { name })}
                      >
                        →
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        onClick={() => set(variant.media.filter((_, i) => i !== index))}
                        disabled={readOnly}
                        aria-label={t('library.composer.remove', { name })}
                      >
                        <Icon name="close" size={14} />
                      </button>
                    </div>
                    {refused ? (
                      <span className="variant-media-refused">
                        {t('library.composer.refused', { network: t(`networks.${account.network}`) })}
                      </span>
                    ) : null}
                    {rules.altText.supported && item ? (
                      <AltOverride
                        value={attached.alt ?? ''}
                        libraryAlt={item.alt}
                        network={account.network}
                        disabled={readOnly}
                        onChange={(alt) => set(withAlt(variant.media, index, alt))}
                      />
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </div>
      {picking ? (
        <MediaPicker
          network={account.network}
          attached={new Set(variant.media.map((m) => m.mediaId as string))}
          onClose={() => setPicking(false)}
          onAttach={(ids) => {
            set(attach(variant.media, ids));
            setPicking(false);
          }}
        />
      ) : null}
    </section>
  );
}

interface AltProps {
  value: string;
  libraryAlt: string;
  network: Account['network'];
  disabled: boolean;
  onChange: (alt: string) => void;
}

function AltOverride({ value, libraryAlt, network, disabled, onChange }: AltProps) {
  const { t } = useTranslation();
  const id = useId();
  const counterId = useId();
  const effective = value.trim() === '' ? libraryAlt : value;
  return (
    <div className="variant-media-alt">
      <label htmlFor={id} className="field-label">
        {t('library.composer.altOverride')}
      </label>
      <textarea
        id={id}
        className="input"
        rows={2}
        maxLength={5000}
        value={value}
        disabled={disabled}
        placeholder={
          libraryAlt
            ? t('library.composer.altOverridePlaceholder', { alt: libraryAlt })
            : t('library.composer.altOverrideEmpty')
        }
        aria-describedby={counterId}
        onChange={(event) => onChange(event.target.value)}
      />
      <AltLimitCounter id={counterId} alt={effective} networks={[network]} />
    </div>
  );
}
