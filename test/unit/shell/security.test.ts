import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { hardenSession, hardenWebContents, isExternalWebLink } from '../../../electron/shell/security.js';

/** A web page's contents as the guards see it: events they can cancel, and a window-open hook. */
class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  /** Emits like Electron does and tells whether a guard cancelled the navigation. */
  attempt(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    const details = { preventDefault: () => (prevented = true), url: typeof args[0] === 'string' ? args[0] : '' };
    this.emit(event, details, ...args);
    return prevented;
  }
}

function guarded() {
  const contents = new FakeContents();
  const opened: string[] = [];
  hardenWebContents(contents as unknown as WebContents, {
    openExternal: (url: string) => {
      opened.push(url);
      return Promise.resolve();
    },
  });
  return { contents, opened };
}

describe('the page cannot leave the app', () => {
  it('lets the app move between its own pages', () => {
    const { contents } = guarded();
    expect(contents.attempt('will-navigate', 'app://calepin/index.html#/calendar')).toBe(false);
    expect(contents.attempt('will-redirect', 'app://calepin/index.html')).toBe(false);
  });

  it.each([
    'https://example.com/',
    'http://example.com/',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://calepin:8080/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'calepin-media://media/abc',
  ])('blocks navigation and redirects to %s', (url) => {
    const { contents } = guarded();
    expect(contents.attempt('will-navigate', url)).toBe(true);
    expect(contents.attempt('will-redirect', url)).toBe(true);
    expect(contents.attempt('will-frame-navigate', url)).toBe(true);
  });

  it('opens an https link in the OS browser instead, and nothing else', async () => {
    const { contents, opened } = guarded();
    contents.attempt('will-navigate', 'https://www.linkedin.com/company/calepin');
    contents.attempt('will-navigate', 'http://insecure.example/');
    contents.attempt('will-navigate', 'file:///home/user/.ssh/id_rsa');
    await Promise.resolve();
    expect(opened).toEqual(['https://www.linkedin.com/company/calepin']);
  });

  it('denies every new window; an https one opens in the OS browser', () => {
    const { contents, opened } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://bsky.app/profile/calepin' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://calepin/index.html' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'smb://server/share' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://bsky.app/profile/calepin']);
  });

  it('never attaches a <webview>', () => {
    const { contents } = guarded();
    expect(contents.attempt('will-attach-webview', {}, {})).toBe(true);
  });
});

describe('external links', () => {
  it('only https with a host and no credentials leaves the app', () => {
    expect(isExternalWebLink('https://mastodon.social/@calepin')).toBe(true);
    expect(isExternalWebLink('https://user:pw@example.com/')).toBe(false);
    expect(isExternalWebLink('HTTP://example.com')).toBe(false);
    expect(isExternalWebLink('ms-settings:privacy')).toBe(false);
    expect(isExternalWebLink('not a url')).toBe(false);
  });
});

describe('the session grants nothing', () => {
  function hardened() {
    const calls: Record<string, unknown> = {};
    const session = {
      setPermissionRequestHandler: (handler: unknown) => (calls.request = handler),
      setPermissionCheckHandler: (handler: unknown) => (calls.check = handler),
      setDevicePermissionHandler: (handler: unknown) => (calls.device = handler),
      webRequest: { onHeadersReceived: (handler: unknown) => (calls.headers = handler) },
    };
    hardenSession(session as unknown as Session, "default-src 'none'");
    return calls as {
      request: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
      check: (contents: unknown, permission: string) => boolean;
      device: (details: unknown) => boolean;
      headers: (
        details: { url: string; responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
      ) => void;
    };
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'usb', 'fullscreen'])(
    'refuses a request for %s and reports it as not granted',
    (permission) => {
      const { request, check, device } = hardened();
      let granted: boolean | null = null;
      request({}, permission, (answer) => (granted = answer));
      expect(granted).toBe(false);
      expect(check({}, permission)).toBe(false);
      expect(device({ deviceType: 'usb' })).toBe(false);
    },
  );

  it('puts its own CSP on responses, replacing any other spelling of the header', () => {
    const { headers } = hardened();
    let answer: { responseHeaders?: Record<string, string[]> } = {};
    headers(
      {
        url: 'app://calepin/index.html',
        responseHeaders: { 'content-security-policy': ['script-src *'], 'Content-Type': ['text/html'] },
      },
      (response) => (answer = response),
    );
    expect(answer.responseHeaders).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': ["default-src 'none'"],
    });
  });

  it('leaves the developer tools their own policy', () => {
    const { headers } = hardened();
    let answer: unknown = null;
    headers({ url: 'devtools://devtools/bundled/inspector.html' }, (response) => (answer = response));
    expect(answer).toEqual({});
  });
});
