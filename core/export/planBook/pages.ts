/** The three kinds of page: the cover, a month spread per month, and the week pages of cards. */
import type { Locale } from '../../model/index.js';
import { statusName } from '../format.js';
import { weekOf, monthGrids } from './calendarLayout.js';
import { cardHtml, type CardContext } from './card.js';
import { escapeHtml } from './escapeHtml.js';
import { dateAndTime, dayTitle, monthTitle, shortDate } from './formatting.js';
import { NETWORK_LOOK, safeColour } from './networkLook.js';
import { clip } from './richText.js';
import type { PlanBookStrings } from './strings.js';
import { monthCellHeight } from './styles.js';
import type { PlanBookInput, PlanBookRow } from './types.js';

export function signatureHtml(s: PlanBookStrings, compact: boolean): string {
  return `<section class="signature${compact ? ' compact' : ''}">
<p>${escapeHtml(s.signatureIntro)}</p>
<div class="lines"><div class="line">${escapeHtml(s.validatedBy)}</div><div class="line">${escapeHtml(s.validatedOn)}</div><div class="line">${escapeHtml(s.signature)}</div></div>
</section>`;
}

function listOrAll(items: readonly string[], s: PlanBookStrings): string {
  return items.length === 0 ? escapeHtml(s.all) : items.map((i) => `<bdi>${escapeHtml(i)}</bdi>`).join(', ');
}

export function coverHtml(input: PlanBookInput, s: PlanBookStrings): string {
  const { selection: sel, workspace } = input;
  const locale = sel.locale;
  const generated = dateAndTime(input.generatedAt, workspace.zone, locale);
  const period = `${shortDate(sel.from, locale)} → ${shortDate(sel.to, locale)}`;
  const rows: [string, string][] = [
    [s.period, escapeHtml(period)],
    [s.accounts, listOrAll(sel.accounts, s)],
    [s.statuses, escapeHtml(sel.statuses.map((st) => statusName(st, locale)).join(', '))],
    [s.labels, listOrAll(sel.labels, s)],
    [s.campaigns, listOrAll(sel.campaigns, s)],
    [s.zone, escapeHtml(workspace.zone)],
    [s.generated, escapeHtml(`${generated.date} ${generated.time}`)],
    [
      s.version,
      `<strong>${escapeHtml(input.versionHash.slice(0, 12))}</strong><div class="hash">${escapeHtml(input.versionHash)}</div>`,
    ],
  ];
  return `<section class="sheet cover">
<div class="kicker">${escapeHtml(s.title)}</div>
<h1 dir="auto">${escapeHtml(workspace.name)}</h1>
<div class="period">${escapeHtml(period)} · ${escapeHtml(s.posts(input.rows.length))}</div>
<table class="facts"><tbody>${rows.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${v}</td></tr>`).join('')}</tbody></table>
${signatureHtml(s, false)}
</section>`;
}

const ENTRIES_PER_DAY = 4;

function entryLabel(row: PlanBookRow): string {
  const what = row.post.title || row.text.replace(/\s+/g, ' ');
  return clip(what, 60).text;
}

export function monthSpreadsHtml(input: PlanBookInput, s: PlanBookStrings): string {
  const locale = input.selection.locale;
  const byDay = new Map<string, PlanBookRow[]>();
  for (const row of input.rows) byDay.set(row.workspaceDate, [...(byDay.get(row.workspaceDate) ?? []), row]);
  return monthGrids(input.selection.from, input.selection.to)
    .map((grid) => {
      const head = s.weekdaysShort.map((d) => `<th>${escapeHtml(d)}</th>`).join('');
      const body = grid.weeks
        .map((days) => {
          const cells = days.map((date) => {
            const inPeriod = date.startsWith(grid.month) && date >= input.selection.from && date <= input.selection.to;
            const rows = inPeriod ? (byDay.get(date) ?? []) : [];
            const entries = rows
              .slice(0, ENTRIES_PER_DAY)
              .map(
                (r) =>
                  `<div class="entry" style="--c:${safeColour(r.account.colour)}">${escapeHtml(r.time)} ${escapeHtml(NETWORK_LOOK[r.account.network].mark)} <bdi>${escapeHtml(entryLabel(r))}</bdi></div>`,
              );
            const more =
              rows.length > ENTRIES_PER_DAY
                ? `<div class="more">${escapeHtml(s.more(rows.length - ENTRIES_PER_DAY))}</div>`
                : '';
            return `<td class="${inPeriod ? '' : 'out'}"><div class="day">${Number(date.slice(8))}</div>${entries.join('')}${more}</td>`;
          });
          return `<tr>${cells.join('')}</tr>`;
        })
        .join('');
      return `<section class="sheet month" style="--cell-height:${monthCellHeight(input.orientation, grid.weeks.length)}"><h2>${escapeHtml(monthTitle(grid.month, locale))}</h2>
<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></section>`;
    })
    .join('\n');
}

export function weekPagesHtml(input: PlanBookInput, s: PlanBookStrings, context: CardContext): string {
  const locale: Locale = input.selection.locale;
  const weeks = new Map<string, PlanBookRow[]>();
  for (const row of input.rows) {
    const monday = weekOf(row.workspaceDate).start;
    weeks.set(monday, [...(weeks.get(monday) ?? []), row]);
  }
  if (weeks.size === 0) return `<section class="sheet week"><p class="empty">${escapeHtml(s.noPosts)}</p></section>`;
  return [...weeks.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([monday, rows]) => {
      const week = weekOf(monday);
      const days = week.days
        .map((date) => {
          const dayRows = rows.filter((r) => r.workspaceDate === date);
          if (dayRows.length === 0) return '';
          return `<h3>${escapeHtml(dayTitle(date, locale))}</h3><div class="cards">${dayRows.map((r) => cardHtml(r, context)).join('\n')}</div>`;
        })
        .join('\n');
      const title = s.week(week.number, shortDate(week.start, locale), shortDate(week.end, locale));
      return `<section class="sheet week"><h2>${escapeHtml(title)}</h2><div class="count">${escapeHtml(s.posts(rows.length))}</div>
${days}
${signatureHtml(s, true)}
</section>`;
    })
    .join('\n');
}
