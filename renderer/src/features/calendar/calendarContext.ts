/**
 * What every post on the grid needs to draw itself, computed once per render of the calendar. The
 * words a post shows or says (network marks, account and status names) are translated here once per
 * language, not by each of the hundreds of posts a month draws.
 */
import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';
import type { GapConflict } from '../../../../core/calendar/gaps.js';
import type { Account, Label, PostStatus } from '../../../../core/model/index.js';
import { POST_STATUSES } from '../../../../core/model/index.js';
import { readableTextOn } from '../../ui/colour.js';

/** An account as a post on the grid shows it: its network mark, colours and spoken name. */
export interface AccountLook {
  account: Account;
  mark: string;
  background: string;
  colour: string;
  /** « Instagram @atelier » */
  spoken: string;
}

export interface CalendarWords {
  untitled: string;
  status: Readonly<Record<PostStatus, string>>;
  unknownAccount: string;
}

export interface CalendarContextValue {
  /** The zone the calendar shows (the workspace's, or an account's). */
  zone: string;
  accounts: ReadonlyMap<string, Account>;
  looks: ReadonlyMap<string, AccountLook>;
  labels: ReadonlyMap<string, Label>;
  conflicts: ReadonlyMap<string, GapConflict[]>;
  words: CalendarWords;
  t: TFunction;
}

export function accountLooks(accounts: readonly Account[], t: TFunction): Map<string, AccountLook> {
  return new Map(
    accounts.map((account) => [
      account.id as string,
      {
        account,
        mark: t(`networkMarks.${account.network}`),
        background: account.colour,
        colour: readableTextOn(account.colour),
        spoken: t('accounts.badgeLabel', { network: t(`networks.${account.network}`), handle: account.handle }),
      },
    ]),
  );
}

export function calendarWords(t: TFunction): CalendarWords {
  return {
    untitled: t('posts.untitled'),
    status: Object.fromEntries(POST_STATUSES.map((status) => [status, t(`status.${status}`)])) as Record<
      PostStatus,
      string
    >,
    unknownAccount: t('accounts.unknown'),
  };
}

export const CalendarContext = createContext<CalendarContextValue | null>(null);

export function useCalendarContext(): CalendarContextValue {
  const value = useContext(CalendarContext);
  if (!value) throw new Error('A calendar post is drawn outside the calendar.');
  return value;
}
