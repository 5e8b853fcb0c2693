/** Backlog: the posts without a date yet, ideas first to hand when planning. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { backlogOf, hasActiveFilters, selectFilteredPosts } from '../../state/postQueries.js';
import { actions, useCalepin } from '../../state/useCalepin.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { FilterBar } from '../../ui/FilterBar.js';
import { Icon } from '../../ui/Icon.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { PostRow } from '../../ui/PostRow.js';

export function BacklogScreen() {
  const { t } = useTranslation();
  const { posts, filtered, filters } = useCalepin(
    useShallow((state) => ({ posts: state.posts, filtered: selectFilteredPosts(state), filters: state.filters })),
  );
  const backlog = useMemo(() => backlogOf(posts), [posts]);
  const shown = useMemo(() => backlogOf(filtered), [filtered]);
  return (
    <>
      <PageHeader
        title={t('backlog.title')}
        subtitle={t('backlog.subtitle')}
        actions={
          <button
            type="button"
            className="button button-primary"
            onClick={() => void actions().newPost({ status: 'idea' })}
          >
            <Icon name="plus" />
            {t('backlog.newIdea')}
          </button>
        }
      />
      <FilterBar resultLabel={t('calendar.shownCount', { count: shown.length, total: backlog.length })} />
      {shown.length > 0 ? (
        <div className="list-scroll">
          <ul className="post-list backlog-list">
            {shown.map((post) => (
              <PostRow key={post.id} post={post} time={null} onOpen={(item) => void actions().openPost(item.id)} />
            ))}
          </ul>
        </div>
      ) : hasActiveFilters(filters) ? (
        <EmptyState icon="filter" title={t('calendar.noMatch')}>
          <button type="button" className="button" onClick={() => actions().clearFilters()}>
            {t('filters.clear')}
          </button>
        </EmptyState>
      ) : (
        <EmptyState icon="backlog" title={t('backlog.empty')} />
      )}
    </>
  );
}
