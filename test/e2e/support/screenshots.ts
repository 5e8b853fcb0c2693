/**
 * Captures the main screens of the sample in one language and both themes, into docs/screenshots/
 * as <screen>-<lang>-<theme>.png. Run through screenshots.test.ts (CALEPIN_SCREENSHOTS=1).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, launchCalepin, REPO, startServer, stopServer, type Calepin } from './launchCalepin.js';

export const SCREENSHOT_DIR = path.join(REPO, 'docs', 'screenshots');

const NAMES = {
  fr: {
    calendar: 'Calendrier',
    backlog: 'Backlog',
    library: 'Médiathèque',
    requests: 'Demandes',
    review: 'Validation',
    settings: 'Réglages',
  },
  en: {
    calendar: 'Calendar',
    backlog: 'Backlog',
    library: 'Media library',
    requests: 'Requests',
    review: 'Approval',
    settings: 'Settings',
  },
} as const;

type Language = keyof typeof NAMES;

async function go(page: Page, language: Language, screen: keyof (typeof NAMES)['fr']): Promise<void> {
  const name = NAMES[language][screen];
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

/** Waits until the pictures on screen are decoded, so no screenshot shows a half-loaded card. */
async function imagesLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0));
  // Loaded is not painted: the cards decode their pictures off the main thread.
  await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
}

async function captureTheme(
  browser: Browser,
  url: string,
  language: Language,
  theme: 'light' | 'dark',
): Promise<string[]> {
  const locale = language === 'fr' ? 'fr-FR' : 'en-US';
  const context = await browser.newContext({
    locale,
    colorScheme: theme,
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1360, height: 820 },
  });
  const page = await context.newPage();
  const { written, shot } = screenshotter(page, language, theme);

  await page.goto(url);
  await page.locator('.post-row').first().waitFor();
  await shot('calendar');

  await page.locator('.day-group:not(.past) .post-row').nth(3).click();
  await page.locator('.save-indicator').waitFor();
  await shot('composer');

  await go(page, language, 'backlog');
  await shot('backlog');
  await go(page, language, 'library');
  await page.locator('.media-card').first().waitFor();
  await imagesLoaded(page);
  await shot('library');
  await go(page, language, 'requests');
  await page.locator('.requests-table').waitFor();
  await shot('requests');
  await go(page, language, 'review');
  await page.locator('.review-card').first().waitFor();
  await shot('review');
  await go(page, language, 'settings');
  await shot('settings');

  await context.close();
  return written;
}

export async function captureScreens(language: Language): Promise<string[]> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const server = await startServer({ lang: language === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8' });
  const browser = await launchBrowser(language === 'fr' ? 'fr-FR' : 'en-US');
  try {
    return [
      ...(await captureTheme(browser, server.url, language, 'light')),
      ...(await captureTheme(browser, server.url, language, 'dark')),
    ];
  } finally {
    await browser.close();
    await stopServer(server.child);
  }
}

/** Takes `<screen>-<language>-<theme>.png` shots of a page into docs/screenshots, and lists them. */
export function screenshotter(page: Page, language: string, theme: string) {
  const written: string[] = [];
  const shot = async (screen: string) => {
    const file = path.join(SCREENSHOT_DIR, `${screen}-${language}-${theme}.png`);
    // Let the focus ring of the last click go, as a person looking at the screen would see it.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: file });
    written.push(file);
  };
  return { written, shot };
}

/** Every screen is looked at in French and English, light and dark. */
export const SCREENSHOT_CASES = [
  ['fr', 'light'],
  ['fr', 'dark'],
  ['en', 'light'],
  ['en', 'dark'],
] as const;

/** Calepin on a French or English computer, in the light or dark theme, at the size of the shots. */
export function launchForScreenshots(
  language: 'fr' | 'en',
  theme: 'light' | 'dark',
  viewport: { width: number; height: number },
): Promise<Calepin> {
  return launchCalepin({ lang: language === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8', colorScheme: theme, viewport });
}
