/**
 * The Content-Security-Policy of the Electron window: the web host's policy (one source of truth,
 * electron/web/security.ts) plus the media scheme, which only exists in Electron. Sent as a header
 * by the app:// protocol and by the session's header hook; renderer/index.html repeats it as a meta
 * tag, and the browser enforces the intersection.
 */
import { CONTENT_SECURITY_POLICY } from '../web/security.js';
import { MEDIA_SCHEME } from './origin.js';

/** Adds `calepin-media:` to img-src and media-src, and changes nothing else. */
export function withMediaScheme(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive.length > 0)
    .map((directive) => (/^(img-src|media-src)\s/.test(directive) ? `${directive} ${MEDIA_SCHEME}:` : directive))
    .join('; ');
}

export const ELECTRON_CONTENT_SECURITY_POLICY = withMediaScheme(CONTENT_SECURITY_POLICY);
