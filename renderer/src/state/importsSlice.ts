/**
 * The import dialog's state: the file chosen, its preview (nothing written yet), and the outcome
 * once confirmed. An import error stays with the dialog (it says why the file was refused) rather
 * than in the app-wide error banner.
 */
import type { CalepinErrorData } from '../../../core/errors.js';
import type { ImportOutcome, ImportPreviewView } from '../../../core/imports/previewView.js';
import type { ColumnMapping } from '../../../core/imports/planImport.js';
import { asErrorData, changesStatus } from './errors.js';
import type { SliceCreator } from './store.js';

export type ImportStep = 'idle' | 'previewing' | 'previewed' | 'applying' | 'applied';

export interface ImportsSlice {
  importStep: ImportStep;
  importPreview: ImportPreviewView | null;
  importOutcome: ImportOutcome | null;
  importError: CalepinErrorData | null;
  pickImportFile(title: string): Promise<string | null>;
  previewImport(path: string, mapping?: ColumnMapping): Promise<void>;
  applyImport(as?: string): Promise<void>;
  resetImport(): void;
}

export const createImportsSlice: SliceCreator<ImportsSlice> = (deps) => (set, get) => ({
  importStep: 'idle',
  importPreview: null,
  importOutcome: null,
  importError: null,

  async pickImportFile(title) {
    try {
      return (await deps.call('imports.pickFile', { title })).path;
    } catch {
      return null;
    }
  },

  async previewImport(path, mapping) {
    set({ importStep: 'previewing', importError: null, importOutcome: null });
    try {
      const preview = await deps.call('imports.preview', mapping ? { path, mapping } : { path });
      set({ importStep: 'previewed', importPreview: preview });
    } catch (error) {
      set({ importStep: 'idle', importPreview: null, importError: asErrorData(error) });
    }
  },

  async applyImport(as) {
    const preview = get().importPreview;
    if (!preview) return;
    set({ importStep: 'applying', importError: null });
    try {
      const outcome = await deps.call('imports.apply', as ? { token: preview.token, as } : { token: preview.token });
      set({ importStep: 'applied', importOutcome: outcome, importPreview: null });
      await get().loadPosts();
    } catch (error) {
      const data = asErrorData(error);
      set({ importStep: 'previewed', importError: data });
      if (changesStatus(data)) await get().loadStatus();
    }
  },

  resetImport() {
    set({ importStep: 'idle', importPreview: null, importOutcome: null, importError: null });
  },
});
