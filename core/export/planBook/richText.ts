/**
 * A post's text as its network would show it, in miniature: links, hashtags and mentions in the
 * link colour, line breaks kept. Entities are found as the validator finds them (twitter-text and
 * Mastodon's mention pattern); every piece is escaped, and links stay text (no href): the plan
 * book never points anywhere.
 */
import { extractEntities } from '../../validate/entities.js';
import { escapeHtml } from './escapeHtml.js';

interface Span {
  start: number;
  end: number;
  kind: 'link' | 'tag' | 'mention';
}

function spansOf(text: string): Span[] {
  const { links, hashtags, mentions } = extractEntities(text);
  const spans: Span[] = [
    ...links.map((e) => ({ start: e.start, end: e.end, kind: 'link' as const })),
    ...hashtags.map((e) => ({ start: e.start, end: e.end, kind: 'tag' as const })),
    ...mentions.map((e) => ({ start: e.start, end: e.end, kind: 'mention' as const })),
  ].sort((a, b) => a.start - b.start);
  // Overlaps cannot be drawn twice; the first (leftmost) wins.
  const kept: Span[] = [];
  for (const span of spans) if (kept.length === 0 || span.start >= kept[kept.length - 1]!.end) kept.push(span);
  return kept;
}

function plain(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}

export function richTextHtml(text: string): string {
  let html = '';
  let at = 0;
  for (const span of spansOf(text)) {
    html += plain(text.slice(at, span.start));
    html += `<span class="${span.kind}">${plain(text.slice(span.start, span.end))}</span>`;
    at = span.end;
  }
  return html + plain(text.slice(at));
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The first `max` user-perceived characters, so a very long post keeps its card to a page; an
 * emoji or a flag is never cut in half. Returns the text unchanged when short enough.
 */
export function clip(text: string, max: number): { text: string; clipped: number } {
  if (text.length <= max) return { text, clipped: 0 };
  let count = 0;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (count === max) break;
    count += 1;
    end = index + segment.length;
  }
  return { text: text.slice(0, end), clipped: text.length - end };
}
