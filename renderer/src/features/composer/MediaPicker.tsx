/**
 * Choosing library items for one variant: search, by default only what the variant's network
 * accepts, tick several, attach. Shows the first results only (refine the search for more), so a
 * library of thousands opens at once.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../../../core/model/index.js';
import { thumbnailUrl } from '../../api/mediaUrl.js';
import { useCalepin } from '../../state/useCalepin.js';
import { CancelSubmitFooter, Dialog } from '../../ui/Dialog.js';
import { Icon } from '../../ui/Icon.js';
import { SearchField } from '../../ui/SearchField.js';
import { filterMedia, NO_FILTERS } from '../library/filterMedia.js';

const SHOWN = 120;

interface Props {
  network: Network;
  attached: ReadonlySet<string>;
  onAttach: (ids: string[]) => void;
  onClose: () => void;
}

export function MediaPicker({ network, attached, onAttach, onClose }: Props) {
  const { t } = useTranslation();
  const media = useCalepin((state) => state.media);
  const [query, setQuery] = useState('');
  const [onlyFitting, setOnlyFitting] = useState(true);
  const [chosen, setChosen] = useState<string[]>([]);
  const shown = useMemo(
    () =>
      filterMedia(media, { ...NO_FILTERS, query, network: onlyFitting ? network : 'all' }, () => false)
        .filter((item) => !attached.has(item.id))
        .slice(0, SHOWN),
    [media, query, onlyFitting, network, attached],
  );
  const toggle = (id: string) =>
    setChosen((current) => (current.includes(id) ? current.filter((c) => c !== id) : [...current, id]));

  return (
    <Dialog
      title={t('library.composer.pickerTitle')}
      onClose={onClose}
      onSubmit={() => chosen.length > 0 && onAttach(chosen)}
      footer={
        <CancelSubmitFooter
          onCancel={onClose}
          submitLabel={t('library.composer.pickerAttach', { count: chosen.length })}
          disabled={chosen.length === 0}
        />
      }
    >
      <div className="picker-tools">
        <SearchField
          label={t('library.composer.pickerSearch')}
          placeholder={t('library.searchPlaceholder')}
          value={query}
          onChange={setQuery}
        />
        <label className="media-check">
          <input type="checkbox" checked={onlyFitting} onChange={(event) => setOnlyFitting(event.target.checked)} />
          {t('library.composer.pickerFits', { network: t(`networks.${network}`) })}
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{t('library.noMatch')}</p>
      ) : (
        <ul className="picker-grid">
          {shown.map((item) => {
            const on = chosen.includes(item.id);
            return (
              <li key={item.id}>
                <label className={`picker-item${on ? ' chosen' : ''}`}>
                  <input type="checkbox" checked={on} onChange={() => toggle(item.id)} />
                  {item.kind === 'video' ? (
                    <span className="picker-video" aria-hidden="true">
                      <Icon name="library" size={22} />
                    </span>
                  ) : (
                    <img src={thumbnailUrl(item)} alt="" loading="lazy" />
                  )}
                  <span className="picker-name">{item.name}</span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </Dialog>
  );
}
