/**
 * Guards on every web page and on the session, so that a page that ends up running hostile content
 * (a pasted link, a crafted import) still cannot leave the app, open windows, reach hardware or
 * load anything remote:
 *  - navigation and redirects stay on app://calepin/; an https link opens in the OS browser instead;
 *  - window.open / target=_blank never creates an Electron window;
 *  - <webview> can never be attached;
 *  - every permission request and check is refused;
 *  - the CSP is also set as a response header by the session.
 *
 * Electron objects are passed in, never imported, so the guards are tested in plain Node.
 */
import type { Session, Shell, WebContents } from 'electron';
import { isAppUrl } from './origin.js';

export type ExternalOpener = Pick<Shell, 'openExternal'>;

/** Only https leaves the app, and only to the OS browser: no http, file:, javascript:, custom schemes. */
export function isExternalWebLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname.length > 0 && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

/**
 * The one call to shell.openExternal (reviewed in electronegativity.test.ts): the URL comes from
 * the page, so it must pass isExternalWebLink first; anything else is dropped.
 */
export function openInBrowser(shell: ExternalOpener, url: string): void {
  if (!isExternalWebLink(url)) return;
  shell.openExternal(url).catch(() => {
    // No browser configured: nothing more to do, the page stays where it is.
  });
}

export function hardenWebContents(contents: WebContents, shell: ExternalOpener): void {
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openInBrowser(shell, url);
  };
  contents.on('will-navigate', (event, url) => stayInApp(event, url));
  contents.on('will-redirect', (event, url) => stayInApp(event, url));
  // Sub-frames too (the CSP already forbids frames; this holds even if it were loosened).
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(shell, url);
    return { action: 'deny' };
  });
}

/** Header names are case-insensitive: drop every spelling of one before setting it. */
function without(headers: Record<string, string[]> | undefined, name: string): Record<string, string[]> {
  return Object.fromEntries(Object.entries(headers ?? {}).filter(([key]) => key.toLowerCase() !== name.toLowerCase()));
}

export function hardenSession(session: Session, contentSecurityPolicy: string): void {
  // Calepin needs no camera, microphone, location, notifications, USB, HID, serial, MIDI, …
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // The app:// protocol already sends the CSP; this covers any other response a page might get.
  // devtools:// keeps its own policy, or the developer tools break.
  session.webRequest.onHeadersReceived((details, callback) => {
    if (details.url.startsWith('devtools:')) {
      callback({});
      return;
    }
    callback({
      responseHeaders: {
        ...without(details.responseHeaders, 'Content-Security-Policy'),
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    });
  });
}
