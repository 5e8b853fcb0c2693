/** The Exports screen's form → the selection it sends, with and without the calendar's filter. */
import { describe, expect, it } from 'vitest';
import type { AccountId, CampaignId, LabelId } from '../../../core/model/index.js';
import { POST_STATUSES } from '../../../core/model/index.js';
import {
  initialForm,
  profileFor,
  selectionOf,
  sortFormats,
} from '../../../renderer/src/features/exports/exportForm.js';
import { NO_FILTERS, type PostFilters } from '../../../renderer/src/state/postQueries.js';

const acc = (id: string) => id as AccountId;

describe('the export form', () => {
  it('starts on approved and scheduled, the document in the workspace’s language, « ; » in French', () => {
    const form = initialForm('fr');
    expect(form.statuses).toEqual(['approved', 'scheduled']);
    expect(form.delimiter).toBe(';');
    expect(initialForm('en').delimiter).toBe(',');
    // No dates yet: the Node side resolves the default period.
    expect(selectionOf(form, NO_FILTERS)).toEqual({
      accounts: [],
      statuses: ['approved', 'scheduled'],
      labels: [],
      campaigns: [],
      locale: 'fr',
    });
  });

  it('takes the calendar’s accounts and statuses when asked, an empty status filter meaning all', () => {
    const form = { ...initialForm('fr'), from: '2026-03-01', to: '2026-03-31', accounts: ['mine'] };
    const calendar = { ...NO_FILTERS, accounts: [acc('a1'), acc('a2')], search: 'brioche' };
    const used = selectionOf({ ...form, useCalendarFilter: true }, calendar);
    expect(used.accounts).toEqual(['a1', 'a2']);
    expect(used.statuses).toEqual([...POST_STATUSES]);
    expect(used.from).toBe('2026-03-01');
    expect(selectionOf({ ...form, useCalendarFilter: true }, { ...calendar, statuses: ['draft'] }).statuses).toEqual([
      'draft',
    ]);
    expect(selectionOf(form, calendar).accounts).toEqual(['mine']);
  });

  it('narrows the calendar’s accounts to its networks and takes its labels and campaigns', () => {
    const form = { ...initialForm('fr'), useCalendarFilter: true };
    const accounts = [
      { id: acc('x1'), network: 'x' as const },
      { id: acc('li1'), network: 'linkedin' as const },
      { id: acc('li2'), network: 'linkedin' as const },
    ];
    const calendar: PostFilters = {
      ...NO_FILTERS,
      networks: ['linkedin'],
      labels: ['promo' as LabelId],
      campaigns: ['noel' as CampaignId],
    };
    const used = selectionOf(form, calendar, accounts);
    expect(used.accounts).toEqual(['li1', 'li2']);
    expect(used.labels).toEqual(['promo']);
    expect(used.campaigns).toEqual(['noel']);
    expect(selectionOf(form, { ...calendar, accounts: [acc('li2'), acc('x1')] }, accounts).accounts).toEqual(['li2']);
  });

  it('passes the PDF orientation and the CSV columns as profiles, and lists documents first', () => {
    const form = { ...initialForm('fr'), orientation: 'landscape' as const, csvProfile: 'sprout' };
    expect(profileFor('pdf', form)).toBe('landscape');
    expect(profileFor('csv', form)).toBe('sprout');
    expect(profileFor('zip', form)).toBeUndefined();
    expect(
      sortFormats([{ format: 'zip' }, { format: 'csv' }, { format: 'pdf' }, { format: 'xlsx' }]).map((f) => f.format),
    ).toEqual(['pdf', 'xlsx', 'csv', 'zip']);
  });
});
