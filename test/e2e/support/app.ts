/** The shell: navigation, banners, the workspace menu. */
import type { Page } from 'playwright-core';

export function appDriver(page: Page) {
  return {
    nav: page.getByRole('navigation'),
    /** Clicks a navigation entry by its visible name and waits for the screen's title. */
    async goTo(entry: string, title = entry): Promise<void> {
      await page.getByRole('navigation').getByRole('button', { name: entry, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    },
    async navEntries(): Promise<string[]> {
      return page.getByRole('navigation').getByRole('button').locator('.nav-label').allInnerTexts();
    },
    heading: (name: string) => page.getByRole('heading', { level: 1, name, exact: true }),
    banner: (testId: 'read-only-banner' | 'problem-banner' | 'pending-saves-banner' | 'error-banner') =>
      page.getByTestId(testId),
    async undo(): Promise<void> {
      await page.getByRole('button', { name: /^(Annuler la dernière action|Undo the last action)$/ }).click();
    },
    async redo(): Promise<void> {
      await page.getByRole('button', { name: /^(Rétablir|Redo)$/ }).click();
    },
    async reload(): Promise<void> {
      await page.reload();
      await page.locator('.app-header').waitFor();
    },
    workspaceMenuButton: page.locator('.workspace-button'),
  };
}
