/**
 * « Insérer »: the workspace's snippets and hashtag groups (and, in a variant, the account's
 * signature), put at the caret of the field last typed in. Ctrl+Maj+K (Cmd+Shift+K on a Mac) opens
 * it from the fields of its scope (the master text, or the variant); arrow keys move through it,
 * Enter picks, Escape closes.
 */
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../core/model/index.js';
import { actions } from '../../state/useCalepin.js';
import { usePopover } from '../../ui/usePopover.js';
import { useWorkspace } from '../../ui/useWorkspace.js';

export function hashtagLine(hashtags: readonly string[]): string {
  return hashtags.map((tag) => `#${tag.replace(/^[#＃]/u, '')}`).join(' ');
}

/** True for the shortcut that opens the menu. */
export function isInsertShortcut(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}) {
  return event.key.toLowerCase() === 'k' && event.shiftKey && !event.altKey && (event.ctrlKey || event.metaKey);
}

interface Props {
  /** In a variant: offers the account's signature too. */
  account?: Account;
  onInsert: (text: string) => void;
}

export function InsertMenu({ account, onInsert }: Props) {
  const { t } = useTranslation();
  const menuId = useId();
  const workspace = useWorkspace();
  const { open, toggle, close, ref } = usePopover<HTMLDivElement>();
  const list = useRef<HTMLDivElement>(null);
  const snippets = workspace?.snippets ?? [];
  const groups = workspace?.hashtagGroups ?? [];
  const signature = account?.style.signature.trim() ?? '';

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!isInsertShortcut(event)) return;
      const editor = ref.current?.closest('[data-insert-scope]');
      if (!editor || !(event.target instanceof Node) || !editor.contains(event.target)) return;
      event.preventDefault();
      if (!open) toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, toggle, ref]);

  useEffect(() => {
    if (open) list.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const pick = (text: string) => {
    close();
    onInsert(text);
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowDown') next = items[(index + 1) % items.length];
    else if (event.key === 'ArrowUp') next = items[(index - 1 + items.length) % items.length];
    else if (event.key === 'Home') next = items[0];
    else if (event.key === 'End') next = items.at(-1);
    else if (event.key === 'Tab') close();
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  const empty = snippets.length === 0 && groups.length === 0;
  return (
    <div className="insert-menu" ref={ref}>
      <button
        type="button"
        className="button button-small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title={t('composer.insert.label')}
        onClick={toggle}
      >
        {t('composer.insert.button')}
      </button>
      {open ? (
        <div
          id={menuId}
          ref={list}
          role="menu"
          aria-label={t('composer.insert.label')}
          className="insert-menu-list"
          onKeyDown={onMenuKey}
        >
          {snippets.length > 0 ? (
            <div role="group" aria-label={t('composer.insert.snippets')}>
              <div className="insert-menu-heading" aria-hidden="true">
                {t('composer.insert.snippets')}
              </div>
              {snippets.map((snippet) => (
                <button
                  key={snippet.id}
                  type="button"
                  role="menuitem"
                  className="insert-menu-item"
                  data-snippet={snippet.id}
                  onClick={() => pick(snippet.text)}
                >
                  <span className="insert-menu-name">{snippet.name}</span>
                  <span className="insert-menu-preview">{snippet.text}</span>
                </button>
              ))}
            </div>
          ) : null}
          {groups.length > 0 ? (
            <div role="group" aria-label={t('composer.insert.hashtagGroups')}>
              <div className="insert-menu-heading" aria-hidden="true">
                {t('composer.insert.hashtagGroups')}
              </div>
              {groups.map((group) => (
                <button
                  key={group.id}
                  type="button"
                  role="menuitem"
                  className="insert-menu-item"
                  onClick={() => pick(hashtagLine(group.hashtags))}
                >
                  <span className="insert-menu-name">{group.name}</span>
                  <span className="insert-menu-preview">{hashtagLine(group.hashtags)}</span>
                </button>
              ))}
            </div>
          ) : null}
          {signature !== '' ? (
            <button type="button" role="menuitem" className="insert-menu-item" onClick={() => pick(signature)}>
              <span className="insert-menu-name">{t('composer.insert.signature')}</span>
              <span className="insert-menu-preview">{signature}</span>
            </button>
          ) : null}
          {empty ? <p className="insert-menu-empty">{t('composer.insert.empty')}</p> : null}
          <button
            type="button"
            role="menuitem"
            className="insert-menu-item insert-menu-manage"
            onClick={() => {
              close();
              actions().navigate('settings');
            }}
          >
            {t('composer.insert.manage')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
