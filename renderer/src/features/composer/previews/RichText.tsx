/**
 * A post's text as the network shows it: links, hashtags and mentions styled (never clickable: a
 * preview loads nothing), links shortened the way the network displays them, line breaks kept.
 */
import type { Network } from '../../../../../core/model/index.js';
import { toShortUrl } from '../../../../../core/networks/index.js';
import { extractEntities, type Entity } from '../../../../../core/validate/index.js';

type Kind = 'link' | 'hashtag' | 'mention';

interface Piece {
  kind: Kind | 'text';
  text: string;
}

/** X shows a link without its scheme, cut after 23 characters with an ellipsis. */
function xDisplay(url: string): string {
  const bare = url.replace(/^https?:\/\//iu, '').replace(/^www\./iu, '');
  return bare.length > 23 ? `${bare.slice(0, 23)}…` : bare;
}

function linkDisplay(network: Network, url: string): string {
  if (network === 'x') return xDisplay(url);
  if (network === 'bluesky') return toShortUrl(/^https?:\/\//iu.test(url) ? url : `https://${url}`);
  return url;
}

export function pieces(text: string, network: Network, end: number = text.length): Piece[] {
  const { hashtags, mentions, links } = extractEntities(text);
  const found: (Entity & { kind: Kind })[] = [
    ...links.map((e) => ({ ...e, kind: 'link' as const })),
    ...hashtags.map((e) => ({ ...e, kind: 'hashtag' as const })),
    ...mentions.map((e) => ({ ...e, kind: 'mention' as const })),
  ].sort((a, b) => a.start - b.start);
  const out: Piece[] = [];
  let at = 0;
  for (const entity of found) {
    if (entity.start < at || entity.start >= end) continue;
    if (entity.start > at) out.push({ kind: 'text', text: text.slice(at, entity.start) });
    const raw = text.slice(entity.start, Math.min(entity.end, end));
    out.push({
      kind: entity.kind,
      text: entity.kind === 'link' && entity.end <= end ? linkDisplay(network, raw) : raw,
    });
    at = Math.min(entity.end, end);
  }
  if (at < end) out.push({ kind: 'text', text: text.slice(at, end) });
  return out;
}

interface Props {
  text: string;
  network: Network;
  /** Show only this much of the text (the network's fold). */
  end?: number;
}

export function RichText({ text, network, end }: Props) {
  return (
    <>
      {pieces(text, network, end).map((piece, index) =>
        piece.kind === 'text' ? (
          <span key={index}>{piece.text}</span>
        ) : (
          <span key={index} className={`preview-${piece.kind}`} data-entity={piece.kind}>
            {piece.text}
          </span>
        ),
      )}
    </>
  );
}
