/**
 * The Exports screen's operations over the open workspace: the formats there are, a live count
 * of what a selection holds, and writing a file. Where the file goes is the host's business:
 * Electron asks with a native save dialog; the web host, which cannot hand a browser a folder,
 * writes into its exports folder (by default `<dataDir>/exports/`) and says where. An export is
 * never written inside the workspace folder (a sync client would carry it to everyone).
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CalepinService, ExportOutcome } from '../../core/api.js';
import { CalepinError } from '../../core/errors.js';
import { shortVersion } from '../../core/export/selection.js';
import type { PdfPrinter } from '../export/pdfPrinter.js';
import { EXPORT_WRITERS, writerFor } from '../export/registry.js';
import { prepareExport, runExport } from '../export/runExport.js';
import { isInside } from '../export/zip.js';
import type { WorkspaceStore } from '../store/WorkspaceStore.js';

/** Asks the user where to save; `null` when cancelled. */
export type SaveExportFile = (suggested: { name: string; extension: string }) => Promise<string | null>;

export interface ExportOperationsOptions {
  store: () => WorkspaceStore;
  dataDir: string;
  clock: () => Date;
  /** Electron's save dialog; without it, files go to `exportsDir`. */
  saveExportFile?: SaveExportFile;
  exportsDir?: string;
  printPdf?: PdfPrinter;
}

type ExportOps = Pick<CalepinService, 'exports.formats' | 'exports.preview' | 'exports.create'>;

/** `Les Fournils de Saône 2026-03-01_2026-04-30 4df326f0f6f3.pdf`: readable, and safe on every file system. */
export function exportFileName(
  workspace: string,
  from: string,
  to: string,
  version: string,
  extension: string,
): string {
  const safe = workspace
    // eslint-disable-next-line no-control-regex -- control characters have no place in a file name
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80);
  return `${safe || 'Calepin'} ${from}_${to} ${shortVersion(version)}.${extension}`;
}

/** The first of `name`, `name (2)`, `name (3)`… that does not exist in `dir`. */
async function freeName(dir: string, name: string): Promise<string> {
  const ext = path.extname(name);
  const base = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, n === 1 ? name : `${base} (${n})${ext}`);
    const exists = await stat(candidate).then(
      () => true,
      () => false,
    );
    if (!exists) return candidate;
  }
}

export function exportOperations(options: ExportOperationsOptions): ExportOps {
  const exportsDir = path.resolve(options.exportsDir ?? path.join(options.dataDir, 'exports'));
  return {
    'exports.formats': () =>
      Promise.resolve(
        Object.values(EXPORT_WRITERS).map((w) => ({
          format: w.format,
          extension: w.extension,
          profiles: [...w.profiles],
        })),
      ),

    'exports.preview': async ({ selection }) => {
      const context = await prepareExport({ store: options.store(), selection, out: '', now: options.clock() });
      return {
        rows: context.rows.length,
        posts: new Set(context.rows.map((r) => r.post.id)).size,
        from: context.selection.from,
        to: context.selection.to,
        locale: context.selection.locale,
        versionHash: context.version,
      };
    },

    'exports.create': async ({ format, selection, profile, delimiter }): Promise<ExportOutcome> => {
      const store = options.store();
      const writer = writerFor(format);
      if (!writer) throw new CalepinError('INVALID_INPUT', { issues: `unknown export format ${format}` });
      const now = options.clock();
      // The name needs the version, which needs the rows: select once to name the file.
      const preview = await prepareExport({ store, selection, out: '', now });
      const name = exportFileName(
        preview.workspace.name,
        preview.selection.from,
        preview.selection.to,
        preview.version,
        writer.extension,
      );
      let out: string | null;
      if (options.saveExportFile) {
        out = await options.saveExportFile({ name, extension: writer.extension });
        if (out === null)
          return { path: null, bytes: 0, rows: preview.rows.length, versionHash: preview.version, format };
      } else {
        await mkdir(exportsDir, { recursive: true });
        out = await freeName(exportsDir, name);
      }
      if (isInside(store.dir, out)) {
        throw new CalepinError('INVALID_INPUT', { issues: 'an export cannot be saved inside the workspace folder' });
      }
      const result = await runExport(format, {
        store,
        selection,
        out,
        profile,
        delimiter,
        now,
        printer: options.printPdf,
        dataDir: options.dataDir,
      });
      const { size } = await stat(result.out);
      return { path: result.out, bytes: size, rows: result.rows, versionHash: result.version, format };
    },
  };
}
