/**
 * The `pdf` export: the plan book (core/export/planBook) printed to A4, portrait by default or
 * `landscape` as the profile. The printer is the host's: Electron's printToPDF in the app, Debian's
 * Chromium elsewhere.
 */
import { renderPlanBookHtml } from '../../core/export/planBook/renderPlanBook.js';
import type { PlanBookInput } from '../../core/export/planBook/types.js';
import type { ExportContext } from './job.js';
import { chromiumPrinter } from './pdfPrinter.js';
import { planBookThumbnails } from './pdfThumbnails.js';
import type { FormatWriter } from './writer.js';

export const PDF_PROFILES = ['portrait', 'landscape'] as const;

/** Names the selection's filters as the reader knows them (display names, not ids). */
export async function planBookInput(context: ExportContext): Promise<PlanBookInput> {
  const { workspace, selection, rows } = context;
  const name = <T extends { id: string }>(list: readonly T[], ids: readonly string[], label: (t: T) => string) =>
    ids.map((id) => {
      const found = list.find((item) => item.id === id);
      return found ? label(found) : id;
    });
  return {
    workspace: { name: workspace.name, zone: workspace.settings.zone },
    selection: {
      from: selection.from,
      to: selection.to,
      locale: selection.locale,
      statuses: selection.statuses,
      accounts: name(workspace.accounts, selection.accounts, (a) => `${a.displayName} (${a.handle})`),
      labels: name(workspace.labels, selection.labels, (l) => l.name),
      campaigns: name(workspace.campaigns, selection.campaigns, (c) => c.name),
    },
    rows,
    versionHash: context.version,
    generatedAt: context.madeAt.toISOString(),
    orientation: context.job.profile === 'landscape' ? 'landscape' : 'portrait',
    thumbnails: await planBookThumbnails(rows, workspace, context.workspaceDir, context.job.dataDir),
  };
}

export const pdfWriter: FormatWriter = {
  format: 'pdf',
  extension: 'pdf',
  profiles: PDF_PROFILES,
  async write(context, tempPath) {
    const input = await planBookInput(context);
    const print = context.job.printer ?? chromiumPrinter();
    await print(renderPlanBookHtml(input), tempPath, { orientation: input.orientation });
  },
};
