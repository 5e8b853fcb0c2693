/**
 * The app's own origin. The renderer is served from `app://calepin/` (never file://), so "is this
 * ours?" is one exact comparison of scheme and host, shared by the protocol, the navigation guards
 * and the IPC sender check.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'calepin';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Media files of the open workspace: `calepin-media://media/<sha256>`. */
export const MEDIA_SCHEME = 'calepin-media';
export const MEDIA_HOST = 'media';

/**
 * True when `url` is a page of the app itself. WHATWG URL gives custom schemes an opaque origin
 * ("null"), so scheme and host are compared instead of `URL.origin`; the host case-insensitively,
 * as Chromium lowercases the host of a standard scheme.
 */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host.toLowerCase() === APP_HOST &&
    !parsed.username &&
    !parsed.password &&
    !parsed.port
  );
}
