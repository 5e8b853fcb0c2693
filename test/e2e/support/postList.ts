/** The calendar list and the backlog: rows, day groups, filters. */
import type { Locator, Page } from 'playwright-core';

export interface RowAsSeen {
  time: string;
  title: string;
  accounts: string[];
  status: string;
  /** The day group it sits in (YYYY-MM-DD), null in the backlog. */
  date: string | null;
}

export function postListDriver(page: Page) {
  const rows = page.locator('.post-row');
  return {
    rows,
    dayGroups: page.locator('.day-group'),
    dayGroup: (date: string) => page.locator(`.day-group[data-date="${date}"]`),
    row: (text: string): Locator => rows.filter({ hasText: text }),
    waitForRows: () => rows.first().waitFor(),
    /** Every row as the user reads it: time, title, account handles, status. */
    readRows: (): Promise<RowAsSeen[]> =>
      rows.evaluateAll((elements) =>
        elements.map((row) => ({
          time: row.querySelector('.post-time')?.textContent?.trim() ?? '',
          title: row.querySelector('.post-title')?.textContent?.trim() ?? '',
          accounts: [...row.querySelectorAll('.account-handle')].map((node) => node.textContent?.trim() ?? ''),
          status: row.querySelector('.status-chip')?.textContent?.trim() ?? '',
          date: row.closest('.day-group')?.getAttribute('data-date') ?? null,
        })),
      ),
    search: (text: string) => page.getByRole('searchbox').fill(text),
    /** Opens a filter menu (« Comptes », « Statuts ») and ticks the options whose label matches. */
    filter: async (menu: RegExp, options: RegExp[]): Promise<void> => {
      await page.getByRole('search').getByRole('button', { name: menu }).click();
      for (const option of options) await page.getByRole('search').getByRole('checkbox', { name: option }).check();
      await page.keyboard.press('Escape');
    },
    clearFilters: () =>
      page
        .getByRole('button', { name: /^(Effacer les filtres|Clear filters)$/ })
        .first()
        .click(),
  };
}
