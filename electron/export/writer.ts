/** The contract every export format implements (csv, xlsx, ics here; pdf and zip from the PDF work). */
import type { ExportContext } from './job.js';

export interface FormatWriter {
  format: string;
  /** The usual file extension, without the dot; the CLI warns nothing about it, the UI proposes it. */
  extension: string;
  /** Named variants the format accepts (`--profile`); the first is the default. */
  profiles: readonly string[];
  /** Writes the whole file at `tempPath`; the caller renames it over the output when this resolves. */
  write(context: ExportContext, tempPath: string): Promise<void>;
  /** For a writer that makes a folder: which entries of an existing output folder it may replace. */
  replaces?: (entry: string) => boolean;
}
