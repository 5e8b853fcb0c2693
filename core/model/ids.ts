import { z } from 'zod';

/**
 * Ids are opaque strings made by the Node side (nanoid). They are branded so that
 * a post id can never be passed where an account id is expected.
 */
const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

export const PostId = z.string().regex(idPattern).brand<'PostId'>();
export type PostId = z.infer<typeof PostId>;
export const AccountId = z.string().regex(idPattern).brand<'AccountId'>();
export type AccountId = z.infer<typeof AccountId>;
export const MediaId = z.string().regex(idPattern).brand<'MediaId'>();
export type MediaId = z.infer<typeof MediaId>;
export const LabelId = z.string().regex(idPattern).brand<'LabelId'>();
export type LabelId = z.infer<typeof LabelId>;
export const CampaignId = z.string().regex(idPattern).brand<'CampaignId'>();
export type CampaignId = z.infer<typeof CampaignId>;
export const PersonId = z.string().regex(idPattern).brand<'PersonId'>();
export type PersonId = z.infer<typeof PersonId>;
export const RequestId = z.string().regex(idPattern).brand<'RequestId'>();
export type RequestId = z.infer<typeof RequestId>;

/** An instant in UTC, ISO 8601 with a trailing Z (what `Date.prototype.toISOString` prints). */
export const UtcInstant = z.iso.datetime({ offset: false });
export type UtcInstant = z.infer<typeof UtcInstant>;

/** An IANA time zone name, checked against the runtime's own zone database. */
export const TimeZone = z.string().refine(isKnownTimeZone, { message: 'unknown time zone' });

// Checking a zone builds an Intl.DateTimeFormat, which is slow; a workspace uses a handful of zones
// over and over (every post carries one), so the answers are remembered.
const knownZones = new Map<string, boolean>();

export function isKnownTimeZone(zone: string): boolean {
  const known = knownZones.get(zone);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    valid = true;
  } catch {
    valid = false;
  }
  if (knownZones.size < 1_000) knownZones.set(zone, valid);
  return valid;
}

/** A calendar colour as #rrggbb. */
export const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/);
