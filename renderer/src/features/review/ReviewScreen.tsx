/** Validation: posts waiting for a decision and posts sent back for changes, with what reviewers said. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Post, PostStatus } from '../../../../core/model/index.js';
import { actions, useCalepin } from '../../state/useCalepin.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { ReviewCard } from './ReviewCard.js';
import './review.css';

/** Sent back first: those are the CM's to do; the others wait on reviewers. */
const SECTIONS = ['changes_requested', 'in_review'] as const;

export function ReviewScreen() {
  const { t } = useTranslation();
  const { reviewPosts, reviewState, postsReady } = useCalepin(
    useShallow((state) => ({
      reviewPosts: state.reviewPosts,
      reviewState: state.reviewState,
      postsReady: state.postsState === 'ready',
    })),
  );

  useEffect(() => {
    if (postsReady) void actions().loadReview();
  }, [postsReady]);

  const byStatus = (status: PostStatus): Post[] => reviewPosts.filter((post) => post.status === status);
  return (
    <>
      <PageHeader title={t('review.title')} subtitle={t('review.subtitle')} />
      {reviewState === 'loading' && reviewPosts.length === 0 ? (
        <p className="loading-line" role="status">
          {t('common.loading')}
        </p>
      ) : reviewPosts.length === 0 && reviewState === 'ready' ? (
        <EmptyState icon="review" title={t('review.empty')} />
      ) : (
        SECTIONS.map((status) => {
          const posts = byStatus(status);
          return (
            <section key={status} className="review-section" aria-labelledby={`review-${status}`}>
              <h2 id={`review-${status}`} className="section-title">
                {t(`review.sections.${status}`)}
                <span className="section-count">{posts.length}</span>
              </h2>
              {posts.length === 0 ? (
                <p className="section-empty">{t('review.sectionEmpty')}</p>
              ) : (
                <ul className="review-list">
                  {posts.map((post) => (
                    <ReviewCard key={post.id} post={post} />
                  ))}
                </ul>
              )}
            </section>
          );
        })
      )}
    </>
  );
}
