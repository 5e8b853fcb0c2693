/**
 * The workspace actions shared by the header menu and the welcome screen, with the dialogs they may
 * need: the web host has no native folder picker, so "open" falls back to typing a path.
 */
import { useState } from 'react';
import { actions } from '../../state/useCalepin.js';

export type WorkspaceDialog = { kind: 'open' } | { kind: 'create'; path: string } | null;

export function useWorkspaceActions() {
  const [dialog, setDialog] = useState<WorkspaceDialog>(null);

  async function open(): Promise<void> {
    const picked = await actions().pickFolder('open');
    if (picked === undefined) return;
    if (picked === null) setDialog({ kind: 'open' });
    else await actions().openWorkspace(picked);
  }

  return {
    dialog,
    closeDialog: () => setDialog(null),
    open,
    create: () => setDialog({ kind: 'create', path: '' }),
    openSample: () => actions().openSample(),
    openRecent: (path: string) => actions().openWorkspace(path),
  };
}
