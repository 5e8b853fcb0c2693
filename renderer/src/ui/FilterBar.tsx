/**
 * Search and the filters that combine — accounts, networks, labels, campaigns, statuses, assignees —
 * over the posts (the calendar, the backlog and the exports share them).
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { POST_STATUSES } from '../../../core/model/index.js';
import { hasActiveFilters, UNASSIGNED } from '../state/postQueries.js';
import { actions, useCalepin } from '../state/useCalepin.js';
import { NetworkMark } from './AccountBadge.js';
import { SearchField } from './SearchField.js';
import { MultiSelect } from './MultiSelect.js';
import './FilterBar.css';

/** Memoised: the screens around it redraw on every store change, the bar only when its count or filters do. */
export const FilterBar = memo(function FilterBar({ resultLabel }: { resultLabel: string }) {
  const { t } = useTranslation();
  const { filters, workspace } = useCalepin(
    useShallow((state) => ({ filters: state.filters, workspace: state.status?.workspace ?? null })),
  );
  const accounts = workspace?.accounts ?? [];
  const networks = [...new Set(accounts.map((account) => account.network))];
  return (
    <div className="filter-bar" role="search">
      <SearchField
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        value={filters.search}
        onChange={(search) => actions().setSearch(search)}
      />
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
      {networks.length > 1 ? (
        <MultiSelect
          label={t('filters.networks')}
          summary={t('filters.networksChosen', { count: filters.networks.length })}
          options={networks.map((network) => ({ value: network, label: t(`networks.${network}`) }))}
          selected={filters.networks}
          onToggle={(network) => actions().toggleFilter('networks', network)}
        />
      ) : null}
      {workspace && workspace.labels.length > 0 ? (
        <MultiSelect
          label={t('filters.labels')}
          summary={t('filters.labelsChosen', { count: filters.labels.length })}
          options={workspace.labels.map((label) => ({
            value: label.id,
            label: label.name,
            adornment: <span className="filter-swatch" style={{ background: label.colour }} aria-hidden="true" />,
          }))}
          selected={filters.labels}
          onToggle={(id) => actions().toggleFilter('labels', id)}
        />
      ) : null}
      {workspace && workspace.campaigns.length > 0 ? (
        <MultiSelect
          label={t('filters.campaigns')}
          summary={t('filters.campaignsChosen', { count: filters.campaigns.length })}
          options={workspace.campaigns.map((campaign) => ({
            value: campaign.id,
            label: campaign.name,
            adornment: <span className="filter-swatch" style={{ background: campaign.colour }} aria-hidden="true" />,
          }))}
          selected={filters.campaigns}
          onToggle={(id) => actions().toggleFilter('campaigns', id)}
        />
      ) : null}
      {workspace && workspace.people.length > 0 ? (
        <MultiSelect
          label={t('filters.assignees')}
          summary={t('filters.assigneesChosen', { count: filters.assignees.length })}
          options={[
            ...workspace.people.map((person) => ({ value: person.id, label: person.name })),
            { value: UNASSIGNED, label: t('filters.unassigned') },
          ]}
          selected={filters.assignees}
          onToggle={(id) => actions().toggleFilter('assignees', id)}
        />
      ) : null}
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
});
