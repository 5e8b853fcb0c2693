/**
 * What an approval vouches for: the words and pictures of every variant, as SHA-256 over a
 * canonical JSON. Editing any of them after an approval changes the hash, so the approval is
 * visibly about an older version; moving the post or relabelling it does not.
 */
import type { Post } from '../model/post.js';
import { sha256Hex } from '../export/sha256.js';

export function contentHash(post: Pick<Post, 'title' | 'masterText' | 'variants'>): string {
  const content = {
    title: post.title,
    masterText: post.masterText,
    variants: post.variants.map((v) => ({
      accountId: v.accountId,
      text: v.text,
      threadParts: v.threadParts,
      firstComment: v.firstComment,
      media: v.media,
    })),
  };
  return sha256Hex(JSON.stringify(content));
}
