/**
 * Guards of the loopback web host. A page on any other site can reach 127.0.0.1 from the user's
 * browser, so every request must prove it comes from the URL we printed: the Host header must be
 * ours (DNS rebinding), state-changing calls must carry our Origin (CSRF), and everything but the
 * token exchange needs the session cookie set by that exchange.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'calepin_session';

/**
 * The same policy as the Electron shell: nothing remote, no inline script, no eval.
 * Inline styles stay allowed because React and FullCalendar position elements with style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function sameSecret(given: string | undefined | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hostIsOurs(request: IncomingMessage, port: number): boolean {
  return allowedHosts(port).has(request.headers.host ?? '');
}

export function originIsOurs(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  return [...allowedHosts(port)].some((host) => origin === `http://${host}`);
}

export function readCookie(request: IncomingMessage, name: string): string | undefined {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export function sessionCookie(secret: string): string {
  // No Max-Age: a session cookie, so reloads work for this browser session and no longer.
  return `${SESSION_COOKIE}=${secret}; HttpOnly; SameSite=Strict; Path=/`;
}
