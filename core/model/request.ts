import { z } from 'zod';
import { AccountId, PostId, RequestId, UtcInstant } from './ids.js';

export const REQUEST_STATUSES = ['new', 'accepted', 'declined', 'done'] as const;
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

/** A colleague asks for a post. Accepting it creates a backlog post linked back to it. */
export const ContentRequest = z.object({
  id: RequestId,
  from: z.string().min(1).max(200),
  team: z.string().max(200).default(''),
  what: z.string().min(1).max(20_000),
  accounts: z.array(AccountId).default([]),
  deadline: z.iso.date().nullable().default(null),
  priority: z.enum(PRIORITIES).default('normal'),
  status: z.enum(REQUEST_STATUSES).default('new'),
  postId: PostId.nullable().default(null),
  createdAt: UtcInstant,
});
export type ContentRequest = z.infer<typeof ContentRequest>;
