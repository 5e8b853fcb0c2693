/** What to do with the selected items: tag, move to a folder, delete (after seeing where they are used). */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actions } from '../../state/useCalepin.js';

interface Props {
  ids: string[];
  folders: readonly string[];
  tags: readonly string[];
  onClear: () => void;
  onDelete: () => void;
}

export function BulkBar({ ids, folders, tags, onClear, onDelete }: Props) {
  const { t } = useTranslation();
  const [tag, setTag] = useState('');
  const [folder, setFolder] = useState('');
  const tagId = useId();
  const folderId = useId();
  const tagsListId = useId();
  const foldersListId = useId();

  const addTag = async () => {
    const value = tag.trim();
    if (!value) return;
    await actions().updateManyMedia(ids, { addTags: [value] });
    setTag('');
  };
  const move = async () => {
    await actions().updateManyMedia(ids, { folder });
    setFolder('');
  };

  return (
    <div className="bulk-bar" role="region" aria-label={t('library.bulk.label')}>
      <strong className="bulk-count">{t('library.bulk.selected', { count: ids.length })}</strong>
      <form
        className="bulk-field"
        onSubmit={(event) => {
          event.preventDefault();
          void addTag();
        }}
      >
        <label htmlFor={tagId}>{t('library.bulk.tag')}</label>
        <input
          id={tagId}
          className="input"
          list={tagsListId}
          value={tag}
          maxLength={100}
          onChange={(event) => setTag(event.target.value)}
        />
        <datalist id={tagsListId}>
          {tags.map((value) => (
            <option key={value} value={value} />
          ))}
        </datalist>
        <button type="submit" className="button button-small" disabled={!tag.trim()}>
          {t('library.bulk.addTag')}
        </button>
      </form>
      <form
        className="bulk-field"
        onSubmit={(event) => {
          event.preventDefault();
          void move();
        }}
      >
        <label htmlFor={folderId}>{t('library.bulk.folder')}</label>
        <input
          id={folderId}
          className="input"
          list={foldersListId}
          value={folder}
          maxLength={500}
          placeholder={t('library.bulk.folderPlaceholder')}
          onChange={(event) => setFolder(event.target.value)}
        />
        <datalist id={foldersListId}>
          {folders.map((value) => (
            <option key={value} value={value} />
          ))}
        </datalist>
        <button type="submit" className="button button-small">
          {t('library.bulk.move')}
        </button>
      </form>
      <span className="bulk-spacer" />
      <button type="button" className="button button-small button-danger" onClick={onDelete}>
        {t('library.bulk.delete')}
      </button>
      <button type="button" className="link-button" onClick={onClear}>
        {t('library.bulk.clear')}
      </button>
    </div>
  );
}
