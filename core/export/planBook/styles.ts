/**
 * The plan book's stylesheet. A4 is set here (`@page size`) and again by the printer, because
 * Chromium prints on Letter unless told. Page numbers and the running footer use @page margin
 * boxes; their text is passed through `cssString`, the only way data reaches the CSS.
 */
import type { Orientation } from './types.js';

/** A CSS string literal: every character but letters, digits and spaces as a CSS escape. */
export function cssString(text: string): string {
  return `"${Array.from(text, (c) => (/^[\p{L}\p{N} .·,_-]$/u.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

/**
 * Height of a month spread's day cell, so that the month (five or six weeks) fills one page:
 * the page's height less margins, title and weekday row, shared by the weeks.
 */
export function monthCellHeight(orientation: Orientation, weeks: number): string {
  const available = orientation === 'landscape' ? 150 : 236;
  return `${Math.min(42, Math.floor(available / weeks))}mm`;
}

export function planBookCss(orientation: Orientation, footer: string, pageWord: string): string {
  const columns = orientation === 'landscape' ? 3 : 2;
  return `
@page {
  size: A4 ${orientation};
  margin: 12mm 11mm 15mm;
  @bottom-left { content: ${cssString(footer)}; font: 7.5pt 'DejaVu Sans', 'Liberation Sans', sans-serif; color: #6b7280; }
  @bottom-right { content: ${cssString(pageWord + ' ')} counter(page) " / " counter(pages); font: 7.5pt 'DejaVu Sans', 'Liberation Sans', sans-serif; color: #6b7280; }
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 9pt/1.35 'DejaVu Sans', 'Liberation Sans', 'Noto Sans', 'Noto Color Emoji', sans-serif; color: #1f2328; }
bdi, .iso { unicode-bidi: isolate; }
h1, h2, h3 { margin: 0; font-weight: 700; }
.sheet { break-after: page; }
.sheet:last-child { break-after: auto; }

/* Cover */
.cover { display: flex; flex-direction: column; min-height: ${orientation === 'landscape' ? '170mm' : '260mm'}; }
.cover .kicker { text-transform: uppercase; letter-spacing: .12em; font-size: 9pt; color: #6b7280; }
.cover h1 { font-size: 26pt; margin: 4mm 0 2mm; line-height: 1.15; }
.cover .period { font-size: 14pt; color: #374151; margin-bottom: 8mm; }
.facts { border-collapse: collapse; width: 100%; margin-bottom: 8mm; }
.facts th { text-align: left; vertical-align: top; width: 38mm; padding: 1.6mm 3mm 1.6mm 0; color: #6b7280; font-weight: 400; }
.facts td { padding: 1.6mm 0; border-bottom: .3mm solid #e5e7eb; }
.hash { font-family: 'DejaVu Sans Mono', monospace; font-size: 7.5pt; color: #6b7280; word-break: break-all; }
.signature { margin-top: auto; border: .4mm solid #1f2328; border-radius: 2mm; padding: 4mm 5mm; }
.signature p { margin: 0 0 3mm; }
.signature .lines { display: grid; grid-template-columns: 1fr 1fr 1.2fr; gap: 6mm; }
.signature .line { border-bottom: .3mm solid #6b7280; padding-bottom: 9mm; font-weight: 700; }
.signature.compact { margin-top: 5mm; padding: 2.5mm 4mm; break-inside: avoid; }
.signature.compact .line { padding-bottom: 6mm; }

/* Month spread */
.month h2 { font-size: 16pt; margin-bottom: 3mm; }
.month table { width: 100%; border-collapse: collapse; table-layout: fixed; }
.month th { font-size: 7.5pt; font-weight: 400; color: #6b7280; text-align: left; padding: 0 1mm 1mm; }
.month table { break-inside: avoid; }
.month td { border: .25mm solid #d1d5db; vertical-align: top; padding: 1mm; height: var(--cell-height); overflow: hidden; }
.month td.out { background: #f3f4f6; color: #9ca3af; }
.month .day { font-weight: 700; font-size: 8pt; }
.month .entry { font-size: 6.5pt; line-height: 1.25; margin-top: .6mm; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; border-left: 1mm solid var(--c); padding-left: .8mm; }
.month .more { font-size: 6.5pt; color: #6b7280; margin-top: .6mm; }

/* Week pages */
.week h2 { font-size: 13pt; margin-bottom: 1mm; }
.week .count { color: #6b7280; margin-bottom: 3mm; }
.week h3 { font-size: 10pt; margin: 3mm 0 1.5mm; padding-bottom: .8mm; border-bottom: .3mm solid #d1d5db; break-after: avoid; }
.cards { display: grid; grid-template-columns: repeat(${columns}, 1fr); gap: 3mm; align-items: start; }
.card { break-inside: avoid; border: .3mm solid #d1d5db; border-top: 1.2mm solid var(--c); border-radius: 1.8mm; padding: 2.4mm; background: #fff; display: flex; flex-direction: column; gap: 1.6mm; }
.card-head { display: flex; gap: 2mm; align-items: flex-start; }
.badge { flex: none; width: 7mm; height: 7mm; border-radius: 50%; color: #fff; font-weight: 700; font-size: 7pt; display: flex; align-items: center; justify-content: center; }
.who { flex: 1; min-width: 0; }
.who .name { font-weight: 700; display: block; overflow-wrap: anywhere; }
.who .handle { color: #6b7280; font-size: 7.5pt; overflow-wrap: anywhere; }
.when { text-align: right; font-size: 8pt; white-space: nowrap; }
.when .time { font-weight: 700; font-size: 10pt; }
.when .zone { display: block; color: #6b7280; font-size: 6.5pt; }
.post-title { font-weight: 700; overflow-wrap: anywhere; }
.text { overflow-wrap: anywhere; unicode-bidi: isolate; }
.text .link, .text .tag, .text .mention { color: #1d4ed8; }
.text .link { text-decoration: underline; }
.extra { font-size: 7.5pt; color: #4b5563; overflow-wrap: anywhere; unicode-bidi: isolate; }
.thumbs { display: grid; grid-template-columns: repeat(2, 1fr); gap: 1mm; }
.thumbs.n1 { grid-template-columns: 1fr; }
.thumbs figure { margin: 0; position: relative; }
.thumbs .pic { width: 100%; height: ${orientation === 'landscape' ? '26mm' : '30mm'}; background-color: #f3f4f6; background-position: center; background-size: cover; background-repeat: no-repeat; border-radius: 1mm; }
.thumbs.n1 .pic { height: ${orientation === 'landscape' ? '38mm' : '45mm'}; }
.thumbs .missing { height: 14mm; border: .3mm dashed #9ca3af; border-radius: 1mm; font-size: 6.5pt; color: #6b7280; display: flex; align-items: center; justify-content: center; text-align: center; padding: 1mm; overflow-wrap: anywhere; }
.thumbs .play { position: absolute; left: 1mm; top: 1mm; background: rgba(0,0,0,.7); color: #fff; font-size: 6pt; padding: .3mm 1mm; border-radius: .8mm; }
.thumbs figcaption { font-size: 6pt; color: #6b7280; line-height: 1.2; margin-top: .4mm; overflow-wrap: anywhere; unicode-bidi: isolate; }
.card-foot { display: flex; flex-wrap: wrap; gap: 1mm 1.5mm; align-items: center; margin-top: auto; padding-top: 1.4mm; border-top: .25mm dashed #d1d5db; font-size: 7pt; }
.status { border: .35mm solid currentColor; border-radius: 1mm; padding: .2mm 1.2mm; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; font-size: 6.5pt; }
.status-approved { color: #047857; } .status-scheduled { color: #1d4ed8; } .status-published { color: #4b5563; }
.status-in_review { color: #b45309; } .status-changes_requested { color: #b91c1c; } .status-draft, .status-idea, .status-archived { color: #6b7280; }
.stamp { color: #047857; } .stamp.pending { color: #6b7280; } .stamp.other { color: #b91c1c; }
.chip { border-radius: 1mm; padding: .1mm 1mm; background: #f3f4f6; border-left: 1mm solid var(--c); overflow-wrap: anywhere; }
.empty { color: #6b7280; font-style: italic; }
`;
}
