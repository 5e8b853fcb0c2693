/**
 * What a Calepin workspace archive is: a zip with a manifest at its root and the workspace folder
 * beside it, so that unzipping it by hand also gives a workspace folder.
 *
 *   calepin-archive.json            { format, version, root, workspace { id, name }, createdAt, files, bytes }
 *   Les Fournils.calepin/…          the workspace's files, media included
 */
import { z } from 'zod';

export const MANIFEST_NAME = 'calepin-archive.json';
export const ARCHIVE_FORMAT = 'calepin-workspace-archive';
export const ARCHIVE_VERSION = 1;

export const archiveManifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.number().int().min(1),
  /** The one folder every other entry lives in. */
  root: z.string().min(1).max(255),
  workspace: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
  files: z.number().int().min(0),
  bytes: z.number().int().min(0),
});
export type ArchiveManifest = z.infer<typeof archiveManifestSchema>;

/**
 * What restore accepts, checked on the sizes the zip declares before a byte is written (and
 * again while unpacking: yauzl stops an entry that inflates past its declared size).
 */
export interface ArchiveLimits {
  /** Largest single file. */
  maxEntryBytes: number;
  /** All files together. */
  maxTotalBytes: number;
  maxEntries: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntryBytes: 4 * 1024 ** 3,
  maxTotalBytes: 64 * 1024 ** 3,
  maxEntries: 1_000_000,
};

/** Why an archive was refused; the `reason` param of ARCHIVE_REFUSED (translated as errorReasons.<reason>). */
export type ArchiveRefusal =
  'unsafe-path' | 'link' | 'too-large' | 'damaged' | 'not-calepin' | 'encrypted' | 'invalid-workspace';
