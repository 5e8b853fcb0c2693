/**
 * Workspaces for the calendar bench: 1,000 posts in March 2026 (about 32 a day, 08:00–21:00, in
 * the workspace zone), one post at 06:00 on 10 March that the bench drags, and the rest of `n`
 * spread over other years and months, never in the six weeks the March grid shows (from Monday 23
 * February to Sunday 5 April), so the month shown holds the same 1,000 posts at every size. Written
 * like the store writes them (one file a post, the summary index), cached under the OS temp folder.
 */
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Post } from '../../core/model/index.js';
import { toJsonText } from '../../electron/store/jsonFile.js';
import { writePostsAndIndex } from '../store/writePosts.js';

const GENERATOR_VERSION = 3;
export const MONTH_POSTS = 1_000;
export const MOVED_POST = 'cal-move';
export const BENCH_MONTH = '2026-03-01';
const NETWORKS = ['instagram', 'linkedin', 'facebook', 'x', 'bluesky'] as const;
const MARCH = Date.parse('2026-03-01T07:00:00.000Z');
const DAY = 86_400_000;

/** The days the March 2026 month grid shows, with a week's margin either side. */
const GRID_FROM = Date.parse('2026-02-16T00:00:00.000Z');
const GRID_TO = Date.parse('2026-04-13T00:00:00.000Z');

/** When post `i` goes out: the first 1,000 in March, the others in the years around it. */
export function plannedAtOf(i: number): string {
  if (i === 0) return '2026-03-10T05:00:00.000Z';
  if (i < MONTH_POSTS) return new Date(MARCH + (i % 31) * DAY + (i % 26) * 1_800_000).toISOString();
  // Other posts: 2023–2029, never on the March grid (moved a year on if they would be).
  const day = (i * 7919) % (365 * 6);
  const at = Date.parse('2023-01-02T08:00:00.000Z') + day * DAY + (i % 13) * 3_600_000;
  return new Date(at >= GRID_FROM && at < GRID_TO ? at + 365 * DAY : at).toISOString();
}

export function titleOf(i: number): string {
  return i === 0 ? 'Post déplacé par le banc' : `Post ${i} : nouveautés de la semaine à l’atelier`;
}

function makePost(i: number): Post {
  const accounts = [NETWORKS[i % 5]!, NETWORKS[(i + 2) % 5]!].map((network) => `acc-${network}`);
  return Post.parse({
    id: i === 0 ? MOVED_POST : `cal${String(i).padStart(6, '0')}`,
    title: titleOf(i),
    status: (['draft', 'in_review', 'approved', 'scheduled'] as const)[i % 4],
    plannedAt: plannedAtOf(i),
    zone: 'Europe/Paris',
    accounts,
    masterText: `Texte du post ${i}. Venez découvrir nos nouveautés cette semaine !`,
    labels: [],
    createdAt: '2026-01-01T08:00:00.000Z',
    updatedAt: '2026-01-01T08:00:00.000Z',
    revision: 1,
  });
}

export async function calendarWorkspace(n: number, log: (line: string) => void): Promise<string> {
  const dir = path.join(os.tmpdir(), `calepin-calbench-v${GENERATOR_VERSION}-${n}`, 'Banc.calepin');
  const done = path.join(dir, '..', 'complete');
  const ready = await access(done).then(
    () => true,
    () => false,
  );
  if (ready) return dir;
  log(`generating ${n} calendar posts in ${dir} …`);
  await rm(path.dirname(dir), { recursive: true, force: true });
  for (const sub of ['posts', 'index', 'history', 'conflicts', 'quarantine', 'media'])
    await mkdir(path.join(dir, sub), { recursive: true });
  await writeFile(
    path.join(dir, 'workspace.json'),
    toJsonText({
      schemaVersion: 2,
      id: `calbench-${n}`,
      name: `Banc calendrier ${n}`,
      settings: { zone: 'Europe/Paris', locale: 'fr', defaultTime: '09:00' },
      accounts: NETWORKS.map((network) => ({
        id: `acc-${network}`,
        network,
        handle: `@atelier.${network}`,
        displayName: `Atelier ${network}`,
        register: 'merchant',
        zone: 'Europe/Paris',
        colour: '#336699',
      })),
    }),
  );
  await writeFile(path.join(dir, 'media.json'), toJsonText({ items: [] }));
  await writePostsAndIndex(dir, n, makePost);
  await writeFile(done, new Date().toISOString());
  return dir;
}
