/**
 * A modal dialog on the native <dialog> element: focus stays inside, Escape closes, the page behind
 * is inert. Closing (Escape, the close button, a Cancel) always goes through `onClose`.
 */
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon.js';
import './Dialog.css';

interface DialogProps {
  title: string;
  onClose: () => void;
  /** When given, the body is a form and Enter submits it. */
  onSubmit?: () => void;
  children: ReactNode;
  footer: ReactNode;
  tone?: 'default' | 'danger';
}

export function Dialog({ title, onClose, onSubmit, children, footer, tone = 'default' }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };

  const body = (
    <>
      <div className="dialog-body">{children}</div>
      <div className="dialog-footer">{footer}</div>
    </>
  );

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${tone}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('common.close')}>
          <Icon name="close" />
        </button>
      </header>
      {onSubmit ? <form onSubmit={submit}>{body}</form> : body}
    </dialog>
  );
}

interface CancelSubmitFooterProps {
  onCancel: () => void;
  submitLabel: string;
  disabled?: boolean;
  tone?: 'default' | 'danger';
  autoFocusSubmit?: boolean;
}

/** The usual footer of a form dialog: Cancel, then the action that submits the form. */
export function CancelSubmitFooter({
  onCancel,
  submitLabel,
  disabled,
  tone = 'default',
  autoFocusSubmit,
}: CancelSubmitFooterProps) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button
        type="submit"
        className={tone === 'danger' ? 'button button-danger' : 'button button-primary'}
        disabled={disabled}
        autoFocus={autoFocusSubmit}
      >
        {submitLabel}
      </button>
    </>
  );
}
