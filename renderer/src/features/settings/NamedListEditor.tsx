/**
 * An editable list of named items saved with one button: the snippets and the hashtag groups of
 * Réglages › Textes réutilisables. The list is edited as drafts; saving cleans them and refuses an
 * item left without a name or a content (said in the user's language), so nothing half-made is saved.
 */
import { nanoid } from 'nanoid';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface NamedDraft {
  id: string;
  name: string;
}

interface Labels {
  title: string;
  empty: string;
  newName: string;
  add: string;
  save: string;
}

interface NamedListEditorProps<D extends NamedDraft, S> {
  saved: readonly D[];
  readOnly: boolean;
  labels: Labels;
  /** A new item's fields besides its id and name. */
  blank: Omit<D, 'id' | 'name'>;
  /** The draft as it is saved, or `null` when it is incomplete. */
  clean: (draft: D) => S | null;
  onSave: (items: S[]) => Promise<unknown>;
  /** The item's own fields; `fieldId` makes their ids unique on the page. */
  children: (draft: D, edit: (change: Partial<D>) => void, fieldId: (name: string) => string) => ReactNode;
}

export function NamedListEditor<D extends NamedDraft, S>(props: NamedListEditorProps<D, S>) {
  const { saved, readOnly, labels, blank, clean, onSave, children } = props;
  const { t } = useTranslation();
  const baseId = useId();
  const [items, setItems] = useState<D[]>([...saved]);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setItems([...saved]), [saved]);
  const changed = JSON.stringify(items) !== JSON.stringify(saved);
  const edit = (id: string) => (change: Partial<D>) =>
    setItems((list) => list.map((item) => (item.id === id ? { ...item, ...change } : item)));

  const save = async () => {
    const cleaned = items.map(clean);
    if (cleaned.some((item) => item === null)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    await onSave(cleaned as S[]);
  };

  return (
    <form
      className="reusable-list"
      aria-labelledby={`${baseId}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id={`${baseId}-title`} className="reusable-title">
        {labels.title}
      </h3>
      <fieldset className="plain-fieldset" disabled={readOnly}>
        <legend className="visually-hidden">{labels.title}</legend>
        {items.length === 0 ? <p className="field-hint">{labels.empty}</p> : null}
        {items.map((item, index) => (
          <div key={item.id} className="reusable-item" data-item={item.id}>
            {children(item, edit(item.id), (name) => `${baseId}-${name}-${index}`)}
            <button
              type="button"
              className="link-button reusable-remove"
              aria-label={t('snippets.removeLabel', { name: item.name || labels.newName })}
              onClick={() => setItems((list) => list.filter((other) => other.id !== item.id))}
            >
              {t('snippets.remove')}
            </button>
          </div>
        ))}
        {invalid ? (
          <p className="field-error" role="alert">
            {t('snippets.invalid')}
          </p>
        ) : null}
        <div className="settings-actions reusable-actions">
          <button
            type="button"
            className="button"
            onClick={() => setItems((list) => [...list, { ...blank, id: nanoid(10), name: labels.newName } as D])}
          >
            {labels.add}
          </button>
          <button type="submit" className="button button-primary" disabled={!changed}>
            {labels.save}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
