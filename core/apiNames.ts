/**
 * The names of the operations of core/api.ts, as a plain list with no imports.
 *
 * Why a separate file: the sandboxed preload bundles whatever it imports, and importing
 * core/api.ts drags in zod and every model schema (~770 KB) just to learn the names. core/api.ts
 * checks at the type level that this list and its `operations` have exactly the same keys, so
 * adding an operation there without adding it here does not compile.
 */
export const OPERATION_NAME_LIST = [
  'app.status',
  'app.setPreferences',
  'app.retrySaves',
  'app.dismissProblem',
  'workspaces.recent',
  'workspaces.open',
  'workspaces.create',
  'workspaces.openSample',
  'workspaces.pickFolder',
  'workspaces.backups',
  'workspaces.restoreBackup',
  'workspaces.pickArchive',
  'workspaces.restoreArchive',
  'workspace.update',
  'snippets.save',
  'hashtagGroups.save',
  'accounts.setSignature',
  'posts.list',
  'posts.get',
  'posts.create',
  'posts.update',
  'posts.delete',
  'posts.restore',
  'requests.list',
  'media.list',
  'media.import',
  'media.pickFiles',
  'media.update',
  'media.updateMany',
  'media.usage',
  'media.delete',
  'exports.formats',
  'exports.preview',
  'exports.create',
  'imports.pickFile',
  'imports.preview',
  'imports.apply',
] as const;

export type ListedOperationName = (typeof OPERATION_NAME_LIST)[number];
