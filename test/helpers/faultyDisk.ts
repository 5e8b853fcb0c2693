/**
 * A disk that can be made to refuse writes, for "disk full" tests. It wraps the real file-system
 * calls the store uses (electron/store/fsOps.ts), so nothing is mocked but the failure itself.
 *
 *   const disk = faultyDisk();
 *   const server = await startTestServer({ fsOps: disk.ops });   // or createCalepinService({ fsOps: disk.ops, … })
 *   disk.fail('ENOSPC');      // every new write now fails as on a full disk
 *   …the edit is refused, kept in memory, the status shows DISK_FULL…
 *   disk.heal();              // room again: app.retrySaves succeeds
 */
import { nodeFsOps, type FsOps } from '../../electron/store/fsOps.js';

export interface FaultyDisk {
  ops: FsOps;
  fail(code?: 'ENOSPC' | 'EROFS' | 'EACCES' | 'EIO'): void;
  heal(): void;
}

export function faultyDisk(): FaultyDisk {
  let failing: string | null = null;
  const refuse = () => {
    if (!failing) return;
    const error = new Error(`${failing}: simulated by faultyDisk`) as NodeJS.ErrnoException;
    error.code = failing;
    throw error;
  };
  const ops: FsOps = {
    ...nodeFsOps,
    syncDirectories: nodeFsOps.syncDirectories,
    async write(fd, data) {
      refuse();
      return nodeFsOps.write(fd, data);
    },
    async open(path, flags, mode) {
      // Reading stays possible on a full disk; creating or appending does not.
      if (flags !== 'r') refuse();
      return nodeFsOps.open(path, flags, mode);
    },
  };
  return {
    ops,
    fail: (code = 'ENOSPC') => {
      failing = code;
    },
    heal: () => {
      failing = null;
    },
  };
}
