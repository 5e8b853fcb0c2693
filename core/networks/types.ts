import type { Network } from '../model/network.js';

/**
 * How sure we are of a rule. `verified`: read in the network's own code, lexicon, test or developer
 * doc. `secondary`: only seen in schedulers' docs or the press. `unverified`: sources conflict or none
 * was found; the value is our best conservative guess and the UI must say so.
 */
export type Confidence = 'verified' | 'secondary' | 'unverified';

/** Every rule says where it comes from and when that source was last read, so the UI can show it. */
export interface Sourced {
  readonly source: string;
  /** ISO date (YYYY-MM-DD) the source was read. */
  readonly checked: string;
  readonly confidence: Confidence;
  readonly note?: string;
}

/**
 * The unit a network counts text in.
 * - `x-weighted`: twitter-text v3 (weights 1 or 2, every URL 23, emoji 2).
 * - `bluesky-graphemes`: graphemes of the text after the official app shortens links; also ≤ maxBytes UTF-8.
 * - `mastodon-graphemes`: graphemes of the server's countable text (http(s) URLs = 23, @user@domain = @user).
 * - `threads-emoji-bytes`: code points, except that an emoji counts its UTF-8 bytes.
 * - `utf16`: UTF-16 code units (JavaScript length): emoji and astral letters count 2.
 * - `utf8-bytes`: UTF-8 bytes.
 */
export type CountingMethod =
  'x-weighted' | 'bluesky-graphemes' | 'mastodon-graphemes' | 'threads-emoji-bytes' | 'utf16' | 'utf8-bytes';

export interface TextRule extends Sourced {
  /** What the network calls the field a community manager fills in. */
  readonly field: string;
  readonly limit: number;
  readonly method: CountingMethod;
  /** A second ceiling in UTF-8 bytes (Bluesky's lexicon). */
  readonly maxBytes?: number;
  /** False when a post may go out with media and no text. */
  readonly requiredWithoutMedia: boolean;
  /** Characters the network refuses in this field. */
  readonly forbidden?: readonly string[];
}

export interface ThreadRule extends Sourced {
  readonly supported: boolean;
  /** Each part's own limit, counted like the post; null when threads are not supported. */
  readonly partLimit: number | null;
}

export interface FirstCommentRule extends Sourced {
  readonly supported: boolean;
  readonly limit: number | null;
  readonly method: CountingMethod | null;
}

/** A cap on entities in one post; `max: null` means no documented cap. */
export interface CapRule extends Sourced {
  readonly max: number | null;
}

export interface AltTextRule extends Sourced {
  readonly supported: boolean;
  readonly limit: number | null;
}

/** Width / height. 1:3 is 0.333…, 3:1 is 3. */
export interface AspectRange {
  readonly min: number;
  readonly max: number;
}

export interface MediaKindRule {
  readonly maxCount: number;
  readonly maxBytes: number | null;
  readonly formats: readonly string[];
  readonly aspect?: AspectRange;
  readonly minDurationSeconds?: number;
  readonly maxDurationSeconds?: number;
}

export type RuleMediaKind = 'image' | 'video' | 'animation';

export interface MediaRules extends Sourced {
  /** Most attachments in one post, all kinds together. */
  readonly maxItems: number;
  /** Some networks refuse a post without media (Instagram, TikTok, Pinterest, YouTube). */
  readonly required: boolean;
  /** Whether one post may carry two kinds at once (e.g. photos and a video). */
  readonly mixKinds: boolean;
  readonly kinds: Readonly<Partial<Record<RuleMediaKind, MediaKindRule>>>;
}

export interface NetworkRules {
  readonly network: Network;
  readonly name: string;
  readonly text: TextRule;
  /** A title field, where the network has one (YouTube, Pinterest). */
  readonly title?: TextRule;
  readonly thread: ThreadRule;
  readonly firstComment: FirstCommentRule;
  readonly hashtags: CapRule;
  readonly mentions: CapRule;
  readonly links: CapRule;
  readonly altText: AltTextRule;
  readonly media: MediaRules;
}

/** Why a text is not valid, for the composer's list of problems. */
export type CountProblem = 'too_long' | 'too_many_bytes' | 'empty' | 'invalid_character';

export interface CountResult {
  readonly length: number;
  readonly limit: number;
  readonly remaining: number;
  readonly valid: boolean;
  /** UTF-16 index of the first grapheme past the limit, or null when the text fits. */
  readonly overflowFrom: number | null;
  readonly problem: CountProblem | null;
}

export interface CountOptions {
  /** Overrides the network's limit: a Mastodon instance's own limit, or X Premium's longer posts. */
  readonly limit?: number;
  /** Mastodon content warning: it counts toward the same limit. */
  readonly spoiler?: string;
  /** With media attached, an empty text is allowed where the network allows it. */
  readonly hasMedia?: boolean;
}
