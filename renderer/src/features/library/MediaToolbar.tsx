/** Search and filters of the Médiathèque. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MEDIA_KINDS, NETWORKS } from '../../../../core/model/index.js';
import { Icon } from '../../ui/Icon.js';
import type { MediaFilters } from './filterMedia.js';

interface Props {
  filters: MediaFilters;
  folders: readonly string[];
  onChange: (change: Partial<MediaFilters>) => void;
}

export function MediaToolbar({ filters, folders, onChange }: Props) {
  const { t } = useTranslation();
  const searchId = useId();
  const kindId = useId();
  const usageId = useId();
  const networkId = useId();
  const folderId = useId();
  return (
    <div className="media-toolbar" role="search">
      <div className="search-field">
        <Icon name="search" size={15} />
        <label htmlFor={searchId} className="visually-hidden">
          {t('library.search')}
        </label>
        <input
          id={searchId}
          type="search"
          className="input search-input"
          placeholder={t('library.searchPlaceholder')}
          value={filters.query}
          onChange={(event) => onChange({ query: event.target.value })}
        />
      </div>
      <label className="media-filter">
        <span className="visually-hidden" id={kindId}>
          {t('library.filters.kind')}
        </span>
        <select
          className="input"
          aria-labelledby={kindId}
          value={filters.kind}
          onChange={(event) => onChange({ kind: event.target.value as MediaFilters['kind'] })}
        >
          <option value="all">{t('library.filters.allKinds')}</option>
          {MEDIA_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`library.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="media-filter">
        <span className="visually-hidden" id={usageId}>
          {t('library.filters.usage')}
        </span>
        <select
          className="input"
          aria-labelledby={usageId}
          value={filters.usage}
          onChange={(event) => onChange({ usage: event.target.value as MediaFilters['usage'] })}
        >
          <option value="all">{t('library.filters.usedOrNot')}</option>
          <option value="used">{t('library.filters.used')}</option>
          <option value="unused">{t('library.filters.unused')}</option>
        </select>
      </label>
      <label className="media-filter">
        <span className="visually-hidden" id={networkId}>
          {t('library.filters.network')}
        </span>
        <select
          className="input"
          aria-labelledby={networkId}
          value={filters.network}
          onChange={(event) => onChange({ network: event.target.value as MediaFilters['network'] })}
        >
          <option value="all">{t('library.filters.anyNetwork')}</option>
          {NETWORKS.map((network) => (
            <option key={network} value={network}>
              {t('library.filters.fits', { network: t(`networks.${network}`) })}
            </option>
          ))}
        </select>
      </label>
      {folders.length > 0 ? (
        <label className="media-filter">
          <span className="visually-hidden" id={folderId}>
            {t('library.filters.folder')}
          </span>
          <select
            className="input"
            aria-labelledby={folderId}
            value={filters.folder}
            onChange={(event) => onChange({ folder: event.target.value })}
          >
            <option value="">{t('library.filters.allFolders')}</option>
            {folders.map((folder) => (
              <option key={folder} value={folder}>
                {folder}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="media-check">
        <input
          type="checkbox"
          checked={filters.missingAlt}
          onChange={(event) => onChange({ missingAlt: event.target.checked })}
        />
        {t('library.filters.missingAlt')}
      </label>
    </div>
  );
}
