/**
 * Real workspaces in temp folders, made through the real store (no fixtures to keep in sync).
 *
 *   const ws = await makeTempWorkspace({ sample: true, clock: fixedClock() });
 *   // ws.dir is a closed workspace (no lock held): open it with a service, the CLI, a store…
 *   await ws.remove();
 *
 * `dataDir` is a separate temp folder for the app's own files (backups, preferences), as the
 * design keeps backups outside the workspace.
 */
import type { PostDraft } from '../../core/model/index.js';
import { defaultSampleImagesDir } from '../../electron/services/appPaths.js';
import { createSampleWorkspace } from '../../electron/sample/createSampleWorkspace.js';
import { WorkspaceStore, type StoreOptions } from '../../electron/store/WorkspaceStore.js';
import { fixedClock } from './clock.js';
import { makeTempDir, type TempDir } from './tempDir.js';

export interface TempWorkspaceOptions {
  /** The French sample (« Les Fournils de Saône ») instead of an empty workspace. */
  sample?: boolean;
  name?: string;
  zone?: string;
  locale?: 'fr' | 'en';
  /** Dates of creation and of the sample's calendar; a fixed 2026-03-10 09:00 UTC by default. */
  clock?: () => Date;
  /** Posts to add after creation (through the store, so they get ids, dates and an index entry). */
  posts?: PostDraft[];
}

export interface TempWorkspace {
  /** The workspace folder (`…/Test.calepin`). */
  dir: string;
  /** An app data folder for services and stores opened on it. */
  dataDir: string;
  root: TempDir;
  /** Store options to open it again: `WorkspaceStore.open(ws.dir, ws.storeOptions())`. */
  storeOptions(extra?: Partial<StoreOptions>): StoreOptions;
  remove(): Promise<void>;
}

export async function makeTempWorkspace(options: TempWorkspaceOptions = {}): Promise<TempWorkspace> {
  const root = await makeTempDir('calepin-ws-');
  const dir = root.join('Test.calepin');
  const dataDir = root.join('data');
  const clock = options.clock ?? fixedClock();
  const storeOptions = (extra: Partial<StoreOptions> = {}): StoreOptions => ({
    clock,
    actor: 'test',
    dataDir,
    backups: { enabled: false },
    ...extra,
  });

  const store = options.sample
    ? await createSampleWorkspace(
        dir,
        { imagesDir: defaultSampleImagesDir(), name: options.name, zone: options.zone },
        storeOptions(),
      )
    : await WorkspaceStore.create(
        dir,
        {
          name: options.name ?? 'Test',
          settings: { zone: options.zone ?? 'Europe/Paris', locale: options.locale ?? 'fr' },
        },
        storeOptions(),
      );
  try {
    for (const draft of options.posts ?? []) await store.createPost(draft);
  } finally {
    await store.close();
  }
  return { dir, dataDir, root, storeOptions, remove: () => root.remove() };
}
