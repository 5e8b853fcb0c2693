/** What colleagues asked for. */
import type { ContentRequest } from '../../../core/model/index.js';
import type { LoadState } from './postsSlice.js';
import type { SliceCreator } from './store.js';

export interface RequestsSlice {
  requests: ContentRequest[];
  requestsState: LoadState;
  loadRequests(): Promise<void>;
  resetRequests(): void;
}

export const createRequestsSlice: SliceCreator<RequestsSlice> = (deps) => (set, get) => ({
  requests: [],
  requestsState: 'idle',

  async loadRequests() {
    set({ requestsState: 'loading' });
    const requests = await get().attempt(() => deps.call('requests.list', {}));
    set(requests ? { requests, requestsState: 'ready' } : { requestsState: 'failed' });
  },

  resetRequests() {
    set({ requests: [], requestsState: 'idle' });
  },
});
