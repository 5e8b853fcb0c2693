/**
 * The Calepin service: every operation of core/api.ts over the workspace store, the preferences
 * and the recent list. Plain Node (no Electron import), so both hosts — the Electron shell over
 * IPC and `calepin web` over loopback HTTP — serve this very object, and tests run it directly.
 */
import os from 'node:os';
import path from 'node:path';
import type { AppStatus, CalepinService } from '../../core/api.js';
import { CalepinError, toErrorData } from '../../core/errors.js';
import type { Locale } from '../../core/model/index.js';
import type { FsOps } from '../store/fsOps.js';
import { ensureThumbnail } from '../media/thumbnails.js';
import { NewestFirstQueue } from '../media/newestFirstQueue.js';
import { defaultSampleImagesDir } from './appPaths.js';
import { mediaOperations } from './mediaOperations.js';
import { restoreWorkspaceArchive } from '../archive/restoreArchive.js';
import type { PdfPrinter } from '../export/pdfPrinter.js';
import { ImportSession } from '../import/importSession.js';
import { exportOperations, type SaveExportFile } from './exportOperations.js';
import { openPreferences, type PreferencesStore } from './preferences.js';
import { recentList } from './recent.js';
import { WorkspaceSession } from './session.js';

export type FolderPurpose = 'open' | 'create';

export interface CalepinServiceOptions {
  /** The app's own folder: preferences.json, recent.json, backups/, the sample (Exemple.calepin/). */
  dataDir: string;
  host: 'electron' | 'web';
  clock?: () => Date;
  /** The OS language, for "follow the system" and the settings of new workspaces. */
  systemLocale: Locale;
  /** Who makes the changes, for history; the OS user name by default. */
  actor?: string;
  /** The native folder dialog (Electron); absent in the web host, where the answer is `null`. */
  pickFolder?: (purpose: FolderPurpose) => Promise<string | null>;
  /** The native file dialog for importing media (Electron); absent in the web host. */
  pickFiles?: () => Promise<string[] | null>;
  /** The native "file to import" dialog (Electron); absent in the web host, where the answer is `null`. */
  pickImportFile?: (title: string) => Promise<string | null>;
  /** What to open on start: the last workspace (default, the sample the first time), a folder, the sample, or nothing. */
  open?: 'last' | 'sample' | 'none' | { path: string };
  /** The shipped sample pictures; found next to the app by default (Electron passes its resources path). */
  sampleImagesDir?: string | null;
  /** Errors nobody awaits (a scheduled backup, saving the recent list); logged by the host. */
  onBackgroundError?: (error: unknown) => void;
  /** Tests: turn off the 15-minute backup timer. */
  backups?: { enabled?: boolean };
  /** Tests: the file-system calls of the store's durable writes (to simulate a full disk). */
  fsOps?: FsOps;
  /** Electron's native file dialog for a workspace archive; absent in the web host (the answer is `null`). */
  pickArchive?: () => Promise<string | null>;
  /** Electron's native save dialog for exports; without it (web host) they go to `exportsDir`. */
  saveExportFile?: SaveExportFile;
  /** Where the web host writes exports; `<dataDir>/exports` by default. */
  exportsDir?: string;
  /** How PDFs are printed: Electron's printToPDF in the app; Debian's Chromium otherwise. */
  printPdf?: PdfPrinter;
}

export interface CalepinServiceHandle {
  service: CalepinService;
  /** Settles when the start-up open is done; every operation waits for it anyway. */
  ready: Promise<void>;
  /** Finishes pending writes and releases the workspace's lock. */
  close(): Promise<void>;
  /** The file of a media item of the open workspace, by SHA-256; `null` for any hash it does not know. */
  mediaFile: (sha256: string) => string | null;
  /** The cached thumbnail (320 px WebP) of an image of the open workspace, made on first request; null for a video. */
  mediaThumbnail: (sha256: string) => Promise<string | null>;
}

function defaultActor(): string {
  try {
    return os.userInfo().username || 'Calepin';
  } catch {
    return 'Calepin';
  }
}

function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Paris';
}

export function createCalepinService(options: CalepinServiceOptions): CalepinServiceHandle {
  const clock = options.clock ?? (() => new Date());
  const dataDir = path.resolve(options.dataDir);
  const recent = recentList(dataDir, clock);
  // Thumbnails the window asks for are made one core short of all of them: the other stays with
  // the window, which is scrolling over the cards that asked.
  const thumbnailQueue = new NewestFirstQueue(Math.max(1, os.availableParallelism() - 1));
  const session = new WorkspaceSession({
    dataDir,
    recent,
    sampleImagesDir: options.sampleImagesDir === undefined ? defaultSampleImagesDir() : options.sampleImagesDir,
    store: {
      clock,
      dataDir,
      actor: options.actor ?? defaultActor(),
      onBackgroundError: options.onBackgroundError,
      backups: options.backups,
      fsOps: options.fsOps,
    },
  });
  let preferences: PreferencesStore | null = null;

  async function start(): Promise<void> {
    preferences = await openPreferences(dataDir, clock);
    const what = options.open ?? 'last';
    try {
      if (what === 'sample') await session.openSample();
      else if (typeof what === 'object') await session.open(what.path);
      else if (what === 'last') {
        const last = (await recent.list())[0];
        await (last ? session.open(last.path) : session.openSample());
      }
    } catch (error) {
      // The app still starts, on no workspace, and says why; only the unexpected goes to the log.
      session.problem = toErrorData(error);
      if (!(error instanceof CalepinError) || error.code === 'INTERNAL') options.onBackgroundError?.(error);
    }
  }
  const ready = start();
  // Start-up failures are reported by the first operation that awaits `ready`, not as unhandled.
  ready.catch(() => undefined);

  function status(): AppStatus {
    const store = session.store;
    return {
      host: options.host,
      systemLocale: options.systemLocale,
      preferences: preferences!.get(),
      workspace: store ? store.info() : null,
      readOnly: store ? store.readOnlyReason : null,
      problem: session.problem,
      pendingSaves: store ? store.pendingSaves : 0,
    };
  }

  /** A save that failed stays the status' problem until a retry succeeds or it is dismissed. */
  async function saving<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof CalepinError && (error.code === 'DISK_FULL' || error.code === 'WRITE_FAILED'))
        session.problem = error.toData();
      throw error;
    }
  }

  const store = () => session.requireStore();
  const imports = new ImportSession();
  const actor = options.actor ?? defaultActor();

  const operations: CalepinService = {
    'app.status': () => Promise.resolve(status()),
    'app.setPreferences': async (patch) => {
      await preferences!.set(patch);
      return status();
    },
    'app.retrySaves': async () => {
      if (session.store) await saving(() => store().retrySaves());
      if (session.problem?.code === 'DISK_FULL' || session.problem?.code === 'WRITE_FAILED') session.problem = null;
      return status();
    },
    'app.dismissProblem': () => {
      session.problem = null;
      return Promise.resolve(status());
    },

    'workspaces.recent': () => recent.list(),
    'workspaces.open': async ({ path: folder }) => {
      await session.open(folder);
      return status();
    },
    'workspaces.create': async ({ path: folder, name, sample }) => {
      await session.create(folder, { name, settings: { zone: systemZone(), locale: options.systemLocale } }, sample);
      return status();
    },
    'workspaces.openSample': async () => {
      await session.openSample();
      return status();
    },
    'workspaces.pickFolder': async ({ purpose }) => ({
      path: options.pickFolder ? await options.pickFolder(purpose) : null,
    }),
    'workspaces.backups': async () => {
      if (session.store) return session.store.backups();
      if (session.failedFolder) return (await session.backupsOfFailedFolder()).backups;
      throw new CalepinError('NO_WORKSPACE');
    },
    'workspaces.restoreBackup': async ({ id }) => {
      await session.restoreBackup(id);
      return status();
    },
    'workspaces.pickArchive': async () => ({ path: options.pickArchive ? await options.pickArchive() : null }),
    'workspaces.restoreArchive': async ({ archive, to }) => {
      const restored = await restoreWorkspaceArchive(path.resolve(archive), path.resolve(to), {
        store: { clock, actor: options.actor ?? defaultActor(), dataDir },
      });
      await session.open(restored.path);
      return status();
    },

    'workspace.update': (patch) => saving(() => store().updateWorkspace(patch)),
    'snippets.save': ({ snippets }) => saving(() => store().updateWorkspace({ snippets })),
    'hashtagGroups.save': ({ hashtagGroups }) => saving(() => store().updateWorkspace({ hashtagGroups })),
    'accounts.setSignature': ({ accountId, signature }) => {
      const accounts = store().workspace().accounts;
      if (!accounts.some((account) => account.id === accountId))
        throw new CalepinError('NOT_FOUND', { kind: 'account', id: accountId });
      const next = accounts.map((account) =>
        account.id === accountId ? { ...account, style: { ...account.style, signature: signature.trim() } } : account,
      );
      return saving(() => store().updateWorkspace({ accounts: next }));
    },

    'posts.list': () => Promise.resolve(store().listPosts()),
    'posts.get': ({ id }) => store().getPost(id),
    'posts.create': ({ draft }) => saving(() => store().createPost(draft)),
    'posts.update': ({ id, patch, expectedRevision }) => saving(() => store().updatePost(id, patch, expectedRevision)),
    'posts.delete': async ({ id }) => {
      await saving(() => store().deletePost(id));
      return { id };
    },
    'posts.restore': ({ post }) => saving(() => store().restorePost(post)),

    'requests.list': () => Promise.resolve(store().listRequests()),
    'media.list': () => Promise.resolve(store().listMedia()),
    ...mediaOperations({ store, dataDir, clock, pickFiles: options.pickFiles, saving }),

    ...exportOperations({
      store,
      dataDir,
      clock,
      saveExportFile: options.saveExportFile,
      exportsDir: options.exportsDir,
      printPdf: options.printPdf,
    }),
    'imports.pickFile': async ({ title }) => ({
      path: options.pickImportFile ? await options.pickImportFile(title) : null,
    }),
    'imports.preview': ({ path: file, mapping }) => imports.preview(store(), file, mapping),
    'imports.apply': ({ token, as }) =>
      saving(() => imports.apply(store(), token, { as: as ?? actor, clock, dataDir })),
  };

  // Every operation waits for the start-up open, so a renderer that loads fast sees the workspace.
  const service = Object.fromEntries(
    Object.entries(operations).map(([name, run]) => [
      name,
      async (input: unknown) => {
        await ready;
        return (run as (input: unknown) => Promise<unknown>)(input);
      },
    ]),
  ) as CalepinService;

  return {
    service,
    ready,
    close: async () => {
      await ready.catch(() => undefined);
      await session.close();
    },
    mediaFile: (sha256) => session.mediaFile(sha256),
    mediaThumbnail: async (sha256) => {
      const open = session.store;
      const item = open?.listMedia().find((candidate) => candidate.sha256 === sha256);
      return open && item ? ensureThumbnail(dataDir, open.dir, item, thumbnailQueue) : null;
    },
  };
}
