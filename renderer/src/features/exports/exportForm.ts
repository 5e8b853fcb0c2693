/**
 * What the Exports screen's form holds, and the selection it sends. Pure, so the rule "use the
 * calendar's current filter" is tested without a browser: the calendar's accounts and statuses
 * replace the form's (its search is not a selection: an export holds whole posts), and an empty
 * status filter there means every status, as it does on the calendar.
 */
import type { ExportSelectionInput } from '../../../../core/export/selection.js';
import { POST_STATUSES, type Locale, type PostStatus } from '../../../../core/model/index.js';
import type { PostFilters } from '../../state/postQueries.js';

export type Orientation = 'portrait' | 'landscape';
export type Delimiter = ',' | ';';

export interface ExportForm {
  from: string;
  to: string;
  accounts: string[];
  statuses: PostStatus[];
  labels: string[];
  campaigns: string[];
  useCalendarFilter: boolean;
  locale: Locale;
  orientation: Orientation;
  delimiter: Delimiter;
  csvProfile: string;
}

/** Approved and scheduled: what a stakeholder is asked to look at (the default). */
export function initialForm(locale: Locale): ExportForm {
  return {
    from: '',
    to: '',
    accounts: [],
    statuses: ['approved', 'scheduled'],
    labels: [],
    campaigns: [],
    useCalendarFilter: false,
    locale,
    orientation: 'portrait',
    // French Excel opens « ; » files column by column; English Excel expects commas.
    delimiter: locale === 'fr' ? ';' : ',',
    csvProfile: 'generic',
  };
}

export function selectionOf(form: ExportForm, calendar: PostFilters): ExportSelectionInput {
  const accounts = form.useCalendarFilter ? [...calendar.accounts] : form.accounts;
  const statuses = form.useCalendarFilter
    ? calendar.statuses.length > 0
      ? [...calendar.statuses]
      : [...POST_STATUSES]
    : form.statuses;
  return {
    ...(form.from ? { from: form.from } : {}),
    ...(form.to ? { to: form.to } : {}),
    accounts,
    statuses,
    labels: form.labels,
    campaigns: form.campaigns,
    locale: form.locale,
  };
}

/** The format's variant the form chose (`--profile` on the command line). */
export function profileFor(format: string, form: ExportForm): string | undefined {
  if (format === 'pdf') return form.orientation;
  if (format === 'csv') return form.csvProfile;
  return undefined;
}

/** The order a reader expects: the documents first (PDF, Excel), the archive last. */
export const FORMAT_ORDER = ['pdf', 'xlsx', 'csv', 'ics', 'zip'];

export function sortFormats<T extends { format: string }>(formats: readonly T[]): T[] {
  const rank = (f: string) => (FORMAT_ORDER.includes(f) ? FORMAT_ORDER.indexOf(f) : FORMAT_ORDER.length);
  return [...formats].sort((a, b) => rank(a.format) - rank(b.format));
}
