/**
 * What the date and time fields show and accept, in the UI language rather than the browser's:
 * French reads 03/11/2026 and 09:30 (and accepts « 9h30 »), English reads 11/03/2026 and 9:30 AM.
 * While typing (`complete: false`) only finished values count, so that « 12/06/20 » on its way to
 * « 12/06/2026 » is never taken for the year 2020.
 */
import { Temporal } from 'temporal-polyfill';
import type { UiLanguage } from './i18n.js';

const pad = (value: number) => String(value).padStart(2, '0');

export function formatDateField(iso: string, language: UiLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return '';
  const [, year, month, day] = match;
  return language === 'fr' ? `${day}/${month}/${year}` : `${month}/${day}/${year}`;
}

/**
 * The ISO date typed, '' when the field is empty, or null when it is not (yet) a date.
 * `today` (YYYY-MM-DD) gives the year when only day and month are typed.
 */
export function parseDateField(text: string, language: UiLanguage, today: string, complete = true): string | null {
  const value = text.trim();
  if (value === '') return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value))
    return validDate(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
  const parts = value.split(/\s*[/.\-\s]\s*/).filter(Boolean);
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^\d{1,4}$/.test(part))) return null;
  const [first, second, yearText] = parts as [string, string, string | undefined];
  if (!complete && (yearText === undefined || yearText.length !== 4)) return null;
  let year = Number(today.slice(0, 4));
  if (yearText !== undefined) {
    if (yearText.length === 2) year = 2000 + Number(yearText);
    else if (yearText.length === 4) year = Number(yearText);
    else return null;
  }
  const [day, month] = language === 'fr' ? [Number(first), Number(second)] : [Number(second), Number(first)];
  return validDate(year, month, day);
}

function validDate(year: number, month: number, day: number): string | null {
  try {
    return Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' }).toString();
  } catch {
    return null;
  }
}

export function formatTimeField(time: string, language: UiLanguage): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return '';
  if (language === 'fr') return time;
  const hour = Number(match[1]);
  return `${hour % 12 === 0 ? 12 : hour % 12}:${match[2]} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** HH:mm (24 h) typed, '' when empty, null when not (yet) a time. Accepts 9:30, 09.30, 9h30, 9 h, 930, 9:30 pm. */
export function parseTimeField(text: string, complete = true): string | null {
  const value = text.trim().toLowerCase();
  if (value === '') return '';
  const match = /^(\d{1,2})(?:\s*[:h.]\s*(\d{2})?|(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?$/.exec(value);
  if (!match) return null;
  const [, hourText, minutesAfterSeparator, minutesGlued, meridiem] = match;
  const minutesText = minutesAfterSeparator ?? minutesGlued;
  if (!complete && minutesText === undefined) return null;
  let hour = Number(hourText);
  const minutes = Number(minutesText ?? '0');
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.startsWith('p') ? 12 : 0);
  }
  if (hour > 23 || minutes > 59) return null;
  return `${pad(hour)}:${pad(minutes)}`;
}
