/**
 * A media item's measures as people read them, in French or English: aspect ratios (16:9, or
 * 1,91:1 when no common name fits), durations (3 min 10 s) and file sizes (95 Mo / 95 MB). One
 * wording for the library, the composer, the calendar and `calepin validate`, so that a misfit reads
 * the same wherever it is shown. Pure: Intl only.
 */
import type { Locale } from '../model/index.js';

const LOCALES: Record<Locale, string> = { fr: 'fr-FR', en: 'en-US' };

// Between a number and its unit: French keeps them together with a narrow no-break space, as
// CLDR does for sizes (older ICU builds give U+00A0, which is normalised below).
const UNIT_SPACE: Record<Locale, string> = { fr: '\u202F', en: ' ' };

function decimal(value: number, locale: Locale, digits: number): string {
  return new Intl.NumberFormat(LOCALES[locale], { maximumFractionDigits: digits }).format(value);
}

/** The ratios photographers and the networks' own help pages name, width:height. */
const NAMED_RATIOS: readonly (readonly [number, number])[] = [
  [1, 1],
  [4, 5],
  [5, 4],
  [4, 3],
  [3, 4],
  [3, 2],
  [2, 3],
  [16, 9],
  [9, 16],
  [2, 1],
  [1, 2],
  [3, 1],
  [1, 3],
  [21, 9],
];

// A picture cropped by hand is rarely exact: 1079×1350 still reads as 4:5 (fit.ts allows 1 %).
const NAMED_SLACK = 0.005;

/** 0.5625 → « 9:16 »; 1.91 → « 1,91:1 » in French, « 1.91:1 » in English. */
export function formatRatio(ratio: number, locale: Locale): string {
  const named = NAMED_RATIOS.find(([w, h]) => Math.abs(ratio / (w / h) - 1) <= NAMED_SLACK);
  if (named) return `${named[0]}:${named[1]}`;
  return `${decimal(ratio, locale, 2)}:1`;
}

/** The range a network accepts, « 4:5 à 1,91:1 » / « 4:5 to 1.91:1 ». */
export function formatRatioRange(min: number, max: number, locale: Locale): string {
  return `${formatRatio(min, locale)} ${locale === 'fr' ? 'à' : 'to'} ${formatRatio(max, locale)}`;
}

/** 190 → « 3 min 10 s »; 60 → « 1 min »; 0.5 → « 0,5 s »; 3 700 → « 1 h 1 min 40 s ». */
export function formatSeconds(seconds: number, locale: Locale): string {
  const sp = UNIT_SPACE[locale];
  if (seconds < 60) return `${decimal(seconds, locale, 1)}${sp}s`;
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const parts = [h > 0 ? `${h}${sp}h` : '', m > 0 ? `${m}${sp}min` : '', s > 0 ? `${s}${sp}s` : ''];
  return parts.filter((p) => p !== '').join(' ');
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * Networks state limits in binary megabytes (8 MB = 8 × 1024 × 1024 bytes) or in decimal ones
 * (Bluesky's 2,000,000 bytes): a limit is written in its own base so that it reads as the network
 * says it, and a file measured against it in that same base.
 */
function baseOf(limit: number): 1000 | 1024 {
  return limit >= 1024 && limit % 1024 === 0 ? 1024 : 1000;
}

function bytesIn(bytes: number, base: 1000 | 1024, locale: Locale, digits: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= base && unit < UNITS.length - 1) {
    value /= base;
    unit += 1;
  }
  return new Intl.NumberFormat(LOCALES[locale], {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : digits,
  })
    .format(value)
    .replace(/[\u00A0\u202F ]/gu, UNIT_SPACE[locale]);
}

/**
 * A file's size and the limit it is over, « 95 Mo » and « 8 Mo »; more decimals when one would
 * otherwise read the same as the other (8,4 Mo over 8,4 Mo says nothing).
 */
export function formatSizeAgainst(bytes: number, limit: number, locale: Locale): { size: string; limit: string } {
  const base = baseOf(limit);
  for (let digits = 1; ; digits += 1) {
    const size = bytesIn(bytes, base, locale, digits);
    const max = bytesIn(limit, base, locale, digits);
    if (size !== max || digits >= 4) return { size, limit: max };
  }
}

/** A MIME type as people name the format: image/jpeg → JPEG, video/quicktime → MOV. */
export function formatName(mime: string): string {
  const sub = mime.split('/')[1] ?? mime;
  const names: Record<string, string> = { quicktime: 'MOV', 'svg+xml': 'SVG', mpeg: 'MPEG' };
  return names[sub] ?? sub.toUpperCase();
}
