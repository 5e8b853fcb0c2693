/** What a screen reader says for a post on the calendar: time, title, status, accounts, gap warning. */
import type { TFunction } from 'i18next';
import type { PostSummary } from '../../../../core/model/index.js';
import type { AccountLook, CalendarWords } from './calendarContext.js';

export function postTitle(post: PostSummary, untitled: string): string {
  return post.title.trim() || post.excerpt.trim() || untitled;
}

export function postLabel(
  post: PostSummary,
  time: string,
  looks: ReadonlyMap<string, AccountLook>,
  hasGap: boolean,
  words: CalendarWords,
  t: TFunction,
): string {
  const accounts = post.accounts.map((id) => looks.get(id)?.spoken ?? words.unknownAccount).join(', ');
  const values = { time, title: postTitle(post, words.untitled), status: words.status[post.status], accounts };
  return hasGap ? t('calendar.postLabelGap', values) : t('calendar.postLabel', values);
}
