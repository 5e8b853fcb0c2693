/**
 * Previews waiting for the user's confirmation, by token. Applying quotes the token, so exactly
 * what was shown is applied; a file that changed on disk since its preview is refused.
 */
import { randomUUID } from 'node:crypto';
import type { ColumnMapping } from '../../core/imports/planImport.js';
import type { ImportOutcome, ImportPreviewView } from '../../core/imports/previewView.js';
import type { WorkspaceStore } from '../store/WorkspaceStore.js';
import { applyPlan, applyReview, type ApplyOptions } from './applyImport.js';
import { rejected } from './importError.js';
import { fileStamp, previewImportFile, type FilePreview } from './previewImport.js';

/** Only the last few previews are kept: a preview is a step of one dialog, not a store. */
const KEPT = 8;

export class ImportSession {
  private readonly previews = new Map<string, FilePreview & { workspace: string }>();

  async preview(store: WorkspaceStore, file: string, mapping?: ColumnMapping): Promise<ImportPreviewView> {
    const found = await previewImportFile(store, file, mapping);
    const token = randomUUID();
    this.previews.set(token, { ...found, workspace: store.dir });
    while (this.previews.size > KEPT) this.previews.delete(this.previews.keys().next().value!);
    return { token, file: found.file, preview: found.preview };
  }

  async apply(store: WorkspaceStore, token: string, options: ApplyOptions): Promise<ImportOutcome> {
    const found = this.previews.get(token);
    if (!found || found.workspace !== store.dir) throw rejected('file_changed', found?.file ?? '');
    const stamp = await fileStamp(found.file).catch(() => null);
    if (stamp !== found.stamp) throw rejected('file_changed', found.file);
    this.previews.delete(token);
    return found.preview.kind === 'review'
      ? applyReview(store, found.preview, options)
      : applyPlan(store, found.preview, options);
  }
}
