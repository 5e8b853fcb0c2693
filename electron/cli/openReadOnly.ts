/** How read-only commands (info, posts) open a workspace: no lock, no backup, nothing written to it. */
import path from 'node:path';
import { defaultDataDir } from '../services/appPaths.js';
import { WorkspaceStore } from '../store/WorkspaceStore.js';

export async function withReadOnlyWorkspace<T>(
  folder: string,
  env: Record<string, string | undefined>,
  use: (store: WorkspaceStore) => Promise<T> | T,
): Promise<T> {
  const store = await WorkspaceStore.open(path.resolve(folder), {
    clock: () => new Date(),
    actor: 'calepin-cli',
    dataDir: defaultDataDir(env),
    readOnly: true,
    backups: { enabled: false },
  });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}
