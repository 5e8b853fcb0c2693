import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../../electron/shell/origin.js';
import { ELECTRON_CONTENT_SECURITY_POLICY, withMediaScheme } from '../../../electron/shell/csp.js';
import { CONTENT_SECURITY_POLICY } from '../../../electron/web/security.js';

const directives = (policy: string) =>
  new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

describe('the window’s content security policy', () => {
  it('is the web host’s policy plus the media scheme for images and video, nothing more', () => {
    const web = directives(CONTENT_SECURITY_POLICY);
    const electron = directives(ELECTRON_CONTENT_SECURITY_POLICY);
    expect([...electron.keys()]).toEqual([...web.keys()]);
    for (const [name, values] of web) {
      const extra = electron.get(name)?.filter((value) => !values.includes(value));
      expect(extra, name).toEqual(name === 'img-src' || name === 'media-src' ? ['calepin-media:'] : []);
    }
  });

  it('allows no remote content, no inline script and no eval', () => {
    const electron = directives(ELECTRON_CONTENT_SECURITY_POLICY);
    expect(electron.get('default-src')).toEqual(["'none'"]);
    expect(electron.get('script-src')).toEqual(["'self'"]);
    expect(electron.get('object-src')).toEqual(["'none'"]);
    expect(ELECTRON_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('leaves other directives untouched', () => {
    expect(withMediaScheme("default-src 'none'; img-src 'self';")).toBe(
      "default-src 'none'; img-src 'self' calepin-media:",
    );
  });
});

describe('the app origin', () => {
  it('is app://calepin exactly', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('APP://CALEPIN/x')).toBe(true);
    for (const url of [
      'app://calepin.example/',
      'app://calepin:1/',
      'app://a:b@calepin/',
      'apps://calepin/',
      'calepin-media://media/x',
      'file:///',
      '',
      null,
      'no url',
    ]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });
});
