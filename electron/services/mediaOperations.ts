/**
 * The media operations of the contract (import, edit, bulk tag and move, usage, delete), over the
 * open workspace. Imports go through the same importMediaFiles as `calepin media import`, backup
 * first; a delete that posts would notice is refused until confirmed, then detaches the item from
 * those posts (each save recorded in history) before its file goes.
 */
import { unlink } from 'node:fs/promises';
import type { CalepinService, MediaImportReport } from '../../core/api.js';
import { CalepinError } from '../../core/errors.js';
import { MediaItem } from '../../core/model/index.js';
import { STORED_FILE } from '../media/formats.js';
import { importMediaFiles } from '../media/importMedia.js';
import { thumbnailPath } from '../media/thumbnails.js';
import { abs } from '../store/layout.js';
import type { WorkspaceStore } from '../store/WorkspaceStore.js';
import { MediaUsageIndex } from './mediaUsage.js';

type MediaOperationName =
  'media.import' | 'media.pickFiles' | 'media.update' | 'media.updateMany' | 'media.usage' | 'media.delete';

export interface MediaOperationDeps {
  store: () => WorkspaceStore;
  dataDir: string;
  clock: () => Date;
  pickFiles?: () => Promise<string[] | null>;
  /** Records a disk failure as the status' problem (createService's `saving`). */
  saving: <T>(run: () => Promise<T>) => Promise<T>;
}

/** Tags trimmed, without repeats (case-insensitively: « Pain » and « pain » are one tag), in the order given. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLocaleLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** A folder is a path of names: `Boutiques/Lyon`, without empty parts or surrounding slashes. */
export function normaliseFolder(folder: string): string {
  return folder
    .split('/')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('/');
}

export function mediaOperations(deps: MediaOperationDeps): Pick<CalepinService, MediaOperationName> {
  const usageIndexes = new WeakMap<WorkspaceStore, MediaUsageIndex>();
  const usageOf = (store: WorkspaceStore) => {
    let index = usageIndexes.get(store);
    if (!index) usageIndexes.set(store, (index = new MediaUsageIndex(store)));
    return index;
  };
  const find = (store: WorkspaceStore, id: string) => {
    const item = store.listMedia().find((candidate) => candidate.id === id);
    if (!item) throw new CalepinError('NOT_FOUND', { kind: 'media', id });
    return item;
  };

  return {
    'media.import': async ({ paths }): Promise<MediaImportReport> => {
      const results = await deps.saving(() =>
        importMediaFiles(deps.store(), paths, { clock: deps.clock, dataDir: deps.dataDir }),
      );
      return {
        results: results.map(({ file, status, reason, id }) => ({
          file,
          status,
          ...(reason ? { reason } : {}),
          ...(id ? { id } : {}),
        })),
        items: results.flatMap((r) => (r.status === 'imported' && r.item ? [r.item] : [])),
      };
    },

    'media.pickFiles': async () => ({ paths: deps.pickFiles ? await deps.pickFiles() : null }),

    'media.update': async ({ id, name, alt, tags, folder }) => {
      const store = deps.store();
      const item = find(store, id);
      const next = MediaItem.parse({
        ...item,
        ...(name !== undefined ? { name } : {}),
        ...(alt !== undefined ? { alt: alt.trim() } : {}),
        ...(tags !== undefined ? { tags: normaliseTags(tags) } : {}),
        ...(folder !== undefined ? { folder: normaliseFolder(folder) } : {}),
      });
      await deps.saving(() => store.addMedia([next]));
      return next;
    },

    'media.updateMany': async ({ ids, addTags, removeTags, folder }) => {
      const store = deps.store();
      const removed = new Set(removeTags.map((tag) => tag.trim().toLocaleLowerCase()));
      const changed = ids.map((id) => {
        const item = find(store, id);
        const tags = normaliseTags([...item.tags, ...addTags]).filter((tag) => !removed.has(tag.toLocaleLowerCase()));
        return MediaItem.parse({ ...item, tags, ...(folder !== undefined ? { folder: normaliseFolder(folder) } : {}) });
      });
      await deps.saving(() => store.addMedia(changed));
      return changed;
    },

    'media.usage': ({ ids }) => usageOf(deps.store()).usage(ids),

    'media.delete': async ({ ids, confirmed }) => {
      const store = deps.store();
      const items = ids.map((id) => find(store, id));
      const usage = await usageOf(store).usage(ids);
      if (usage.length > 0 && !confirmed) return { deleted: [], usage };
      const gone = new Set(ids);
      await store.backupNow('before-bulk-delete');
      // The posts first: if a save fails, the items are still in the library and nothing dangles.
      const postIds = new Set(usage.flatMap((entry) => entry.posts.map((post) => post.id)));
      for (const postId of postIds) {
        const post = await store.getPost(postId);
        const variants = post.variants.map((variant) => ({
          ...variant,
          media: variant.media.filter((attached) => !gone.has(attached.mediaId)),
        }));
        await deps.saving(() => store.updatePost(postId, { variants }, post.revision));
      }
      const removed = await deps.saving(() => store.removeMedia(ids));
      for (const item of removed) {
        // Content-addressed: no other item holds these bytes. Only a path media.json may name is touched.
        if (STORED_FILE.exec(item.file)?.[1] === item.sha256)
          await unlink(abs(store.dir, item.file)).catch(() => undefined);
        await unlink(thumbnailPath(deps.dataDir, item.sha256)).catch(() => undefined);
      }
      return { deleted: items.filter((item) => gone.has(item.id)).map((item) => item.id), usage };
    },
  };
}
