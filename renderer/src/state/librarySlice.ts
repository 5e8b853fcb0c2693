/**
 * The workspace's media library: the items, which posts use them, the last import's report, and
 * the verbs of the Médiathèque (import, edit, bulk tag and move, delete) and of the calendar's drop
 * (a new draft that starts with a picture).
 */
import type { MediaImportReport, MediaPostRef } from '../../../core/api.js';
import '../api/filePaths.js';
import type { MediaItem, Variant } from '../../../core/model/index.js';
import type { LoadState } from './postsSlice.js';
import type { SliceCreator } from './store.js';

export interface LibrarySlice {
  media: MediaItem[];
  mediaState: LoadState;
  /** Media id → the posts that use it; an id absent here is used by no post. */
  mediaUsage: Record<string, MediaPostRef[]>;
  mediaUsageState: LoadState;
  /** What the last import did, file by file, until dismissed. */
  lastImport: MediaImportReport | null;
  importing: boolean;
  loadMedia(): Promise<void>;
  loadMediaUsage(): Promise<void>;
  resetMedia(): void;
  /** Files the user named by path (dialog, a drop in Electron). */
  importMediaPaths(paths: string[]): Promise<void>;
  /** Opens the native file dialog (Electron); false in the web host, where the screen uses a file input. */
  pickAndImportMedia(): Promise<boolean>;
  /** Files as the browser hands them over (drop, paste, file input): by path when they have one, else uploaded. */
  importMediaFiles(files: File[]): Promise<void>;
  dismissImport(): void;
  updateMedia(id: string, change: { name?: string; alt?: string; tags?: string[]; folder?: string }): Promise<void>;
  updateManyMedia(ids: string[], change: { addTags?: string[]; removeTags?: string[]; folder?: string }): Promise<void>;
  /** Deletes items; the screen has shown (and the user confirmed) the posts that use them. */
  deleteMedia(ids: string[]): Promise<boolean>;
  /** A new draft on `date` (YYYY-MM-DD, or the backlog) with these items ready on whichever accounts get ticked. */
  startDraftWithMedia(mediaIds: string[], date?: string): Promise<void>;
}

/** Where the web host takes dropped and pasted bytes (electron/services/mediaUpload.ts). */
const UPLOAD_URL = 'upload/media';

async function uploadFile(file: File): Promise<MediaImportReport> {
  const response = await fetch(`${UPLOAD_URL}?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    body: file,
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/octet-stream' },
  });
  if (!response.ok) throw new Error(`upload failed: HTTP ${response.status}`);
  const result = (await response.json()) as { ok: true; value: MediaImportReport } | { ok: false; error: unknown };
  if (!result.ok) throw result.error;
  return result.value;
}

function merge(reports: MediaImportReport[]): MediaImportReport {
  return { results: reports.flatMap((r) => r.results), items: reports.flatMap((r) => r.items) };
}

export const createLibrarySlice: SliceCreator<LibrarySlice> = (deps) => (set, get) => {
  const replaceItems = (changed: MediaItem[]) => {
    const byId = new Map(changed.map((item) => [item.id as string, item]));
    set((state) => ({ media: state.media.map((item) => byId.get(item.id) ?? item) }));
  };
  const afterImport = (report: MediaImportReport) => {
    set((state) => ({ media: [...state.media, ...report.items], lastImport: report, importing: false }));
  };

  return {
    media: [],
    mediaState: 'idle',
    mediaUsage: {},
    mediaUsageState: 'idle',
    lastImport: null,
    importing: false,

    async loadMedia() {
      set({ mediaState: 'loading' });
      const media = await get().attempt(() => deps.call('media.list', {}));
      set(media ? { media, mediaState: 'ready' } : { mediaState: 'failed' });
    },

    async loadMediaUsage() {
      set({ mediaUsageState: 'loading' });
      const usage = await get().attempt(() => deps.call('media.usage', {}));
      if (!usage) return set({ mediaUsageState: 'failed' });
      set({ mediaUsage: Object.fromEntries(usage.map((u) => [u.mediaId, u.posts])), mediaUsageState: 'ready' });
    },

    resetMedia() {
      set({ media: [], mediaState: 'idle', mediaUsage: {}, mediaUsageState: 'idle', lastImport: null });
    },

    async importMediaPaths(paths) {
      if (paths.length === 0) return;
      set({ importing: true });
      const report = await get().attempt(() => deps.call('media.import', { paths }));
      if (report) afterImport(report);
      else set({ importing: false });
    },

    async pickAndImportMedia() {
      const picked = await get().attempt(() => deps.call('media.pickFiles', {}));
      if (!picked || picked.paths === null) return get().status?.host === 'electron';
      await get().importMediaPaths(picked.paths);
      return true;
    },

    async importMediaFiles(files) {
      if (files.length === 0) return;
      const paths: string[] = [];
      const bytes: File[] = [];
      for (const file of files) {
        const path = window.calepinFiles?.pathForFile(file) ?? '';
        if (path) paths.push(path);
        else bytes.push(file);
      }
      set({ importing: true });
      const report = await get().attempt(async () => {
        const reports: MediaImportReport[] = [];
        if (paths.length > 0) reports.push(await deps.call('media.import', { paths }));
        // One at a time: each upload streams to disk, and two large videos at once gain nothing.
        for (const file of bytes) reports.push(await uploadFile(file));
        return merge(reports);
      });
      if (report) afterImport(report);
      else set({ importing: false });
    },

    dismissImport() {
      set({ lastImport: null });
    },

    async updateMedia(id, change) {
      const item = await get().attempt(() => deps.call('media.update', { id, ...change }));
      if (item) replaceItems([item]);
    },

    async updateManyMedia(ids, change) {
      if (ids.length === 0) return;
      const items = await get().attempt(() => deps.call('media.updateMany', { ids, ...change }));
      if (items) replaceItems(items);
    },

    async deleteMedia(ids) {
      const result = await get().attempt(() => deps.call('media.delete', { ids, confirmed: true }));
      if (!result) return false;
      const gone = new Set(result.deleted);
      set((state) => ({ media: state.media.filter((item) => !gone.has(item.id)) }));
      // Posts lost these attachments: their summaries and usage are read again.
      if (result.usage.length > 0) await Promise.all([get().loadPosts(), get().loadMediaUsage()]);
      return true;
    },

    async startDraftWithMedia(mediaIds, date) {
      await get().newPost(date ? { date } : {});
      const attached = mediaIds.map((mediaId) => ({ mediaId: mediaId as MediaItem['id'] }));
      // A draft has no account yet: every account gets a variant that carries the media, and the
      // ones the user ticks are saved (variants of unticked accounts are not).
      const variants: Variant[] = (get().status?.workspace?.accounts ?? []).map((account) => ({
        accountId: account.id,
        customised: false,
        text: '',
        threadParts: [],
        firstComment: '',
        media: attached,
        publishedAt: null,
      }));
      get().editDraft({ variants });
    },
  };
};
