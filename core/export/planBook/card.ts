/**
 * One card: a post as one account will publish it, drawn like a miniature of the network's post
 * (account, network, text with its links and hashtags, pictures), then what a stakeholder checks:
 * its status, who approved it and when, its labels and campaign.
 */
import type { Locale } from '../../model/index.js';
import { decisionName, statusName } from '../format.js';
import { escapeHtml } from './escapeHtml.js';
import { dateAndTime, shortDate } from './formatting.js';
import { NETWORK_LOOK, safeColour } from './networkLook.js';
import type { PictureSheet } from './pictures.js';
import { clip, richTextHtml } from './richText.js';
import type { PlanBookStrings } from './strings.js';
import type { PlanBookRow } from './types.js';

/** Past this many characters a card would outgrow its page; the rest is cut and the cut is said. */
const MAX_TEXT = 1_200;
const MAX_THUMBNAILS = 4;

export interface CardContext {
  locale: Locale;
  strings: PlanBookStrings;
  workspaceZone: string;
  pictures: PictureSheet;
}

function approvalStamp(row: PlanBookRow, c: CardContext): string {
  const last = [...row.post.approvals].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).at(-1);
  if (!last) return `<span class="stamp pending">${escapeHtml(c.strings.notApproved)}</span>`;
  const { date, time } = dateAndTime(last.at, c.workspaceZone, c.locale);
  const who = `<bdi>${escapeHtml(last.by)}</bdi>`;
  if (last.decision === 'approved') {
    return `<span class="stamp">✔ ${c.strings.approvedBy(who, date, time)}</span>`;
  }
  return `<span class="stamp other">${c.strings.decidedBy(escapeHtml(decisionName(last.decision, c.locale)), who, date, time)}</span>`;
}

function thumbnailsHtml(row: PlanBookRow, c: CardContext): string {
  if (row.media.length === 0) return '';
  const shown = row.media.slice(0, MAX_THUMBNAILS);
  const figures = shown.map((m) => {
    const picture = c.pictures.classOf(m.id);
    const image = picture
      ? `<div class="pic ${picture}" role="img" aria-label="${escapeHtml(m.alt || m.name)}"></div>`
      : `<div class="missing">${escapeHtml(m.kind === 'video' ? c.strings.video : c.strings.mediaMissing)} · <bdi>${escapeHtml(m.name)}</bdi></div>`;
    const play = m.kind === 'video' && picture ? `<span class="play">▶ ${escapeHtml(c.strings.video)}</span>` : '';
    const caption = m.alt ? `<figcaption dir="auto">${escapeHtml(m.alt)}</figcaption>` : '';
    return `<figure>${image}${play}${caption}</figure>`;
  });
  const more =
    row.media.length > shown.length
      ? `<div class="extra">${escapeHtml(c.strings.more(row.media.length - shown.length))}</div>`
      : '';
  return `<div class="thumbs n${Math.min(shown.length, 2)}">${figures.join('')}</div>${more}`;
}

export function cardHtml(row: PlanBookRow, c: CardContext): string {
  const look = NETWORK_LOOK[row.account.network];
  const { text, clipped } = clip(row.text, MAX_TEXT);
  const zone = row.zone !== c.workspaceZone ? `<span class="zone">${escapeHtml(row.zone)}</span>` : '';
  const title = row.post.title ? `<div class="post-title" dir="auto">${escapeHtml(row.post.title)}</div>` : '';
  const cut = clipped > 0 ? ` <span class="extra">${escapeHtml(c.strings.cutText(clipped))}</span>` : '';
  const thread =
    row.threadParts.length > 0
      ? `<div class="extra">${escapeHtml(c.strings.thread(row.threadParts.length))}</div>`
      : '';
  const comment = row.firstComment
    ? `<div class="extra" dir="auto">${escapeHtml(c.strings.firstComment)} ${richTextHtml(clip(row.firstComment, 300).text)}</div>`
    : '';
  const chips = [
    ...row.labels.map(
      (l) => `<span class="chip" style="--c:${safeColour(l.colour)}"><bdi>${escapeHtml(l.name)}</bdi></span>`,
    ),
    ...(row.campaign
      ? [
          `<span class="chip" style="--c:${safeColour(row.campaign.colour)}">${escapeHtml(c.strings.campaign)} · <bdi>${escapeHtml(row.campaign.name)}</bdi></span>`,
        ]
      : []),
  ];
  return `<article class="card" style="--c:${safeColour(row.account.colour)}" data-key="${escapeHtml(row.key)}">
<div class="card-head">
<span class="badge" style="background:${look.colour}">${escapeHtml(look.mark)}</span>
<div class="who"><bdi class="name">${escapeHtml(row.account.displayName)}</bdi><span class="handle"><bdi>${escapeHtml(row.account.handle)}</bdi> · ${escapeHtml(look.name)}</span></div>
<div class="when">${escapeHtml(shortDate(row.date, c.locale))}<br><span class="time">${escapeHtml(row.time)}</span>${zone}</div>
</div>
${title}<div class="text" dir="auto">${richTextHtml(text)}${cut}</div>
${thread}${comment}${thumbnailsHtml(row, c)}
<div class="card-foot"><span class="status status-${row.post.status}">${escapeHtml(statusName(row.post.status, c.locale))}</span>${approvalStamp(row, c)}${chips.join('')}</div>
</article>`;
}
