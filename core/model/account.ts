import { z } from 'zod';
import { AccountId, Colour, TimeZone } from './ids.js';
import { Network } from './network.js';

export const REGISTERS = ['corporate', 'professional', 'community', 'merchant'] as const;
export const Register = z.enum(REGISTERS);
export type Register = z.infer<typeof Register>;

/** How an account speaks. Used by the composer's voice lint (issue 3). */
export const StyleSheet = z.object({
  address: z.enum(['tu', 'vous', 'either']).default('either'),
  emoji: z.enum(['none', 'few', 'free']).default('few'),
  bannedWords: z.array(z.string().min(1)).default([]),
  preferredWords: z.array(z.object({ avoid: z.string().min(1), prefer: z.string().min(1) })).default([]),
  signature: z.string().default(''),
  hashtags: z
    .object({ max: z.number().int().min(0).max(60).default(3), required: z.array(z.string()).default([]) })
    .default({ max: 3, required: [] }),
});
export type StyleSheet = z.infer<typeof StyleSheet>;

/** A posting slot: a weekday (1 = Monday … 7 = Sunday, ISO) and a wall-clock time in the account's zone. */
export const PostingSlot = z.object({
  weekday: z.number().int().min(1).max(7),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
});
export type PostingSlot = z.infer<typeof PostingSlot>;

export const Account = z.object({
  id: AccountId,
  network: Network,
  handle: z.string().min(1).max(200),
  displayName: z.string().min(1).max(200),
  register: Register,
  zone: TimeZone,
  colour: Colour,
  /** Mastodon instances set their own limit; other networks ignore this. */
  instanceLimit: z.number().int().positive().optional(),
  style: StyleSheet.default(StyleSheet.parse({})),
  slots: z.array(PostingSlot).default([]),
  /** Minimum minutes between two posts of this account before the calendar warns. */
  minGapMinutes: z.number().int().min(0).default(0),
});
export type Account = z.infer<typeof Account>;
