/** The form: title and text on the left, status, date, time and accounts on the right. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { POST_STATUSES, type PostStatus } from '../../../../core/model/index.js';
import { actions, useCalepin } from '../../state/useCalepin.js';
import { AccountPicker } from './AccountPicker.js';
import { insertInto } from './fieldEdits.js';
import { InsertMenu } from './InsertMenu.js';
import { VariantsPanel } from './VariantsPanel.js';
import { WhenFields } from './WhenFields.js';

/** Puts a snippet at the caret of the master text, then gives the caret back after it. */
function insertInMaster(textId: string, snippet: string): void {
  const area = document.getElementById(textId) as HTMLTextAreaElement | null;
  const text = area?.value ?? '';
  const next = insertInto(text, area?.selectionStart ?? text.length, area?.selectionEnd ?? text.length, snippet);
  actions().editDraft({ text: next.value });
  requestAnimationFrame(() => {
    area?.focus();
    area?.setSelectionRange(next.caret, next.caret);
  });
}

export function PostEditor() {
  const { t } = useTranslation();
  const titleId = useId();
  const textId = useId();
  const statusId = useId();
  const { draft, readOnly, isNew } = useCalepin(
    useShallow((state) => ({
      draft: state.editor.draft,
      readOnly: state.status?.readOnly != null,
      isNew: state.editor.base === null,
    })),
  );
  return (
    <fieldset className="post-editor" disabled={readOnly}>
      <legend className="visually-hidden">{t('composer.formLabel')}</legend>
      <div className="editor-main">
        <div className="field">
          <label className="field-label" htmlFor={titleId}>
            {t('composer.title')}
          </label>
          <input
            id={titleId}
            className="input title-input"
            value={draft.title}
            placeholder={t('composer.titlePlaceholder')}
            onChange={(event) => actions().editDraft({ title: event.target.value })}
            autoFocus={isNew}
            maxLength={500}
          />
        </div>
        <div className="field grow" data-insert-scope>
          <div className="variant-text-head">
            <label className="field-label" htmlFor={textId}>
              {t('composer.text')}
            </label>
            <InsertMenu onInsert={(snippet) => insertInMaster(textId, snippet)} />
          </div>
          <textarea
            id={textId}
            className="input text-input"
            value={draft.text}
            placeholder={t('composer.textPlaceholder')}
            onChange={(event) => actions().editDraft({ text: event.target.value })}
            rows={8}
          />
        </div>
        <VariantsPanel />
      </div>
      <aside className="editor-side" aria-label={t('composer.properties')}>
        <div className="field">
          <label className="field-label" htmlFor={statusId}>
            {t('composer.status')}
          </label>
          <select
            id={statusId}
            className="input"
            value={draft.status}
            onChange={(event) => actions().editDraft({ status: event.target.value as PostStatus })}
          >
            {POST_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <WhenFields />
        <AccountPicker />
      </aside>
    </fieldset>
  );
}
