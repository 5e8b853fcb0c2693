/**
 * A reviewer's decision on a post: recorded as an Approval that names who, when, what and the
 * content it was about, and the status it moves the post to. Pure: the caller saves the patch.
 */
import type { Approval, Post, PostStatus } from '../model/post.js';
import { contentHash } from './contentHash.js';

export type ReviewDecision = Approval['decision'];

export interface ReviewDecisionInput {
  by: string;
  /** UTC instant of the decision. */
  at: string;
  decision: ReviewDecision;
  note?: string;
}

/**
 * The status after a decision. An approval approves a post under review; a post already scheduled
 * stays scheduled. A request for changes or a refusal sends it back to the writer (changes
 * requested), pulling it out of the schedule. A published or archived post keeps its status: the
 * decision is still recorded, as history.
 */
export function statusAfterDecision(current: PostStatus, decision: ReviewDecision): PostStatus {
  if (current === 'published' || current === 'archived') return current;
  if (decision === 'approved') return current === 'scheduled' ? 'scheduled' : 'approved';
  return 'changes_requested';
}

export function reviewDecisionPatch(
  post: Post,
  input: ReviewDecisionInput,
): { approvals: Approval[]; status: PostStatus } {
  const approval: Approval = {
    by: input.by.trim(),
    at: input.at,
    decision: input.decision,
    note: input.note?.trim() ?? '',
    contentHash: contentHash(post),
  };
  return {
    approvals: [...post.approvals, approval],
    status: statusAfterDecision(post.status, input.decision),
  };
}
