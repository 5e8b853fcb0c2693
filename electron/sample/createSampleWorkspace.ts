/**
 * Writes the sample workspace into a folder: the store creates its files from the seed, then the
 * pictures are copied into media/ under their hash. Used by the app on first start and by
 * `calepin new --sample`.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { nanoid } from 'nanoid';
import { durableWrite } from '../store/durableWrite.js';
import { abs } from '../store/layout.js';
import { WorkspaceStore, type StoreOptions } from '../store/WorkspaceStore.js';
import { buildSampleWorkspace, SAMPLE_NAME } from './buildSampleWorkspace.js';

export interface CreateSampleOptions {
  /** Folder of the shipped pictures (assets/sample/images); without it the media files are missing. */
  imagesDir: string | null;
  /** Defaults to the sample's own name, « Les Fournils de Saône (exemple) ». */
  name?: string;
  zone?: string;
}

/** Creates the sample in `folder` (empty or absent) and returns it open, like WorkspaceStore.create. */
export async function createSampleWorkspace(
  folder: string,
  options: CreateSampleOptions,
  store: StoreOptions,
): Promise<WorkspaceStore> {
  // Each sample gets its own id: two samples on one machine must not share their backups.
  const sample = buildSampleWorkspace({
    today: store.clock(),
    zone: options.zone ?? 'Europe/Paris',
    id: `exemple-${nanoid(12)}`,
  });
  const opened = await WorkspaceStore.create(
    folder,
    {
      name: options.name ?? SAMPLE_NAME,
      id: sample.workspace.id,
      settings: sample.workspace.settings,
      seed: { workspace: sample.workspace, posts: sample.posts, media: sample.media },
    },
    store,
  );
  if (options.imagesDir) {
    for (const source of sample.mediaSources) {
      const item = sample.media.find((m) => m.sha256 === source.sha256);
      if (!item) continue;
      const target = abs(opened.dir, item.file);
      await mkdir(path.dirname(target), { recursive: true });
      await durableWrite(target, await readFile(path.join(options.imagesDir, source.file)));
    }
  }
  return opened;
}
