/** The workspace's media library. */
import type { MediaItem } from '../../../core/model/index.js';
import type { LoadState } from './postsSlice.js';
import type { SliceCreator } from './store.js';

export interface LibrarySlice {
  media: MediaItem[];
  mediaState: LoadState;
  loadMedia(): Promise<void>;
  resetMedia(): void;
}

export const createLibrarySlice: SliceCreator<LibrarySlice> = (deps) => (set, get) => ({
  media: [],
  mediaState: 'idle',

  async loadMedia() {
    set({ mediaState: 'loading' });
    const media = await get().attempt(() => deps.call('media.list', {}));
    set(media ? { media, mediaState: 'ready' } : { mediaState: 'failed' });
  },

  resetMedia() {
    set({ media: [], mediaState: 'idle' });
  },
});
