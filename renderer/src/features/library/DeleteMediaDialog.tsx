/**
 * Deleting items asks first, and when posts use them, lists those posts: they will lose these
 * attachments. Nothing is deleted silently.
 */
import { useTranslation } from 'react-i18next';
import type { MediaPostRef } from '../../../../core/api.js';
import { formatDateTime } from '../../i18n/format.js';
import { useCalepin } from '../../state/useCalepin.js';
import { CancelSubmitFooter, Dialog } from '../../ui/Dialog.js';
import { useLanguage } from '../../ui/useLanguage.js';

interface Props {
  count: number;
  /** The posts using any of the items, each once. */
  posts: MediaPostRef[];
  onConfirm: () => void;
  onCancel: () => void;
}

export function DeleteMediaDialog({ count, posts, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const zone = useCalepin((state) => state.status?.workspace?.settings.zone ?? 'Europe/Paris');
  return (
    <Dialog
      title={t('library.delete.title', { count })}
      tone="danger"
      onClose={onCancel}
      onSubmit={onConfirm}
      footer={
        <CancelSubmitFooter
          onCancel={onCancel}
          submitLabel={t('library.delete.confirm', { count })}
          tone="danger"
          autoFocusSubmit
        />
      }
    >
      {posts.length === 0 ? (
        <p>{t('library.delete.unused', { count })}</p>
      ) : (
        <>
          <p>{t('library.delete.used', { count: posts.length })}</p>
          <ul className="delete-usage" data-testid="delete-usage">
            {posts.map((post) => (
              <li key={post.id}>
                <strong>{post.title || post.excerpt || t('posts.untitled')}</strong>
                <span className="usage-when">
                  {post.plannedAt ? formatDateTime(post.plannedAt, zone, language) : t('posts.noDate')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
