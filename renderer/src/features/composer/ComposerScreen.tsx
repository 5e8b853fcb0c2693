/** Rédaction: the post being written, with its save state, delete, and a way to start another. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { actions, useCalepin } from '../../state/useCalepin.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { Icon } from '../../ui/Icon.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { PostEditor } from './PostEditor.js';
import { SaveIndicator } from './SaveIndicator.js';
import './composer.css';

export function ComposerScreen() {
  const { t } = useTranslation();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const { loading, isNew, readOnly, title } = useCalepin(
    useShallow((state) => ({
      loading: state.editor.loading,
      isNew: state.editor.base === null,
      readOnly: state.status?.readOnly != null,
      title: state.editor.draft.title.trim(),
    })),
  );
  return (
    <>
      <PageHeader
        title={isNew ? t('composer.newTitle') : t('composer.editTitle')}
        subtitle={<SaveIndicator />}
        focusOnArrival={!isNew}
        actions={
          <>
            {!isNew ? (
              <button type="button" className="button" onClick={() => void actions().newPost()}>
                <Icon name="plus" />
                {t('posts.new')}
              </button>
            ) : null}
            <button
              type="button"
              className="button button-danger-quiet"
              disabled={readOnly || loading}
              onClick={() => setConfirmDelete(true)}
            >
              <Icon name="trash" />
              {isNew ? t('composer.discard') : t('composer.delete')}
            </button>
          </>
        }
      />
      {loading ? (
        <p className="loading-line" role="status">
          {t('common.loading')}
        </p>
      ) : (
        <PostEditor />
      )}
      {confirmDelete ? (
        <ConfirmDialog
          title={isNew ? t('composer.discardTitle') : t('composer.deleteTitle')}
          message={
            isNew ? t('composer.discardMessage') : t('composer.deleteMessage', { title: title || t('posts.untitled') })
          }
          confirmLabel={isNew ? t('composer.discard') : t('composer.delete')}
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => {
            setConfirmDelete(false);
            void actions().deleteEditedPost();
          }}
        />
      ) : null}
    </>
  );
}
