/**
 * Builds a workspace of N realistic posts for the store benchmark: four customised variants,
 * comments, an approval, ~6 KB a post as the store writes it, plus one history line per post.
 * Files are written with plain fs (no fsync: this is set-up, not what is measured) and the result
 * is cached under the OS temp folder, since 50,000 posts take a while to write.
 */
import { createWriteStream } from 'node:fs';
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { Post } from '../../core/model/index.js';
import { toJsonText } from '../../electron/store/jsonFile.js';
import { writePostsAndIndex } from './writePosts.js';
import { POST_STATUSES } from '../../core/model/post.js';

/** Bump when the generated content changes, so old caches are not reused. */
const GENERATOR_VERSION = 2;
const NETWORKS = [
  'instagram',
  'linkedin',
  'facebook',
  'x',
  'bluesky',
  'mastodon',
  'threads',
  'tiktok',
  'youtube',
  'pinterest',
];
const STATUSES = POST_STATUSES;
const SENTENCES = [
  'Notre nouvelle collection de printemps arrive en boutique ce samedi, avec des pièces fabriquées à Lyon.',
  'Venez rencontrer l’équipe autour d’un café : on vous présente les coulisses de l’atelier.',
  'Merci à toutes celles et ceux qui ont participé au sondage de la semaine dernière !',
  'Les inscriptions à l’atelier couture du mois prochain sont ouvertes : dix places seulement.',
  'Retour en images sur le salon Made in France, où nous avons présenté la gamme éco-conçue.',
  'Offre spéciale pour la fête des mères : la livraison est offerte jusqu’à dimanche minuit.',
  'Nous recrutons un ou une responsable de boutique à Bordeaux, en CDI, dès septembre.',
];

export function accountIds(): string[] {
  return NETWORKS.map((network) => `acc-${network}`);
}

function text(seed: number, length: number): string {
  let out = '';
  for (let i = seed; out.length < length; i++) out += `${SENTENCES[i % SENTENCES.length]} `;
  return out.slice(0, length).trim();
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Parsed with the real schema, so the bench never measures posts the app could not have written. */
export function makePost(i: number): Post {
  const start = Date.parse('2026-01-05T08:00:00.000Z');
  const accounts = accountIds();
  const chosen = [0, 1, 2, 3].map((k) => accounts[(i + k * 3) % accounts.length] as string);
  return Post.parse({
    id: `bench${String(i).padStart(7, '0')}`,
    title: `${text(i, 48)} #${i}`,
    status: STATUSES[i % STATUSES.length],
    plannedAt: i % 12 === 0 ? null : iso(start + (i % 365) * 86_400_000 + (i % 9) * 3_600_000),
    zone: i % 7 === 0 ? 'America/Montreal' : 'Europe/Paris',
    accounts: chosen,
    masterText: text(i, 700),
    variants: chosen.map((accountId, k) => ({
      accountId,
      customised: true,
      text: text(i + k, 650),
      threadParts: k === 3 ? [text(i + 5, 200)] : [],
      firstComment: k === 0 ? '#printemps #fabriquéenfrance #lyon' : '',
      media: [{ mediaId: `media${i % 50}` }],
      publishedAt: null,
    })),
    labels: [`label${i % 6}`, `label${(i + 2) % 6}`],
    campaign: i % 3 === 0 ? `campaign${i % 4}` : null,
    funnel: null,
    pillar: 'produits',
    assignee: `person${i % 5}`,
    requestId: null,
    comments: [0, 1, 2].map((k) => ({
      id: `c${i}-${k}`,
      author: ['Léa', 'Marc', 'Sofia'][k] as string,
      at: iso(start + k * 60_000),
      text: text(i + k, 160),
    })),
    approvals: [
      {
        by: 'Sofia',
        at: iso(start + 3_600_000),
        decision: 'approved',
        note: 'OK pour moi.',
        contentHash: 'a'.repeat(64),
      },
    ],
    seriesId: null,
    createdAt: iso(start),
    updatedAt: iso(start + 7_200_000),
    revision: 3,
  });
}

function workspaceJson(n: number) {
  return {
    schemaVersion: 2,
    id: `bench-${n}`,
    name: `Banc d’essai ${n}`,
    settings: { zone: 'Europe/Paris', locale: 'fr', defaultTime: '09:00' },
    accounts: NETWORKS.map((network, k) => ({
      id: `acc-${network}`,
      network,
      handle: `@calepin.${network}`,
      displayName: `Calepin ${network}`,
      register: (['corporate', 'community', 'merchant'] as const)[k % 3],
      zone: 'Europe/Paris',
      colour: '#336699',
    })),
  };
}

/** The folder of a workspace with `n` posts, generated on first use. */
export async function benchWorkspace(n: number, log: (line: string) => void): Promise<string> {
  const dir = path.join(os.tmpdir(), `calepin-bench-v${GENERATOR_VERSION}-${n}`, 'Banc.calepin');
  const done = path.join(dir, '..', 'complete');
  if (
    await access(done).then(
      () => true,
      () => false,
    )
  )
    return dir;
  log(`generating ${n} posts in ${dir} …`);
  await rm(path.dirname(dir), { recursive: true, force: true });
  for (const sub of ['posts', 'index', 'history', 'conflicts', 'quarantine', 'media'])
    await mkdir(path.join(dir, sub), { recursive: true });
  await writeFile(path.join(dir, 'workspace.json'), toJsonText(workspaceJson(n)));
  await writeFile(path.join(dir, 'media.json'), toJsonText({ items: [] }));
  const history = createWriteStream(path.join(dir, 'history', '2026-01.jsonl'));
  await writePostsAndIndex(dir, n, makePost, async (batch) => {
    for (const post of batch) {
      const line = { at: post.updatedAt, who: 'Léa', op: 'create', postId: post.id, revision: post.revision, post };
      if (!history.write(`${JSON.stringify(line)}\n`)) await once(history, 'drain');
    }
  });
  history.end();
  await once(history, 'finish');
  await writeFile(done, new Date().toISOString());
  return dir;
}
