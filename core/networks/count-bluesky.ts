import { memoised, type TextAnalysis } from './analyse.js';
import { codePointOverflow, graphemeOverflow, graphemesWithReplacements, type Replacement } from './count-spans.js';
import { segment, utf8Length } from './unicode.js';

/**
 * Link detection of @atproto/api RichText (packages/api/src/rich-text/util.ts URL_REGEX and
 * detection.ts). Links typed without http(s):// are detected too, but the app's shortening leaves
 * them as typed (new URL() throws on them), so only scheme links change the count. Upper-case
 * "HTTPS://" fails the `startsWith('http')` test upstream and is not a link.
 */
const URL_REGEX = /(^|\s|\()((https?:\/\/[\S]+)|((?<domain>[a-z][a-z0-9]*(\.[a-z0-9]+)+)[\S]*))/gim;

interface UrlParts {
  readonly protocol: string;
  readonly host: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}
type UrlConstructor = new (input: string) => UrlParts;

// WHATWG URL exists in every host Calepin runs in (Chromium, Node); core/ has no DOM typings.
const WhatwgUrl = (globalThis as unknown as { URL: UrlConstructor }).URL;

/** social-app src/lib/strings/url-helpers.ts toShortUrl, line for line. */
export function toShortUrl(url: string): string {
  try {
    const u = new WhatwgUrl(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return url;
    const path = (u.pathname === '/' ? '' : u.pathname) + u.search + u.hash;
    return path.length > 15 ? `${u.host}${path.slice(0, 13)}...` : u.host + path;
  } catch {
    return url;
  }
}

export interface BlueskyLink {
  readonly start: number;
  readonly end: number;
  readonly shortened: string;
}

/** Links the official app shortens, with their UTF-16 span in the text and what it publishes. */
export function blueskyLinks(text: string): BlueskyLink[] {
  const links: BlueskyLink[] = [];
  const re = new RegExp(URL_REGEX.source, URL_REGEX.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[2] ?? '';
    if (!raw.startsWith('http')) continue;
    const start = m.index + (m[1] ?? '').length;
    let uri = raw;
    if (/[.,;:!?]$/.test(uri)) uri = uri.slice(0, -1);
    if (uri.endsWith(')') && !uri.includes('(')) uri = uri.slice(0, -1);
    const shortened = toShortUrl(uri);
    if (shortened !== uri) links.push({ start, end: start + uri.length, shortened });
  }
  return links;
}

/** Links are runs of non-spaces and `^` stands for "after whitespace": detect them per chunk. */
function linksOf(analysis: TextAnalysis): BlueskyLink[] {
  const links: BlueskyLink[] = [];
  for (const { start, text, facts } of analysis.chunks) {
    facts.blueskyLinks ??= text.includes('http') ? blueskyLinks(text) : [];
    for (const l of facts.blueskyLinks) links.push({ ...l, start: l.start + start, end: l.end + start });
  }
  return links;
}

export interface BlueskyCount {
  readonly length: number;
  readonly bytes: number;
  readonly links: readonly BlueskyLink[];
  readonly graphemeReplacements: readonly Replacement[];
  readonly byteReplacements: readonly Replacement[];
}

function graphemeCount(s: string): number {
  return /^[\x20-\x7e]*$/.test(s) ? s.length : segment(s).starts.length;
}

export function countBluesky(analysis: TextAnalysis): BlueskyCount {
  return memoised(analysis, 'bluesky', () => {
    const links = linksOf(analysis);
    const graphemeReplacements = links.map((l) => ({ start: l.start, end: l.end, weight: graphemeCount(l.shortened) }));
    const byteReplacements = links.map((l) => ({ start: l.start, end: l.end, weight: utf8Length(l.shortened) }));
    let bytes = analysis.utf8Bytes;
    for (const l of links) bytes += utf8Length(l.shortened) - utf8Length(analysis.text, l.start, l.end);
    return {
      length: graphemesWithReplacements(analysis, graphemeReplacements),
      bytes,
      links,
      graphemeReplacements,
      byteReplacements,
    };
  });
}

export function blueskyOverflow(
  analysis: TextAnalysis,
  count: BlueskyCount,
  limit: number,
  maxBytes: number,
): number | null {
  const byGraphemes = count.length > limit ? graphemeOverflow(analysis, count.graphemeReplacements, limit) : null;
  const byBytes =
    count.bytes > maxBytes ? codePointOverflow(analysis, count.byteReplacements, maxBytes, (b) => b) : null;
  if (byGraphemes === null) return byBytes;
  return byBytes === null ? byGraphemes : Math.min(byGraphemes, byBytes);
}
