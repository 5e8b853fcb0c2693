/**
 * The card shown while the pointer rests on a post: each target account's first line and what
 * core/validate finds wrong with it. The full post is read once per revision and kept.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validatePost } from '../../../../core/validate/index.js';
import type { Post, PostSummary } from '../../../../core/model/index.js';
import { call } from '../../api/client.js';
import { useCalepin } from '../../state/useCalepin.js';
import { misfitParams } from '../../i18n/misfitParams.js';
import { useLanguage } from '../../ui/useLanguage.js';
import { NetworkMark } from '../../ui/AccountBadge.js';
import { StatusChip } from '../../ui/StatusChip.js';
import { useCalendarContext } from './calendarContext.js';
import { postTitle } from './postLabel.js';

const cache = new Map<string, Post>();

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  );
}

export interface HoverTarget {
  post: PostSummary;
  /** Where to draw the card: beside the post on screen. */
  x: number;
  y: number;
}

export function PostHoverCard({ target }: { target: HoverTarget }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { accounts, words } = useCalendarContext();
  const media = useCalepin((state) => state.media);
  const requests = useCalepin((state) => state.requests);
  const key = `${target.post.id}:${target.post.revision}`;
  const [post, setPost] = useState<Post | null>(() => cache.get(key) ?? null);

  useEffect(() => {
    let live = true;
    const known = cache.get(key);
    if (known) {
      setPost(known);
      return;
    }
    setPost(null);
    call('posts.get', { id: target.post.id })
      .then((full) => {
        cache.set(key, full);
        if (live) setPost(full);
      })
      // Deleted meanwhile: the card says what the summary knows; the calendar reloads on the next move.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key, target.post.id]);

  const problems = post ? validatePost(post, [...accounts.values()], media) : [];
  const request = post?.requestId ? requests.find((item) => item.id === post.requestId) : undefined;
  return (
    <div className="hover-card" role="tooltip" style={{ left: target.x, top: target.y }}>
      <div className="hover-card-head">
        <strong>{postTitle(target.post, words.untitled)}</strong>
        <StatusChip status={target.post.status} />
      </div>
      {request ? <p className="hover-card-request">{t('calendar.hover.request', { from: request.from })}</p> : null}
      {post === null ? (
        <p className="hover-card-muted">{t('calendar.hover.loading')}</p>
      ) : (
        <ul className="hover-card-variants">
          {problems.map((entry) => {
            const account = accounts.get(entry.accountId);
            const variant = post.variants.find((item) => item.accountId === entry.accountId);
            const text = variant?.customised ? variant.text : post.masterText;
            return (
              <li key={entry.accountId}>
                <div className="hover-card-line">
                  {account ? <NetworkMark account={account} /> : null}
                  <span className="hover-card-handle">{account?.handle ?? t('accounts.unknown')}</span>
                  <span className="hover-card-text">{firstLine(text) || t('calendar.hover.noText')}</span>
                </div>
                {entry.problems.length === 0 ? (
                  <p className="hover-card-ok">{t('calendar.hover.noProblems')}</p>
                ) : (
                  <ul className="hover-card-problems">
                    {entry.problems.slice(0, 3).map((problem, index) => (
                      <li key={index} className={`problem-${problem.severity}`}>
                        {t(`calendar.problems.${problem.code}`, {
                          name: problem.params.name,
                          ...misfitParams(problem.params, language),
                        })}
                      </li>
                    ))}
                    {entry.problems.length > 3 ? (
                      <li>{t('calendar.hover.problems', { count: entry.problems.length })}</li>
                    ) : null}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
