/**
 * Issue 5's import target: 200 generated 12-megapixel JPEGs (hash, copy, probe, thumbnail) through
 * the real `calepin media import`, in its own process so that its peak memory is its own.
 * Targets: ≥ 10 files/s on this 2-core machine, peak RSS ≤ 500 MB. The photos are generated once
 * and kept in the temp folder between runs.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { photo } from '../../test/integration/media/generate.js';
import { REPO, CALEPIN_BIN } from '../../test/e2e/support/launchCalepin.js';
import type { Report } from '../report.js';

const COUNT = 200;
const PHOTOS = path.join(tmpdir(), 'calepin-bench-photos-12mp');

async function ensurePhotos(): Promise<void> {
  await mkdir(PHOTOS, { recursive: true });
  const present = new Set(await readdir(PHOTOS));
  for (let index = 0; index < COUNT; index += 1) {
    const name = `photo-${String(index).padStart(3, '0')}.jpg`;
    if (!present.has(name)) await photo(path.join(PHOTOS, name), 4000, 3000, index);
  }
}

/** Peak resident memory of a running process, from Linux's own high-water mark. */
async function highWaterMark(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function run(args: string[]): Promise<{ code: number | null; seconds: number; peakBytes: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CALEPIN_BIN, ...args], {
      cwd: REPO,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    let peak = 0;
    const timer = setInterval(() => {
      void highWaterMark(child.pid ?? 0).then((bytes) => (peak = Math.max(peak, bytes)));
    }, 25);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ code, seconds: (performance.now() - started) / 1000, peakBytes: peak });
    });
  });
}

export async function runMediaBench(report: Report): Promise<void> {
  await ensurePhotos();
  const scratch = await mkdtemp(path.join(tmpdir(), 'calepin-bench-media-'));
  try {
    const workspace = path.join(scratch, 'Médias.calepin');
    const created = await run(['new', workspace]);
    if (created.code !== 0 || !existsSync(workspace)) throw new Error('could not create the bench workspace');
    const imported = await run(['media', 'import', '--workspace', workspace, PHOTOS, '--json']);
    if (imported.code !== 0) throw new Error(`media import exited with ${imported.code}`);
    report({
      name: `media import, ${COUNT} JPEGs of 12 MP (whole command)`,
      value: COUNT / imported.seconds,
      unit: 'files/s',
      target: '≥ 10',
    });
    report({
      name: `media import, ${COUNT} JPEGs of 12 MP, peak RSS`,
      value: imported.peakBytes / 1024 / 1024,
      unit: 'MB',
      target: '≤ 500',
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
