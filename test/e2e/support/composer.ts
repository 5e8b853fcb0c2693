/** Rédaction's variants: one tab per target account, its counter, its text, its thread. */
import type { Locator, Page } from 'playwright-core';

export function composerDriver(page: Page) {
  const panel = page.getByRole('tabpanel');
  const tab = (accountId: string): Locator => page.locator(`.variant-tab[data-account="${accountId}"]`);
  return {
    master: page.getByLabel('Texte', { exact: true }),
    tablist: page.getByRole('tablist', { name: 'Variantes par compte' }),
    tab,
    panel,
    /** The selected variant's text (when it is not split into a thread). */
    variantText: panel.getByLabel(/^Texte pour /),
    /** « Suit le texte principal » or « Personnalisé ». */
    badge: panel.locator('.variant-badge'),
    resetButton: panel.getByRole('button', { name: 'Revenir au texte principal', exact: true }),
    splitButton: panel.getByRole('button', { name: 'Découper en fil', exact: true }),
    overflow: panel.locator('.overflow-mark'),
    firstComment: panel.getByLabel('Premier commentaire', { exact: true }),
    firstCommentCounter: panel.locator('.first-comment-field .variant-counter'),
    /** The message of each problem and lint note of the variant. */
    problems: panel.locator('.variant-problems .finding-text'),
    finding: (code: string): Locator => panel.locator(`.variant-problems .finding[data-code="${code}"]`),
    threadTitle: panel.locator('.thread-title'),
    part: (index: number, total: number): Locator => panel.getByLabel(`Partie ${index} sur ${total}`, { exact: true }),
    partCounters: panel.locator('.thread-part .variant-counter'),
    /** The remaining count the tab shows, as a number. */
    async remaining(accountId: string): Promise<number> {
      return Number(await tab(accountId).locator('.variant-counter').getAttribute('data-remaining'));
    },
    async limit(accountId: string): Promise<number> {
      return Number(await tab(accountId).locator('.variant-counter').getAttribute('data-limit'));
    },
    async select(accountId: string): Promise<void> {
      await tab(accountId).click();
      await page.locator(`.variant-editor[data-account="${accountId}"]`).waitFor();
    },
    /** Selects the variant and, if it was customised, sends it back to the master text. */
    async follow(accountId: string): Promise<void> {
      await tab(accountId).click();
      await page.locator(`.variant-editor[data-account="${accountId}"]`).waitFor();
      if ((await tab(accountId).getAttribute('data-customised')) === 'true') {
        await panel.getByRole('button', { name: 'Revenir au texte principal', exact: true }).click();
        await page.locator(`.variant-tab[data-account="${accountId}"][data-customised="false"]`).waitFor();
      }
    },
  };
}
