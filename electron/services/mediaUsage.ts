/**
 * Which posts use which media items. Post summaries (the index) do not carry attachments, so the
 * post files are read, once: what each post uses is kept with its revision, and a later question
 * only reads the posts whose revision moved since (an edit, a sync client). For 50,000 posts the
 * first answer reads every file; every answer after it costs a pass over the summaries.
 */
import type { MediaUsage } from '../../core/api.js';
import { CalepinError } from '../../core/errors.js';
import type { Post, PostSummary } from '../../core/model/index.js';
import type { WorkspaceStore } from '../store/WorkspaceStore.js';

interface Known {
  revision: number;
  /** Media id → the accounts whose variant attaches it. */
  uses: Map<string, string[]>;
}

function usesOf(post: Post): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  for (const variant of post.variants) {
    for (const attached of variant.media) {
      const accounts = uses.get(attached.mediaId) ?? [];
      if (!accounts.includes(variant.accountId)) accounts.push(variant.accountId);
      uses.set(attached.mediaId, accounts);
    }
  }
  return uses;
}

/** Reads at most this many post files at once (the store's queue serialises them anyway). */
const READ_BATCH = 16;

export class MediaUsageIndex {
  private readonly known = new Map<string, Known>();

  constructor(private readonly store: WorkspaceStore) {}

  private async refresh(summaries: readonly PostSummary[]): Promise<void> {
    const stale = summaries.filter((s) => this.known.get(s.id)?.revision !== s.revision);
    for (let start = 0; start < stale.length; start += READ_BATCH) {
      await Promise.all(
        stale.slice(start, start + READ_BATCH).map(async (summary) => {
          try {
            const post = await this.store.getPost(summary.id);
            this.known.set(post.id, { revision: post.revision, uses: usesOf(post) });
          } catch (error) {
            // A post deleted or quarantined meanwhile uses nothing; anything else is a real failure.
            if (error instanceof CalepinError && (error.code === 'NOT_FOUND' || error.code === 'WORKSPACE_CORRUPT'))
              this.known.delete(summary.id);
            else throw error;
          }
        }),
      );
    }
  }

  /** Every media item used by at least one post (or only those in `ids`), with the posts using it. */
  async usage(ids?: readonly string[]): Promise<MediaUsage[]> {
    const summaries = this.store.listPosts();
    await this.refresh(summaries);
    const wanted = ids ? new Set(ids) : null;
    const byMedia = new Map<string, MediaUsage>();
    for (const summary of summaries) {
      const known = this.known.get(summary.id);
      if (!known) continue;
      for (const [mediaId, accounts] of known.uses) {
        if (wanted && !wanted.has(mediaId)) continue;
        let entry = byMedia.get(mediaId);
        if (!entry) byMedia.set(mediaId, (entry = { mediaId, posts: [] }));
        entry.posts.push({
          id: summary.id,
          title: summary.title,
          excerpt: summary.excerpt,
          status: summary.status,
          plannedAt: summary.plannedAt,
          accounts,
        });
      }
    }
    for (const entry of byMedia.values())
      entry.posts.sort((a, b) => (a.plannedAt ?? '\uffff').localeCompare(b.plannedAt ?? '\uffff'));
    return [...byMedia.values()];
  }
}
