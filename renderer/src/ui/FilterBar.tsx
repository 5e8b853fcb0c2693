/** Search, account and status filters over a post list (the calendar list and the backlog share them). */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { POST_STATUSES } from '../../../core/model/index.js';
import { hasActiveFilters } from '../state/postQueries.js';
import { actions, useCalepin } from '../state/useCalepin.js';
import { NetworkMark } from './AccountBadge.js';
import { Icon } from './Icon.js';
import { MultiSelect } from './MultiSelect.js';
import './FilterBar.css';

export function FilterBar({ resultLabel }: { resultLabel: string }) {
  const { t } = useTranslation();
  const searchId = useId();
  const { filters, accounts } = useCalepin(
    useShallow((state) => ({ filters: state.filters, accounts: state.status?.workspace?.accounts ?? [] })),
  );
  return (
    <div className="filter-bar" role="search">
      <div className="search-field">
        <Icon name="search" size={15} />
        <label htmlFor={searchId} className="visually-hidden">
          {t('filters.search')}
        </label>
        <input
          id={searchId}
          type="search"
          className="input search-input"
          placeholder={t('filters.searchPlaceholder')}
          value={filters.search}
          onChange={(event) => actions().setSearch(event.target.value)}
        />
      </div>
      <MultiSelect
        label={t('filters.accounts')}
        summary={t('filters.accountsChosen', { count: filters.accounts.length })}
        options={accounts.map((account) => ({
          value: account.id,
          label: t('accounts.optionLabel', { handle: account.handle, network: t(`networks.${account.network}`) }),
          adornment: <NetworkMark account={account} />,
        }))}
        selected={filters.accounts}
        onToggle={(id) => actions().toggleAccountFilter(id)}
      />
      <MultiSelect
        label={t('filters.statuses')}
        summary={t('filters.statusesChosen', { count: filters.statuses.length })}
        options={POST_STATUSES.map((status) => ({
          value: status,
          label: t(`status.${status}`),
          adornment: <span className={`status-chip-dot status-${status}`} aria-hidden="true" />,
        }))}
        selected={filters.statuses}
        onToggle={(status) => actions().toggleStatusFilter(status)}
      />
      {hasActiveFilters(filters) ? (
        <button type="button" className="button button-ghost" onClick={() => actions().clearFilters()}>
          {t('filters.clear')}
        </button>
      ) : null}
      <span className="filter-result" aria-live="polite">
        {resultLabel}
      </span>
    </div>
  );
}
