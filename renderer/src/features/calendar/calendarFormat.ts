/**
 * Times and day names for the grid, with one Intl formatter per language and zone: building a
 * formatter costs far more than using one, and a month draws hundreds of times and dozens of days.
 */
import { intlLocale } from '../../i18n/format.js';
import type { UiLanguage } from '../../i18n/i18n.js';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = formats.get(key);
  if (!format) formats.set(key, (format = make()));
  return format;
}

const gridTimes = new Map<string, string>();

/**
 * « 09:05 » in French, « 9:05 » in English, 24-hour time as in the list view. Remembered per
 * instant: FullCalendar asks again for every post on screen each time one of them moves.
 */
export function gridTime(instant: string, zone: string, language: UiLanguage): string {
  const key = `${language}|${zone}|${instant}`;
  let time = gridTimes.get(key);
  if (time === undefined) gridTimes.set(key, (time = formatGridTime(instant, zone, language)));
  return time;
}

function formatGridTime(instant: string, zone: string, language: UiLanguage): string {
  return formatter(
    `t|${language}|${zone}`,
    () =>
      new Intl.DateTimeFormat(intlLocale(language), {
        hour: language === 'fr' ? '2-digit' : 'numeric',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: zone,
      }),
  ).format(new Date(instant));
}

/** « Mardi 9 juin 2026 » for a YYYY-MM-DD day (screen-reader labels and titles). */
export function dayName(date: string, language: UiLanguage): string {
  const text = formatter(
    `d|${language}`,
    () =>
      new Intl.DateTimeFormat(intlLocale(language), {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  ).format(new Date(`${date}T12:00:00Z`));
  return text.charAt(0).toLocaleUpperCase(intlLocale(language)) + text.slice(1);
}

/** « Mars 2026 » for a YYYY-MM month (the mini-month's caption). */
export function monthCaption(month: string, language: UiLanguage): string {
  const text = formatter(
    `m|${language}`,
    () => new Intl.DateTimeFormat(intlLocale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ).format(new Date(`${month}-15T12:00:00Z`));
  return text.charAt(0).toLocaleUpperCase(intlLocale(language)) + text.slice(1);
}

/** The seven weekday names from `firstDay` (1 = Monday), narrow (« L ») and long (« lundi »). */
export function weekdayNames(firstDay: number, language: UiLanguage): { narrow: string; long: string }[] {
  const narrow = formatter(
    `wn|${language}`,
    () => new Intl.DateTimeFormat(intlLocale(language), { weekday: 'narrow', timeZone: 'UTC' }),
  );
  const long = formatter(
    `wl|${language}`,
    () => new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', timeZone: 'UTC' }),
  );
  // 5 January 2026 is a Monday.
  return Array.from({ length: 7 }, (_, index) => {
    const day = new Date(Date.UTC(2026, 0, 4 + firstDay + index, 12));
    return { narrow: narrow.format(day), long: long.format(day) };
  });
}
