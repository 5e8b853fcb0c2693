/** The list filters shared by the calendar list and the backlog. */
import type { AccountId, PostStatus } from '../../../core/model/index.js';
import { NO_FILTERS, type PostFilters } from './postQueries.js';
import type { SliceCreator } from './store.js';

export interface FiltersSlice {
  filters: PostFilters;
  toggleAccountFilter(id: AccountId): void;
  toggleStatusFilter(status: PostStatus): void;
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

  setSearch(search) {
    set((state) => ({ filters: { ...state.filters, search } }));
  },

  clearFilters() {
    set({ filters: NO_FILTERS });
  },
});
