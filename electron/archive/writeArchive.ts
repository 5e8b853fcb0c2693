/**
 * The whole workspace folder, media included, as one zip (yazl, streamed: a workspace of
 * gigabytes of video never sits in memory). Written to a temp file then renamed, so a failed or
 * interrupted archive leaves nothing behind.
 *
 * Left out: the lock folder, our own temp files, and links (an archive holds the workspace's own
 * files, never what a link points to elsewhere on the disk).
 */
import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { TEMP_FILE } from '../store/durableWrite.js';
import { LOCK_DIR } from '../store/layout.js';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, MANIFEST_NAME, type ArchiveManifest } from './archiveFormat.js';
import { writeStreamAtomically } from './atomicOutput.js';

export interface ArchiveFile {
  /** Path inside the workspace, with `/`. */
  relative: string;
  absolute: string;
  size: number;
  mtime: Date;
}

export interface ArchiveResult {
  path: string;
  /** Size of the zip. */
  bytes: number;
  /** Workspace files in it (the manifest not counted). */
  files: number;
  manifest: ArchiveManifest;
}

/**
 * Every file of the workspace that goes in the archive, in a stable order, and every folder (empty
 * ones too: a workspace's `conflicts/` and `quarantine/` are expected to exist).
 */
export async function listWorkspaceFiles(dir: string): Promise<{ files: ArchiveFile[]; folders: string[] }> {
  const files: ArchiveFile[] = [];
  const folders: string[] = [];
  async function walk(relativeDir: string): Promise<void> {
    const entries = await readdir(path.join(dir, relativeDir), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const relative = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      if (relative === LOCK_DIR || TEMP_FILE.test(entry.name)) continue;
      if (entry.isDirectory()) {
        folders.push(relative);
        await walk(relative);
      } else if (entry.isFile()) {
        const absolute = path.join(dir, relative);
        const info = await lstat(absolute);
        files.push({ relative, absolute, size: info.size, mtime: info.mtime });
      }
      // Links, sockets, devices: not part of a workspace.
    }
  }
  await walk('');
  return { files, folders };
}

export async function writeWorkspaceArchive(
  workspaceDir: string,
  outFile: string,
  about: { id: string; name: string; createdAt: Date },
): Promise<ArchiveResult> {
  const { files, folders } = await listWorkspaceFiles(workspaceDir);
  const root = path.basename(path.resolve(workspaceDir));
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    root,
    workspace: { id: about.id, name: about.name },
    createdAt: about.createdAt.toISOString(),
    files: files.length,
    bytes: files.reduce((sum, f) => sum + f.size, 0),
  };

  const zip = new ZipFile();
  const output = zip.outputStream as Readable;
  // yazl reports a failure on the ZipFile and leaves a source stream's own errors unheard: send
  // both down the output, so the atomic write fails and removes its temp file.
  const fail = (error: Error): void => {
    output.destroy(error);
  };
  zip.on('error', fail);
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8'), MANIFEST_NAME, {
    mtime: about.createdAt,
    mode: 0o100644,
  });
  for (const folder of folders) zip.addEmptyDirectory(`${root}/${folder}/`, { mtime: about.createdAt });
  for (const file of files) {
    // Media are already compressed (JPEG, PNG, MP4…): storing them is as small and much faster.
    const compress = !file.relative.startsWith('media/');
    // Lazy: one file open at a time, however many the workspace holds.
    zip.addReadStreamLazy(`${root}/${file.relative}`, { mtime: file.mtime, mode: 0o100644, compress }, (callback) => {
      const stream = createReadStream(file.absolute);
      stream.once('error', fail);
      callback(null, stream);
    });
  }
  zip.end();
  const bytes = await writeStreamAtomically(outFile, output);
  return { path: outFile, bytes, files: files.length, manifest };
}
