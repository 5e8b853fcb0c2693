/**
 * One writer per workspace. proper-lockfile creates a lock directory (mkdir is atomic on every
 * file system, network ones included) and refreshes its mtime as a heartbeat; a lock whose
 * heartbeat stopped (crashed app) is stale after ~10 s and can be taken over. The lock lives inside
 * the workspace folder because the folder's parent may not be writable.
 */
import lockfile from 'proper-lockfile';
import { CalepinError } from '../../core/errors.js';
import { errnoCode } from './fsOps.js';
import { LOCK_DIR, abs } from './layout.js';

export const DEFAULT_STALE_MS = 10_000;

export interface WorkspaceLock {
  release(): Promise<void>;
}

export type LockResult = { ok: true; lock: WorkspaceLock } | { ok: false; reason: CalepinError };

/**
 * @param onLost called if the lock is taken from us (heartbeat failed for too long, folder
 *   removed); the store then stops writing instead of crashing the app (the library's default).
 */
export async function lockWorkspace(
  dir: string,
  onLost: (error: Error) => void,
  staleMs = DEFAULT_STALE_MS,
): Promise<LockResult> {
  try {
    const release = await lockfile.lock(dir, {
      lockfilePath: abs(dir, LOCK_DIR),
      stale: staleMs,
      update: Math.max(1_000, Math.floor(staleMs / 2)),
      realpath: false,
      retries: 0,
      onCompromised: onLost,
    });
    let released = false;
    return {
      ok: true,
      lock: {
        async release() {
          if (released) return;
          released = true;
          // Already gone (compromised, folder moved): nothing left to release.
          await release().catch(() => undefined);
        },
      },
    };
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ELOCKED') return { ok: false, reason: new CalepinError('WORKSPACE_LOCKED', { path: dir }) };
    // A folder we may not write to (read-only disk, no permission) opens read-only, not at all.
    if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
      return { ok: false, reason: new CalepinError('WORKSPACE_READ_ONLY', { reason: code }) };
    }
    throw error;
  }
}
