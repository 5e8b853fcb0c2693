/**
 * The Calepin API: the one contract between the renderer and the Node side.
 *
 * Every operation is declared once here with a zod schema for its input and its output. The Electron
 * transport (preload + ipcMain) and the web transport (loopback HTTP) are both generated from
 * `operations`, so an operation cannot exist in one and not the other. Inputs are validated where
 * they arrive on the Node side; outputs are plain JSON.
 */
import { z } from 'zod';
import { patchOf } from './model/patch.js';
import { ERROR_CODES, type CalepinErrorData } from './errors.js';
import type { ListedOperationName } from './apiNames.js';
import { ExportSelection } from './export/selection.js';
import { ImportMappingInput, ImportOutcome, ImportPreviewView } from './imports/previewView.js';
import {
  Account,
  Campaign,
  ContentRequest,
  HashtagGroup,
  Label,
  Locale,
  MediaItem,
  Person,
  Post,
  PostDraft,
  PostId,
  PostPatch,
  PostSummary,
  SCHEMA_VERSION,
  Snippet,
  WorkspaceSettings,
} from './model/index.js';

export const LanguagePreference = z.enum(['system', 'fr', 'en']);
export type LanguagePreference = z.infer<typeof LanguagePreference>;
export const ThemePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreference>;

export const CALENDAR_VIEWS = ['month', 'week', 'day', 'list'] as const;
export const CalendarView = z.enum(CALENDAR_VIEWS);
export type CalendarView = z.infer<typeof CalendarView>;
/** Where the calendar was left: its view and the date it showed. */
export const CalendarPreference = z.object({ view: CalendarView, date: z.iso.date() });
export type CalendarPreference = z.infer<typeof CalendarPreference>;

export const Preferences = z.object({
  language: LanguagePreference.default('system'),
  theme: ThemePreference.default('system'),
  /** The user's, not the workspace's: kept in the data folder, so it survives the web host's new port. */
  calendar: CalendarPreference.optional(),
  /** The mini-month beside the calendar, folded away when space is short. */
  miniMonth: z.object({ collapsed: z.boolean() }).optional(),
});
export type Preferences = z.infer<typeof Preferences>;

export const WorkspaceInfo = z.object({
  id: z.string(),
  path: z.string(),
  name: z.string(),
  schemaVersion: z.number().int(),
  settings: WorkspaceSettings,
  accounts: z.array(Account),
  labels: z.array(Label),
  campaigns: z.array(Campaign),
  people: z.array(Person),
  // Optional so that a WorkspaceInfo built before reusable text existed (fixtures, other hosts) stays valid.
  snippets: z.array(Snippet).optional(),
  hashtagGroups: z.array(HashtagGroup).optional(),
  counts: z.object({
    posts: z.number().int(),
    backlog: z.number().int(),
    media: z.number().int(),
    requests: z.number().int(),
  }),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfo>;

const ErrorDataSchema = z.object({
  code: z.enum(ERROR_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

/** Why a workspace is open read-only; `null` when it is writable. */
export const ReadOnlyReason = ErrorDataSchema.nullable();

export const AppStatus = z.object({
  /** Which shell serves the renderer; the web host has no native dialogs. */
  host: z.enum(['electron', 'web']),
  /** The OS language, for "follow the system". */
  systemLocale: Locale,
  preferences: Preferences,
  workspace: WorkspaceInfo.nullable(),
  readOnly: ReadOnlyReason,
  /** The last thing that went wrong opening or saving, shown until dismissed. */
  problem: ErrorDataSchema.nullable(),
  /** Saves that failed and are kept in memory until a retry succeeds. */
  pendingSaves: z.number().int(),
});
export type AppStatus = z.infer<typeof AppStatus>;

export const RecentWorkspace = z.object({ path: z.string(), name: z.string(), openedAt: z.string() });
export type RecentWorkspace = z.infer<typeof RecentWorkspace>;

export const BackupInfo = z.object({
  id: z.string(),
  at: z.string(),
  reason: z.enum(['scheduled', 'before-import', 'before-bulk-delete', 'before-restore', 'before-migration', 'manual']),
  posts: z.number().int(),
  bytes: z.number().int(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** One file of a media import: imported, a duplicate of an item already there, or refused with a stable reason. */
export const MediaImportResult = z.object({
  file: z.string(),
  status: z.enum(['imported', 'duplicate', 'refused']),
  /** electron/media/formats.ts REFUSAL_REASONS; the UI translates `library.refusals.<reason>`. */
  reason: z.string().optional(),
  id: z.string().optional(),
});
export type MediaImportResult = z.infer<typeof MediaImportResult>;

export const MediaImportReport = z.object({
  results: z.array(MediaImportResult),
  /** The items this import added. */
  items: z.array(MediaItem),
});
export type MediaImportReport = z.infer<typeof MediaImportReport>;

/** A post that uses a media item, with the accounts whose variant attaches it. */
export const MediaPostRef = z.object({
  id: PostId,
  title: z.string(),
  excerpt: z.string(),
  status: PostSummary.shape.status,
  plannedAt: z.string().nullable(),
  accounts: z.array(z.string()),
});
export type MediaPostRef = z.infer<typeof MediaPostRef>;

export const MediaUsage = z.object({ mediaId: z.string(), posts: z.array(MediaPostRef) });
export type MediaUsage = z.infer<typeof MediaUsage>;

const MediaIds = z.array(z.string().min(1).max(64)).min(1).max(10_000);
const MediaTag = z.string().trim().min(1).max(100);
/** A format the export registry offers (pdf, xlsx, csv, ics, zip), with its variants. */
export const ExportFormatInfo = z.object({
  format: z.string(),
  extension: z.string(),
  profiles: z.array(z.string()),
});
export type ExportFormatInfo = z.infer<typeof ExportFormatInfo>;

/** What a selection holds, before anything is written: the Exports screen's live count. */
export const ExportPreview = z.object({
  rows: z.number().int(),
  posts: z.number().int(),
  from: z.string(),
  to: z.string(),
  locale: Locale,
  versionHash: z.string(),
});
export type ExportPreview = z.infer<typeof ExportPreview>;

export const ExportRequest = z.object({
  format: z.string().min(1).max(20),
  selection: ExportSelection,
  profile: z.string().min(1).max(40).optional(),
  delimiter: z.enum([',', ';']).optional(),
});
export type ExportRequest = z.input<typeof ExportRequest>;

/** `path: null` when the user cancelled the save dialog (nothing was written). */
export const ExportOutcome = z.object({
  path: z.string().nullable(),
  bytes: z.number().int(),
  rows: z.number().int(),
  versionHash: z.string(),
  format: z.string(),
});
export type ExportOutcome = z.infer<typeof ExportOutcome>;

const Empty = z.object({}).strict();
const FolderPath = z.string().min(1).max(4096);

/** The list of operations. Keys are `domain.verb`. */
export const operations = {
  'app.status': { input: Empty, output: AppStatus },
  'app.setPreferences': { input: patchOf(Preferences), output: AppStatus },
  /** Retries the saves that failed (disk full, read-only folder) and are held in memory. */
  'app.retrySaves': { input: Empty, output: AppStatus },
  'app.dismissProblem': { input: Empty, output: AppStatus },

  'workspaces.recent': { input: Empty, output: z.array(RecentWorkspace) },
  'workspaces.open': { input: z.object({ path: FolderPath }), output: AppStatus },
  'workspaces.create': {
    input: z.object({ path: FolderPath, name: z.string().min(1).max(200), sample: z.boolean().default(false) }),
    output: AppStatus,
  },
  /** Opens the French sample workspace, creating it in the app's data folder the first time. */
  'workspaces.openSample': { input: Empty, output: AppStatus },
  /** Native folder picker in Electron; `null` in the web host (the renderer asks for a path instead). */
  'workspaces.pickFolder': {
    input: z.object({ purpose: z.enum(['open', 'create']) }),
    output: z.object({ path: z.string().nullable() }),
  },
  'workspaces.backups': { input: Empty, output: z.array(BackupInfo) },
  /**
   * Puts a backup back. The current files are set aside first (never deleted), so a restore can
   * itself be undone by hand.
   */
  'workspaces.restoreBackup': { input: z.object({ id: z.string().min(1).max(200) }), output: AppStatus },
  /** Native file picker for a workspace archive (zip) in Electron; `null` in the web host or when cancelled. */
  'workspaces.pickArchive': { input: Empty, output: z.object({ path: z.string().nullable() }) },
  /**
   * Restores a workspace archive into a new (absent or empty) folder, all or nothing, then opens it.
   * An archive with unsafe entries, sizes past the cap, or a workspace that does not open is refused.
   */
  'workspaces.restoreArchive': {
    input: z.object({ archive: FolderPath, to: FolderPath }),
    output: AppStatus,
  },

  'workspace.update': {
    input: z.object({ name: z.string().min(1).max(200).optional(), settings: patchOf(WorkspaceSettings).optional() }),
    output: WorkspaceInfo,
  },

  /** Replaces the workspace's snippets (the composer inserts them; Settings manages them). */
  'snippets.save': { input: z.object({ snippets: z.array(Snippet).max(500) }), output: WorkspaceInfo },
  'hashtagGroups.save': {
    input: z.object({ hashtagGroups: z.array(HashtagGroup).max(200) }),
    output: WorkspaceInfo,
  },
  /** Sets one account's signature, added after every variant it publishes. */
  'accounts.setSignature': {
    input: z.object({ accountId: z.string().min(1).max(64), signature: z.string().max(1_000) }),
    output: WorkspaceInfo,
  },

  'posts.list': { input: Empty, output: z.array(PostSummary) },
  'posts.get': { input: z.object({ id: PostId }), output: Post },
  'posts.create': { input: z.object({ draft: PostDraft }), output: Post },
  /** `expectedRevision` guards against saving over a change made elsewhere (another window, a sync client). */
  'posts.update': {
    input: z.object({ id: PostId, patch: PostPatch, expectedRevision: z.number().int().min(1).optional() }),
    output: Post,
  },
  'posts.delete': { input: z.object({ id: PostId }), output: z.object({ id: PostId }) },
  /** Puts a whole post back as it was (undo of a delete or an edit); its revision moves forward. */
  'posts.restore': { input: z.object({ post: Post }), output: Post },

  'requests.list': { input: Empty, output: z.array(ContentRequest) },
  'media.list': { input: Empty, output: z.array(MediaItem) },
  /** Imports files and folders the user named (dialog, drop, CLI); a backup is taken first. */
  'media.import': {
    input: z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000) }),
    output: MediaImportReport,
  },
  /** Native file picker in Electron; `null` in the web host (the renderer uses a file input and uploads). */
  'media.pickFiles': { input: Empty, output: z.object({ paths: z.array(z.string()).nullable() }) },
  'media.update': {
    input: z.object({
      id: z.string().min(1).max(64),
      name: z.string().trim().min(1).max(500).optional(),
      alt: z.string().max(5_000).optional(),
      tags: z.array(MediaTag).max(100).optional(),
      folder: z.string().max(500).optional(),
    }),
    output: MediaItem,
  },
  /** Bulk tag and move: tags added and removed, and a folder, for every item in `ids`. */
  'media.updateMany': {
    input: z.object({
      ids: MediaIds,
      addTags: z.array(MediaTag).max(100).default([]),
      removeTags: z.array(MediaTag).max(100).default([]),
      folder: z.string().max(500).optional(),
    }),
    output: z.array(MediaItem),
  },
  /** Which posts use the items (all items when `ids` is absent); items no post uses are left out. */
  'media.usage': { input: z.object({ ids: MediaIds.optional() }), output: z.array(MediaUsage) },
  /**
   * Deletes items. Items that posts use are only deleted with `confirmed: true`, and then taken out
   * of those posts; without it nothing is deleted and the usage comes back for the user to see.
   */
  'media.delete': {
    input: z.object({ ids: MediaIds, confirmed: z.boolean().default(false) }),
    output: z.object({ deleted: z.array(z.string()), usage: z.array(MediaUsage) }),
  },

  'exports.formats': { input: Empty, output: z.array(ExportFormatInfo) },
  'exports.preview': { input: z.object({ selection: ExportSelection }), output: ExportPreview },
  /**
   * Writes an export of the open workspace: where the user says in Electron (native save dialog),
   * in the service's exports folder in the web host; never inside the workspace folder.
   */
  'exports.create': { input: ExportRequest, output: ExportOutcome },
  /** Native file picker (CSV, xlsx) in Electron; `null` in the web host (the renderer asks for a path instead). */
  'imports.pickFile': {
    input: z.object({ title: z.string().max(200) }),
    output: z.object({ path: z.string().nullable() }),
  },
  /**
   * Reads an import file (a review round-trip or a bulk plan) into a preview; writes nothing. The
   * token names this preview for `imports.apply`. `mapping` overrides the guessed columns of a plan.
   */
  'imports.preview': {
    input: z.object({ path: FolderPath, mapping: ImportMappingInput.optional() }),
    output: ImportPreviewView,
  },
  /** Applies a preview after a before-import backup; `as` names the reviewer of a review file. */
  'imports.apply': {
    input: z.object({ token: z.string().min(1).max(100), as: z.string().min(1).max(200).optional() }),
    output: ImportOutcome,
  },
} as const;

export type OperationName = keyof typeof operations;
export const OPERATION_NAMES = Object.keys(operations) as OperationName[];

// core/apiNames.ts repeats the names for the preload bundle (no zod there); this stops them drifting.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type OperationNamesMatchApiNames = Assert<SameKeys<ListedOperationName, OperationName>>;

export type OperationInput<K extends OperationName> = z.input<(typeof operations)[K]['input']>;
export type OperationParsedInput<K extends OperationName> = z.output<(typeof operations)[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<(typeof operations)[K]['output']>;

/** What every transport returns: errors travel as data, never as thrown exceptions across a process. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: CalepinErrorData };

/** The API as the Node side implements it: validated input in, value out, CalepinError thrown. */
export type CalepinService = {
  [K in OperationName]: (input: OperationParsedInput<K>) => Promise<OperationOutput<K>>;
};

/**
 * What the Electron preload adds beside the bridge (`window.calepinFiles`): the path of a file
 * dropped from the OS, so it is imported by path like a dialog's; '' for bytes with no file behind
 * them (a paste). `file` is a DOM File, typed loosely because core has no DOM.
 */
export interface CalepinFilesBridge {
  pathForFile(file: object): string;
}

/** The API as a transport exposes it to the renderer (`window.calepin`). */
export type CalepinBridge = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<Result<OperationOutput<K>>>;
};

export { SCHEMA_VERSION };
