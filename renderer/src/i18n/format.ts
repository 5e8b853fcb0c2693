/**
 * Dates, times and sizes as the user's language writes them (fr: 09/06/2026, 24-hour clock), always
 * on the workspace's clock, never the computer's zone. Plain dates (YYYY-MM-DD) are formatted at noon
 * UTC in UTC so that no zone can move them to another day.
 */
import type { UiLanguage } from './i18n.js';

const LOCALES: Record<UiLanguage, string> = { fr: 'fr-FR', en: 'en-US' };

export function intlLocale(language: UiLanguage): string {
  return LOCALES[language];
}

/** 09:30 in French (24 h, aligned), 9:30 AM in English. */
function hourStyle(language: UiLanguage): '2-digit' | 'numeric' {
  return language === 'fr' ? '2-digit' : 'numeric';
}

function plainDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12));
}

/** Building an Intl formatter costs far more than using one, and a list draws days by the hundred. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined;
  if (!format) formatters.set(key, (format = make()));
  return format;
}

function capitalise(text: string, language: UiLanguage): string {
  return text.charAt(0).toLocaleUpperCase(intlLocale(language)) + text.slice(1);
}

/** « Mardi 9 juin », with the year when it is not `currentYear`. */
export function formatDayHeading(date: string, language: UiLanguage, currentYear: number): string {
  const withYear = !date.startsWith(String(currentYear));
  const format = cached(`heading|${language}|${withYear}`, () => {
    const options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' };
    if (withYear) options.year = 'numeric';
    return new Intl.DateTimeFormat(intlLocale(language), options);
  });
  return capitalise(format.format(plainDate(date)), language);
}

/** « Aujourd’hui », « Demain », « Hier », or null for other days. */
export function relativeDay(date: string, today: string, language: UiLanguage): string | null {
  const days = Math.round((plainDate(date).getTime() - plainDate(today).getTime()) / 86_400_000);
  if (Math.abs(days) > 1) return null;
  const format = cached(
    `relative|${language}`,
    () => new Intl.RelativeTimeFormat(intlLocale(language), { numeric: 'auto' }),
  );
  const text = format.format(days, 'day');
  return capitalise(text, language);
}

/** 09/06/2026 in French, 06/09/2026 in English. */
export function formatDate(date: string, language: UiLanguage): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(plainDate(date));
}

export function formatTime(instant: string, zone: string, language: UiLanguage): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    hour: hourStyle(language),
    minute: '2-digit',
    timeZone: zone,
  }).format(new Date(instant));
}

export function formatDateTime(instant: string, zone: string, language: UiLanguage): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: hourStyle(language),
    minute: '2-digit',
    timeZone: zone,
  }).format(new Date(instant));
}

// Building an Intl.NumberFormat costs far more than formatting with one, and counters format numbers
// on every keystroke: keep one per language.
const numberFormats = new Map<UiLanguage, Intl.NumberFormat>();

export function formatNumber(value: number, language: UiLanguage): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(language));
    numberFormats.set(language, format);
  }
  return format.format(value);
}

export function formatBytes(bytes: number, language: UiLanguage): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** The zone's name as people say it (« heure d’Europe centrale »), falling back to its IANA id. */
export function zoneLabel(zone: string, language: UiLanguage, at: Date): string {
  const part = new Intl.DateTimeFormat(intlLocale(language), { timeZone: zone, timeZoneName: 'longGeneric' })
    .formatToParts(at)
    .find((item) => item.type === 'timeZoneName');
  return part?.value ?? zone;
}
