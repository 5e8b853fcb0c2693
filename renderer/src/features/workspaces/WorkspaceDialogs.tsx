import type { WorkspaceDialog } from './useWorkspaceActions.js';
import { CreateWorkspaceDialog } from './CreateWorkspaceDialog.js';
import { OpenFolderDialog } from './OpenFolderDialog.js';

export function WorkspaceDialogs({ dialog, onClose }: { dialog: WorkspaceDialog; onClose: () => void }) {
  if (dialog?.kind === 'open') return <OpenFolderDialog onClose={onClose} />;
  if (dialog?.kind === 'create') return <CreateWorkspaceDialog onClose={onClose} />;
  return null;
}
