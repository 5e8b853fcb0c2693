/** Rédaction: the post editor. */
import type { Page } from 'playwright-core';

export function editorDriver(page: Page) {
  const saveIndicator = page.locator('.save-indicator');
  return {
    title: page.getByLabel('Titre', { exact: true }),
    text: page.getByLabel('Texte', { exact: true }),
    status: page.getByLabel('Statut', { exact: true }),
    date: page.getByLabel('Date', { exact: true }),
    time: page.getByLabel('Heure', { exact: true }),
    saveIndicator,
    account: (name: RegExp) => page.locator('.account-picker').getByRole('checkbox', { name }),
    /** Waits until the indicator says everything on screen is on disk. */
    async waitSaved(): Promise<void> {
      await page.locator('.save-indicator[data-state="saved"]').waitFor();
    },
    async newPost(): Promise<void> {
      await page.getByRole('button', { name: 'Nouveau post', exact: true }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Nouveau post' }).waitFor();
    },
    async deletePost(): Promise<void> {
      await page.getByRole('button', { name: 'Supprimer', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Supprimer', exact: true }).click();
    },
  };
}
