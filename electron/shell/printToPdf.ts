/**
 * The app's PDF printer: the plan book's HTML printed by Electron's own Chromium
 * (`webContents.printToPDF`), so the desktop app needs no other browser. Thin on purpose: the
 * document is made by core/export/planBook and the export machinery in electron/export.
 *
 * The page is a hidden window in its own in-memory session, JavaScript off, that refuses every
 * request but its own file and data: images (the HTML carries its own CSP as well).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow as BrowserWindowType, Session } from 'electron';
import type { PdfPrinter } from '../export/pdfPrinter.js';

export interface PrintDeps {
  BrowserWindow: typeof BrowserWindowType;
  session: { fromPartition(partition: string): Session };
}

export function electronPrinter({ BrowserWindow, session }: PrintDeps): PdfPrinter {
  return async (html, out, options) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'calepin-print-'));
    const page = path.join(dir, `plan-${randomBytes(4).toString('hex')}.html`);
    await writeFile(page, html, 'utf8');
    const printSession = session.fromPartition('calepin-print');
    const pageUrl = pathToFileURL(page).href;
    printSession.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !(details.url.startsWith('data:') || details.url === pageUrl) });
    });
    const window = new BrowserWindow({
      show: false,
      webPreferences: {
        javascript: false,
        session: printSession,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    try {
      await window.loadFile(page);
      const pdf = await window.webContents.printToPDF({
        pageSize: 'A4',
        landscape: options.orientation === 'landscape',
        printBackground: true,
        preferCSSPageSize: true,
      });
      await writeFile(out, pdf, { flag: 'wx' });
    } finally {
      window.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  };
}
