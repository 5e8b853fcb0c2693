import { CancelSubmitFooter, Dialog } from './Dialog.js';

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  tone?: 'default' | 'danger';
}

export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  onConfirm,
  onCancel,
  tone = 'danger',
}: ConfirmDialogProps) {
  return (
    <Dialog
      title={title}
      tone={tone}
      onClose={onCancel}
      onSubmit={onConfirm}
      footer={<CancelSubmitFooter onCancel={onCancel} submitLabel={confirmLabel} tone={tone} autoFocusSubmit />}
    >
      <p>{message}</p>
    </Dialog>
  );
}
