/**
 * One export: which workspace, which selection, which format, where to. The same job is run by the
 * CLI (`calepin export`) and by the Exports screen; a format writer only sees the prepared context.
 */
import type { Locale } from '../../core/model/index.js';
import type {
  ExportRow,
  ExportSelectionInput,
  ExportWorkspace,
  ResolvedSelection,
} from '../../core/export/selection.js';
import type { WorkspaceStore } from '../store/WorkspaceStore.js';
import type { PdfPrinter } from './pdfPrinter.js';

export interface ExportJob {
  /** An open store (read-only is enough); its folder is where media files are read from. */
  store: WorkspaceStore;
  selection: ExportSelectionInput;
  /** Overrides the selection's locale, itself defaulting to the workspace's document language. */
  locale?: Locale;
  /** The file to write. Written beside as a temp file and renamed, so it is whole or absent. */
  out: string;
  /** A format's variant, e.g. a scheduler's CSV columns (`buffer`) or PDF orientation (`landscape`). */
  profile?: string;
  /** CSV only: `;` for French Excel. */
  delimiter?: ',' | ';';
  /** The clock that fixes the default period and the "made on" date; injected so tests are stable. */
  now?: Date;
  /** PDF only: how the host prints HTML (Electron's printToPDF in the app); Debian's Chromium otherwise. */
  printer?: PdfPrinter;
  /** The app's data folder, for the thumbnail cache the PDF's pictures come from; resized afresh without it. */
  dataDir?: string;
}

/** What a format writer gets: the rows already selected and sorted, and the facts to name them. */
export interface ExportContext {
  job: ExportJob;
  /** The workspace folder, for writers that read media files (PDF thumbnails, zip). */
  workspaceDir: string;
  workspace: ExportWorkspace;
  selection: ResolvedSelection;
  rows: ExportRow[];
  /** exportVersionHash of the rows: every file names the version of the content it holds. */
  version: string;
  madeAt: Date;
}

export interface ExportResult {
  format: string;
  out: string;
  rows: number;
  version: string;
  selection: ResolvedSelection;
}
