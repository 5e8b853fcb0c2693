/** The filters shared by the calendar, the backlog and the exports (see selectFilteredPosts). */
import type { AccountId, PostStatus } from '../../../core/model/index.js';
import { NO_FILTERS, type PostFilters } from './postQueries.js';
import type { SliceCreator } from './store.js';

/** The filter groups that hold a list of choices. */
export type FilterGroup = Exclude<keyof PostFilters, 'search'>;

export interface FiltersSlice {
  filters: PostFilters;
  toggleAccountFilter(id: AccountId): void;
  toggleStatusFilter(status: PostStatus): void;
  /** Ticks or unticks one choice of a group (networks, labels, campaigns, assignees…). */
  toggleFilter(group: FilterGroup, value: string): void;
  setSearch(search: string): void;
  clearFilters(): void;
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

export const createFiltersSlice: SliceCreator<FiltersSlice> = () => (set) => ({
  filters: NO_FILTERS,

  toggleAccountFilter(id) {
    set((state) => ({ filters: { ...state.filters, accounts: toggle(state.filters.accounts, id) } }));
  },

  toggleStatusFilter(status) {
    set((state) => ({ filters: { ...state.filters, statuses: toggle(state.filters.statuses, status) } }));
  },

  toggleFilter(group, value) {
    set((state) => ({
      filters: { ...state.filters, [group]: toggle(state.filters[group] as readonly string[], value) },
    }));
  },

  setSearch(search) {
    set((state) => ({ filters: { ...state.filters, search } }));
  },

  clearFilters() {
    set({ filters: NO_FILTERS });
  },
});
