/**
 * What `calepin doctor` looks at, reading only: workspace.json and its schema version, media.json
 * and the media files, every post file, the summary index against those files, sync-conflict
 * copies, temp files left by a crash, and whether another Calepin holds the lock. Nothing here
 * writes, so the doctor can run on a workspace the app has open, or on a read-only disk.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import lockfile from 'proper-lockfile';
import { CalepinError } from '../../core/errors.js';
import { SCHEMA_VERSION } from '../../core/model/index.js';
import { TEMP_FILE } from '../store/durableWrite.js';
import { nodeFsOps } from '../store/fsOps.js';
import { DEFAULT_STALE_MS } from '../store/lock.js';
import {
  CONFLICTS_DIR,
  INDEX_DIR,
  JOURNAL_FILE,
  LOCK_DIR,
  POSTS_DIR,
  QUARANTINE_DIR,
  abs,
  postFile,
} from '../store/layout.js';
import { readPostFile } from '../store/postFiles.js';
import { scanPosts } from '../store/postsScan.js';
import { SummaryIndex } from '../store/summaryIndex.js';
import { mediaDb, readWorkspaceFile } from '../store/workspaceFiles.js';

export type FindingCode =
  | 'corrupt'
  | 'newer-schema'
  | 'older-schema'
  | 'locked'
  | 'index-unreadable'
  | 'index-mismatch'
  | 'index-torn'
  | 'conflict'
  | 'temp-file'
  | 'media-missing'
  | 'media-mismatch'
  | 'quarantined';

export interface Finding {
  /** `problem` fails the doctor; `note` is worth knowing and harmless. */
  severity: 'problem' | 'note';
  code: FindingCode;
  /** Relative to the workspace, when one file is to blame. */
  file: string | null;
  params: Record<string, string | number>;
}

export interface DoctorReport {
  posts: number;
  media: number;
  findings: Finding[];
}

const problem = (code: FindingCode, file: string | null, params: Finding['params'] = {}): Finding => ({
  severity: 'problem',
  code,
  file,
  params,
});

async function names(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

/** Throws WORKSPACE_NOT_FOUND when `dir` is no workspace at all; anything else is a finding. */
export async function checkWorkspace(dir: string): Promise<DoctorReport> {
  const findings: Finding[] = [];
  const corruptFinding = (error: unknown): boolean => {
    if (!(error instanceof CalepinError) || error.code !== 'WORKSPACE_CORRUPT') return false;
    findings.push(
      problem('corrupt', String(error.params.file), {
        reason: String(error.params.reason),
        detail: String(error.params.detail ?? ''),
      }),
    );
    return true;
  };

  try {
    const read = await readWorkspaceFile(dir, nodeFsOps);
    if (read.kind === 'newer')
      findings.push(problem('newer-schema', 'workspace.json', { found: read.version, supported: SCHEMA_VERSION }));
    if (read.kind === 'older')
      findings.push({
        severity: 'note',
        code: 'older-schema',
        file: 'workspace.json',
        params: { found: read.version, supported: SCHEMA_VERSION },
      });
  } catch (error) {
    if (error instanceof CalepinError && error.code === 'WORKSPACE_NEWER_SCHEMA')
      findings.push(problem('newer-schema', 'workspace.json', error.params as Finding['params']));
    else if (!corruptFinding(error)) throw error;
  }

  let mediaCount = 0;
  const media = mediaDb(dir, nodeFsOps);
  try {
    await media.read();
    mediaCount = media.data.items.length;
    for (const item of media.data.items) {
      const bytes = await readFile(abs(dir, item.file)).catch(() => null);
      if (!bytes) findings.push(problem('media-missing', item.file, { id: item.id }));
      else if (createHash('sha256').update(bytes).digest('hex') !== item.sha256)
        findings.push(problem('media-mismatch', item.file, { id: item.id }));
    }
  } catch (error) {
    if (!corruptFinding(error)) throw error;
  }

  const scan = await scanPosts(dir);
  const onDisk = new Map<string, number>();
  for (const id of scan.ids) {
    try {
      const read = await readPostFile(dir, id);
      if (read) onDisk.set(id, read.post.revision);
    } catch (error) {
      if (!corruptFinding(error)) throw error;
    }
  }
  for (const conflict of scan.conflicts)
    findings.push(problem('conflict', conflict.file, { post: conflict.postId ?? '', source: conflict.source }));

  const loaded = await SummaryIndex.load(dir);
  if (!loaded.ok) {
    findings.push(
      problem(
        'index-unreadable',
        loaded.reason === 'missing' ? loaded.detail : (loaded.detail.split(':')[0] ?? INDEX_DIR),
        { detail: loaded.detail },
      ),
    );
  } else {
    if (loaded.tornBytes > 0) findings.push(problem('index-torn', JOURNAL_FILE, { bytes: loaded.tornBytes }));
    for (const [id, revision] of onDisk) {
      const entry = loaded.index.entries.get(id);
      if (!entry) findings.push(problem('index-mismatch', postFile(id), { detail: 'absent' }));
      else if (entry.summary.revision !== revision)
        findings.push(
          problem('index-mismatch', postFile(id), {
            detail: 'revision',
            index: entry.summary.revision,
            disk: revision,
          }),
        );
    }
    for (const id of loaded.index.entries.keys()) {
      if (!scan.ids.includes(id)) findings.push(problem('index-mismatch', postFile(id), { detail: 'gone' }));
    }
  }

  for (const folder of ['', POSTS_DIR, INDEX_DIR, CONFLICTS_DIR]) {
    for (const name of await names(abs(dir, folder))) {
      if (TEMP_FILE.test(name)) findings.push(problem('temp-file', folder ? `${folder}/${name}` : name));
    }
  }
  for (const name of await names(abs(dir, QUARANTINE_DIR))) {
    findings.push({ severity: 'note', code: 'quarantined', file: `${QUARANTINE_DIR}/${name}`, params: {} });
  }

  const locked = await lockfile
    .check(dir, { lockfilePath: abs(dir, LOCK_DIR), stale: DEFAULT_STALE_MS, realpath: false })
    .catch(() => false);
  if (locked) findings.push(problem('locked', LOCK_DIR));

  return { posts: onDisk.size, media: mediaCount, findings };
}
