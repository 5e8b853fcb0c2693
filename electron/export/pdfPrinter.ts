/**
 * Printing the plan book's HTML to a PDF file. Two printers share this contract: Debian's Chromium
 * driven by playwright-core (the CLI, the web host, tests) here, and Electron's own
 * `webContents.printToPDF` in electron/shell (the app), which passes its printer in.
 *
 * The page runs with JavaScript off and every request refused but data: URIs (the HTML has its
 * own CSP too): printing never reaches the network. A4 is set explicitly, since Chromium's
 * default paper is Letter.
 */
import { access, constants } from 'node:fs/promises';
import { CalepinError } from '../../core/errors.js';
import type { Orientation } from '../../core/export/planBook/types.js';

export interface PdfPrintOptions {
  orientation: Orientation;
}

/** Writes the PDF of `html` to `out` (a temp path the caller renames). */
export type PdfPrinter = (html: string, out: string, options: PdfPrintOptions) => Promise<void>;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function defaultChromiumPath(env: Record<string, string | undefined> = process.env): string {
  return env.CALEPIN_CHROMIUM || '/usr/bin/chromium';
}

export function chromiumPrinter(executablePath = defaultChromiumPath()): PdfPrinter {
  return async (html, out, options) => {
    try {
      await access(executablePath, constants.X_OK);
    } catch {
      throw new CalepinError('PRINT_FAILED', { reason: 'no-chromium', path: executablePath });
    }
    // Loaded on first use: the Electron app prints with its own Chromium and never loads playwright.
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS }).catch((error: unknown) => {
      throw new CalepinError('PRINT_FAILED', {
        reason: error instanceof Error ? error.message.split('\n')[0]! : 'launch',
      });
    });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      await context.route('**/*', (route) =>
        route.request().url().startsWith('data:') ? route.continue() : route.abort('blockedbyclient'),
      );
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.pdf({
        path: out,
        format: 'A4',
        landscape: options.orientation === 'landscape',
        printBackground: true,
        preferCSSPageSize: true,
      });
    } finally {
      await browser.close();
    }
  };
}
