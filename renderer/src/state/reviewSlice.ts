/**
 * Posts waiting for a decision, read in full: the summaries do not carry approvals, so the review
 * screen fetches the few posts it shows.
 */
import type { Post } from '../../../core/model/index.js';
import { awaitingReview } from './postQueries.js';
import type { LoadState } from './postsSlice.js';
import type { SliceCreator } from './store.js';

export interface ReviewSlice {
  reviewPosts: Post[];
  reviewState: LoadState;
  loadReview(): Promise<void>;
  resetReview(): void;
}

export const createReviewSlice: SliceCreator<ReviewSlice> = (deps) => (set, get) => ({
  reviewPosts: [],
  reviewState: 'idle',

  async loadReview() {
    set({ reviewState: 'loading' });
    const wanted = awaitingReview(get().posts);
    const posts = await get().attempt(() =>
      Promise.all(wanted.map((summary) => deps.call('posts.get', { id: summary.id }))),
    );
    set(posts ? { reviewPosts: posts, reviewState: 'ready' } : { reviewState: 'failed' });
  },

  resetReview() {
    set({ reviewPosts: [], reviewState: 'idle' });
  },
});
