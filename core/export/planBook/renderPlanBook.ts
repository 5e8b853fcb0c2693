/**
 * The plan book as one self-contained HTML document, ready to print to A4: a cover, a month
 * spread per month of the period, then a page (or more) per week with one card per post and
 * account. Pure: the same input gives the same bytes, so the document is tested without a
 * browser and printed by whichever Chromium the host has.
 *
 * The document's own Content-Security-Policy forbids every load but inline styles and data:
 * images, so even a mistake elsewhere could not make the PDF fetch anything.
 */
import { escapeHtml } from './escapeHtml.js';
import { pictureSheet } from './pictures.js';
import { coverHtml, monthSpreadsHtml, weekPagesHtml } from './pages.js';
import { PLAN_BOOK_STRINGS } from './strings.js';
import { planBookCss } from './styles.js';
import type { PlanBookInput } from './types.js';

export const PLAN_BOOK_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:";

export function renderPlanBookHtml(input: PlanBookInput): string {
  const s = PLAN_BOOK_STRINGS[input.selection.locale];
  const footer = `${input.workspace.name} · ${s.title} · ${s.version} ${input.versionHash.slice(0, 12)}`;
  const pictures = pictureSheet(input.thumbnails);
  const context = {
    locale: input.selection.locale,
    strings: s,
    workspaceZone: input.workspace.zone,
    pictures,
  };
  // The pages first: the picture rules list only the pictures the cards used.
  const body = [coverHtml(input, s), monthSpreadsHtml(input, s), weekPagesHtml(input, s, context)].join('\n');
  return `<!DOCTYPE html>
<html lang="${s.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PLAN_BOOK_CSP}">
<title>${escapeHtml(`${s.title} · ${input.workspace.name}`)}</title>
<style>${planBookCss(input.orientation, footer, s.page)}
${pictures.css()}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
