/** The workspace's posts as summaries: what the lists and the calendar show. */
import type { Post, PostId, PostSummary } from '../../../core/model/index.js';
import { summarise } from '../../../core/model/index.js';
import type { SliceCreator } from './store.js';

export type LoadState = 'idle' | 'loading' | 'ready' | 'failed';

export interface PostsSlice {
  posts: PostSummary[];
  postsState: LoadState;
  loadPosts(): Promise<void>;
  /** Puts a saved post's summary in the list (new or replacing the old one). */
  putSummary(post: Post): void;
  dropSummary(id: PostId): void;
  resetPosts(): void;
}

export const createPostsSlice: SliceCreator<PostsSlice> = (deps) => (set, get) => ({
  posts: [],
  postsState: 'idle',

  async loadPosts() {
    set({ postsState: 'loading' });
    const posts = await get().attempt(() => deps.call('posts.list', {}));
    set(posts ? { posts, postsState: 'ready' } : { postsState: 'failed' });
  },

  putSummary(post) {
    const summary = summarise(post);
    set((state) => {
      const index = state.posts.findIndex((item) => item.id === post.id);
      if (index === -1) return { posts: [...state.posts, summary] };
      const posts = [...state.posts];
      posts[index] = summary;
      return { posts };
    });
  },

  dropSummary(id) {
    set((state) => ({ posts: state.posts.filter((item) => item.id !== id) }));
  },

  resetPosts() {
    set({ posts: [], postsState: 'idle' });
  },
});
