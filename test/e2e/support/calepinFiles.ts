/** Workspaces made on disk with the real CLI, for tests that need one in a given state. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CALEPIN_BIN, REPO } from './launchCalepin.js';

const run = promisify(execFile);

export async function newSampleWorkspace(folder: string): Promise<void> {
  await run(process.execPath, [CALEPIN_BIN, 'new', folder, '--sample'], {
    cwd: REPO,
    env: { ...process.env, LANG: 'fr_FR.UTF-8' },
  });
}

/** Today's date (YYYY-MM-DD) in a zone, plus `days`. */
export function dateIn(zone: string, days = 0): string {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    at,
  );
}
