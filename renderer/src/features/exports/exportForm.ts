/**
 * What the Exports screen's form holds, and the selection it sends. Pure, so the rule "use the
 * calendar's current filter" is tested without a browser: the calendar's accounts, networks,
 * statuses, labels and campaigns replace the form's (its search is not a selection: an export holds
 * whole posts), and an empty status filter there means every status, as it does on the calendar.
 */
import type { ExportSelectionInput } from '../../../../core/export/selection.js';
import { POST_STATUSES, type Account, type Locale, type PostStatus } from '../../../../core/model/index.js';
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

/**
 * The selection the form stands for. With « the calendar's current filter », the calendar's accounts
 * (narrowed to its networks), statuses, labels and campaigns replace the form's; its search and
 * assignees have no counterpart in an export selection, which the screen says.
 */
export function selectionOf(
  form: ExportForm,
  calendar: PostFilters,
  workspaceAccounts: readonly Pick<Account, 'id' | 'network'>[] = [],
): ExportSelectionInput {
  const period = { ...(form.from ? { from: form.from } : {}), ...(form.to ? { to: form.to } : {}) };
  if (!form.useCalendarFilter) {
    const { accounts, statuses, labels, campaigns, locale } = form;
    return { ...period, accounts, statuses, labels, campaigns, locale };
  }
  return {
    ...period,
    accounts: calendarAccounts(calendar, workspaceAccounts),
    statuses: calendar.statuses.length > 0 ? [...calendar.statuses] : [...POST_STATUSES],
    labels: [...calendar.labels],
    campaigns: [...calendar.campaigns],
    locale: form.locale,
  };
}

/** The calendar's ticked accounts, kept to its ticked networks; an empty list means every account. */
function calendarAccounts(
  calendar: PostFilters,
  workspaceAccounts: readonly Pick<Account, 'id' | 'network'>[],
): string[] {
  const ticked = new Set<string>(calendar.accounts);
  const networks = new Set<string>(calendar.networks);
  if (networks.size === 0) return [...calendar.accounts];
  return workspaceAccounts
    .filter((account) => networks.has(account.network) && (ticked.size === 0 || ticked.has(account.id)))
    .map((account) => account.id);
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
