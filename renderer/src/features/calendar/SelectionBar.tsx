/**
 * What can be done with the selected posts: shift them together by days (keeping each one's time in
 * its own zone), send them to the backlog, or let go. In the week view, selects the week's posts.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { moveManyByDays } from '../../../../core/calendar/moves.js';
import type { PostId, PostSummary } from '../../../../core/model/index.js';
import { idsOf } from '../../state/postQueries.js';
import { actions, calepinStore, useCalepin } from '../../state/useCalepin.js';

function shiftSelection(days: number): void {
  const state = calepinStore.getState();
  const selected = state.posts.filter((post) => state.selectedPosts.includes(post.id));
  const moves = moveManyByDays(selected, days);
  void state.movePosts(moves.map((move) => ({ id: move.id as PostId, to: move.to })));
}

export function SelectionBar({
  shown,
  canSelectWeek,
  readOnly,
}: {
  shown: PostSummary[];
  canSelectWeek: boolean;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const daysId = useId();
  const [days, setDays] = useState('7');
  const selected = useCalepin(
    useShallow((state) => {
      const ids = idsOf(state.posts);
      return state.selectedPosts.filter((id) => ids.has(id));
    }),
  );
  if (selected.length === 0 && !canSelectWeek) return null;
  const count = Number.parseInt(days, 10);
  return (
    <div className="selection-bar" role="toolbar" aria-label={t('calendar.selectedCount', { count: selected.length })}>
      {canSelectWeek ? (
        <button
          type="button"
          className="button button-ghost"
          onClick={() => actions().selectPosts(shown.map((post) => post.id))}
        >
          {t('calendar.selectWeek')}
        </button>
      ) : null}
      {selected.length > 0 ? (
        <>
          <span className="selection-count" aria-live="polite">
            {t('calendar.selectedCount', { count: selected.length })}
          </span>
          <button type="button" className="button" disabled={readOnly} onClick={() => shiftSelection(-1)}>
            {t('calendar.dayEarlier')}
          </button>
          <button type="button" className="button" disabled={readOnly} onClick={() => shiftSelection(1)}>
            {t('calendar.dayLater')}
          </button>
          <label htmlFor={daysId} className="selection-days">
            {t('calendar.moveByDays')}
            <input
              id={daysId}
              className="input"
              type="number"
              min={-365}
              max={365}
              value={days}
              onChange={(event) => setDays(event.target.value)}
            />
            {t('calendar.days')}
          </label>
          <button
            type="button"
            className="button"
            disabled={readOnly || !Number.isInteger(count) || count === 0}
            onClick={() => shiftSelection(count)}
          >
            {t('calendar.moveSelection')}
          </button>
          <button
            type="button"
            className="button"
            disabled={readOnly}
            onClick={() => {
              const ids = calepinStore.getState().selectedPosts;
              void actions().movePosts(ids.map((id) => ({ id, to: null })));
            }}
          >
            {t('calendar.toBacklog')}
          </button>
          <button type="button" className="button button-ghost" onClick={() => actions().selectPosts([])}>
            {t('calendar.clearSelection')}
          </button>
        </>
      ) : null}
    </div>
  );
}
