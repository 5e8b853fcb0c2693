/** The human output of `calepin posts`: one row per post, dates in each post's own zone. */
import { instantToWallClock } from '../../core/calendar/zonedTime.js';
import type { PostStatus, PostSummary } from '../../core/model/index.js';
import type { CliLanguage } from './io.js';

const STATUS: Record<PostStatus, Record<CliLanguage, string>> = {
  idea: { fr: 'idée', en: 'idea' },
  draft: { fr: 'brouillon', en: 'draft' },
  in_review: { fr: 'en validation', en: 'in review' },
  changes_requested: { fr: 'à reprendre', en: 'changes requested' },
  approved: { fr: 'validée', en: 'approved' },
  scheduled: { fr: 'programmée', en: 'scheduled' },
  published: { fr: 'publiée', en: 'published' },
  archived: { fr: 'archivée', en: 'archived' },
};

const HEADERS: Record<CliLanguage, string[]> = {
  fr: ['Date', 'Statut', 'Titre', 'Comptes', 'Id'],
  en: ['Date', 'Status', 'Title', 'Accounts', 'Id'],
};

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function cut(text: string, width: number): string {
  const parts = [...graphemes.segment(text)].map((s) => s.segment);
  return parts.length <= width ? text : `${parts.slice(0, width - 1).join('')}…`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...graphemes.segment(text)].length));
}

/** Dated posts in time order, then the backlog (shown as such), then by title. */
export function sortForListing(posts: PostSummary[]): PostSummary[] {
  return [...posts].sort((a, b) => {
    if (a.plannedAt !== b.plannedAt) {
      if (a.plannedAt === null) return 1;
      if (b.plannedAt === null) return -1;
      return a.plannedAt < b.plannedAt ? -1 : 1;
    }
    return a.title.localeCompare(b.title);
  });
}

export function postsTable(posts: PostSummary[], handles: Map<string, string>, language: CliLanguage): string[] {
  const rows = sortForListing(posts).map((post) => {
    const when = post.plannedAt ? instantToWallClock(post.plannedAt, post.zone) : null;
    const untitled = language === 'fr' ? '(sans titre)' : '(untitled)';
    return [
      when ? `${when.date} ${when.time} ${post.zone}` : 'backlog',
      STATUS[post.status][language],
      cut(post.title || untitled, 48),
      cut(post.accounts.map((id) => handles.get(id) ?? id).join(', '), 48),
      post.id,
    ];
  });
  const table = [HEADERS[language], ...rows];
  const widths = HEADERS[language].map((_, column) =>
    Math.max(...table.map((row) => [...graphemes.segment(row[column] ?? '')].length)),
  );
  const render = (row: string[]) =>
    row.map((cell, column) => (column === row.length - 1 ? cell : pad(cell, widths[column] ?? 0))).join('  ');
  const total = language === 'fr' ? `${posts.length} publication(s)` : `${posts.length} post(s)`;
  return [render(table[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(render), total];
}
