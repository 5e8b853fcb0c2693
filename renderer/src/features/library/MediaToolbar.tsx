/** Search and filters of the Médiathèque. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MEDIA_KINDS, NETWORKS } from '../../../../core/model/index.js';
import { SearchField } from '../../ui/SearchField.js';
import type { MediaFilters } from './filterMedia.js';

interface Props {
  filters: MediaFilters;
  folders: readonly string[];
  onChange: (change: Partial<MediaFilters>) => void;
}

interface FilterSelectProps {
  /** Said to screen readers; the selected option says it on screen. */
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

function FilterSelect({ label, value, options, onChange }: FilterSelectProps) {
  const labelId = useId();
  return (
    <label className="media-filter">
      <span className="visually-hidden" id={labelId}>
        {label}
      </span>
      <select
        className="input"
        aria-labelledby={labelId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function MediaToolbar({ filters, folders, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="media-toolbar" role="search">
      <SearchField
        label={t('library.search')}
        placeholder={t('library.searchPlaceholder')}
        value={filters.query}
        onChange={(query) => onChange({ query })}
      />
      <FilterSelect
        label={t('library.filters.kind')}
        value={filters.kind}
        options={[
          { value: 'all', label: t('library.filters.allKinds') },
          ...MEDIA_KINDS.map((kind) => ({ value: kind, label: t(`library.kinds.${kind}`) })),
        ]}
        onChange={(kind) => onChange({ kind: kind as MediaFilters['kind'] })}
      />
      <FilterSelect
        label={t('library.filters.usage')}
        value={filters.usage}
        options={[
          { value: 'all', label: t('library.filters.usedOrNot') },
          { value: 'used', label: t('library.filters.used') },
          { value: 'unused', label: t('library.filters.unused') },
        ]}
        onChange={(usage) => onChange({ usage: usage as MediaFilters['usage'] })}
      />
      <FilterSelect
        label={t('library.filters.network')}
        value={filters.network}
        options={[
          { value: 'all', label: t('library.filters.anyNetwork') },
          ...NETWORKS.map((network) => ({
            value: network,
            label: t('library.filters.fits', { network: t(`networks.${network}`) }),
          })),
        ]}
        onChange={(network) => onChange({ network: network as MediaFilters['network'] })}
      />
      {folders.length > 0 ? (
        <FilterSelect
          label={t('library.filters.folder')}
          value={filters.folder}
          options={[
            { value: '', label: t('library.filters.allFolders') },
            ...folders.map((folder) => ({ value: folder, label: folder })),
          ]}
          onChange={(folder) => onChange({ folder })}
        />
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
