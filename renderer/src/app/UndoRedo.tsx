/** Undo and redo buttons; their tooltip says what they would undo and the shortcut. */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { UndoStep } from '../state/undoSlice.js';
import { actions, useCalepin } from '../state/useCalepin.js';
import { Icon } from '../ui/Icon.js';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function useStepLabel(): (step: UndoStep | undefined) => string {
  const { t } = useTranslation();
  return (step) => {
    if (!step) return '';
    if (step.kind === 'move') {
      const title = step.moves[0]?.title.trim() || t('posts.untitled');
      return t('undo.steps.move', { count: step.moves.length, title });
    }
    const post = step.kind === 'edit' ? step.after : step.post;
    const title = post.title.trim() || t('posts.untitled');
    return t(`undo.steps.${step.kind}`, { title });
  };
}

export function UndoRedo() {
  const { t } = useTranslation();
  const label = useStepLabel();
  const { undoStep, redoStep, busy, readOnly } = useCalepin(
    useShallow((state) => ({
      undoStep: state.undoStack.at(-1),
      redoStep: state.redoStack.at(-1),
      busy: state.undoBusy,
      readOnly: state.status?.readOnly != null,
    })),
  );
  const mod = isMac ? t('keys.cmd') : t('keys.ctrl');
  const undoHint = t('undo.undoHint', { step: label(undoStep), shortcut: `${mod}+Z` });
  const redoHint = t('undo.redoHint', { step: label(redoStep), shortcut: `${t('keys.shift')}+${mod}+Z` });
  return (
    <div className="undo-redo">
      <button
        type="button"
        className="icon-button"
        aria-label={t('undo.undo')}
        title={undoStep ? undoHint : t('undo.nothingToUndo')}
        disabled={!undoStep || busy || readOnly}
        onClick={() => void actions().undo()}
      >
        <Icon name="undo" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('undo.redo')}
        title={redoStep ? redoHint : t('undo.nothingToRedo')}
        disabled={!redoStep || busy || readOnly}
        onClick={() => void actions().redo()}
      >
        <Icon name="redo" />
      </button>
    </div>
  );
}
