/**
 * Exports benchmark (issue 6): the Excel review file of 5,000 rows (target ≤ 2 s) and the ICS
 * feed of 5,000 events (target ≤ 500 ms), written from rows already selected, as the Exports
 * screen and `calepin export` do after reading the posts. Context figures: selecting and hashing
 * the rows, the generic CSV, and reading the 5,000-row xlsx back in the capped import parser.
 * 2,500 posts on two accounts each, ~300 characters of French text, a medium, labels, an approval.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { exportVersionHash, resolveSelection, selectRows, type ExportWorkspace } from '../../core/export/selection.js';
import { Account, Label, MediaItem, Post } from '../../core/model/index.js';
import { writeCsv } from '../../electron/export/csv.js';
import { icsCalendar } from '../../electron/export/ics.js';
import type { ExportContext, ExportJob } from '../../electron/export/job.js';
import { writeXlsx } from '../../electron/export/xlsx.js';
import { parseInChild } from '../../electron/import/parseInChild.js';
import { median, type Report } from '../report.js';

const POSTS = 2_500;
const RUNS = 5;
const TEXT =
  'Notre pain de saison est arrivé : un seigle aux figues, pétri à la main et cuit sur sole. ' +
  'Disponible du mardi au samedi dans nos quatorze boutiques, dès 7 h 30. Pensez à le réserver ! ' +
  '#FournilsDeSaone #PainDeSaison #Lyon 🥖 « fait maison » — à très vite. ';

function workspace(): ExportWorkspace {
  const account = (id: string, network: Account['network']) =>
    Account.parse({
      id,
      network,
      handle: `@${id}`,
      displayName: id,
      register: 'community',
      zone: 'Europe/Paris',
      colour: '#336699',
    });
  const media: MediaItem[] = [
    MediaItem.parse({
      id: 'm1',
      sha256: 'a'.repeat(64),
      name: 'baguettes.jpg',
      file: 'media/aa/a.jpg',
      kind: 'image',
      mime: 'image/jpeg',
      width: 1200,
      height: 800,
      durationSeconds: null,
      bytes: 200_000,
      alt: 'Trois baguettes sur un torchon de lin fariné.',
      tags: [],
      folder: '',
      importedAt: '2026-01-01T00:00:00.000Z',
    }),
  ];
  return {
    id: 'bench',
    name: 'Fournils (bench)',
    settings: { zone: 'Europe/Paris', locale: 'fr' },
    accounts: [account('ig', 'instagram'), account('x', 'x'), account('li', 'linkedin'), account('fb', 'facebook')],
    labels: [Label.parse({ id: 'l1', name: 'Produit', colour: '#aa5500' })],
    campaigns: [],
    media,
  };
}

function posts(): Post[] {
  const ids = ['ig', 'x', 'li', 'fb'];
  const start = Date.parse('2026-01-05T07:30:00.000Z');
  return Array.from({ length: POSTS }, (_, i) =>
    Post.parse({
      id: `p${i}`,
      title: `Post ${i}`,
      status: i % 2 === 0 ? 'approved' : 'scheduled',
      plannedAt: new Date(start + Math.floor(i / 8) * 86_400_000 + (i % 8) * 3_600_000).toISOString(),
      zone: 'Europe/Paris',
      accounts: [ids[i % 4], ids[(i + 1) % 4]],
      masterText: `${TEXT}${i}`,
      variants: [{ accountId: ids[i % 4], customised: false, media: [{ mediaId: 'm1' }] }],
      labels: ['l1'],
      approvals: [
        { by: 'Sophie Garnier', at: '2026-01-02T10:00:00.000Z', decision: 'approved', note: '', contentHash: 'x' },
      ],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      revision: 2,
    }),
  );
}

async function timed(run: () => unknown): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** CPU time of this process (user + system): less swayed than wall time by other work on the machine. */
async function cpuTimed(run: () => unknown): Promise<number> {
  const started = process.cpuUsage();
  await run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

export async function runExportsBench(report: Report): Promise<void> {
  const ws = workspace();
  const all = posts();
  const selection = resolveSelection(
    {
      accounts: [],
      statuses: ['approved', 'scheduled'],
      labels: [],
      campaigns: [],
      from: '2026-01-01',
      to: '2027-12-31',
    },
    ws,
    new Date('2026-01-01T00:00:00Z'),
  );
  const selecting: number[] = [];
  let rows = selectRows(all, ws, selection);
  for (let i = 0; i < RUNS; i++) {
    selecting.push(
      await timed(() => {
        rows = selectRows(all, ws, selection);
        exportVersionHash(rows, selection);
      }),
    );
  }
  if (rows.length !== 5_000) throw new Error(`expected 5,000 rows, got ${rows.length}`);
  // The writers read only the job's options; the posts are already in `rows`.
  const job = { selection: {}, out: '' } as unknown as ExportJob;
  const context: ExportContext = {
    job,
    workspaceDir: '',
    workspace: ws,
    selection,
    rows,
    version: exportVersionHash(rows, selection),
    madeAt: new Date('2026-01-01T00:00:00Z'),
  };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'calepin-bench-exports-'));
  try {
    const xlsx: number[] = [];
    const csv: number[] = [];
    const ics: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      xlsx.push(await timed(() => writeXlsx(context, path.join(dir, `plan-${i}.xlsx`))));
      csv.push(await timed(() => writeCsv(context, path.join(dir, `plan-${i}.csv`))));
      ics.push(await timed(() => icsCalendar(context, rows)));
    }
    const xlsxCpu: number[] = [];
    const icsCpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      xlsxCpu.push(await cpuTimed(() => writeXlsx(context, path.join(dir, `cpu-${i}.xlsx`))));
      icsCpu.push(await cpuTimed(() => icsCalendar(context, rows)));
    }
    const file = path.join(dir, 'plan-0.xlsx');
    const parse = await timed(() => parseInChild(file, 'xlsx'));
    report({
      name: 'exports: select, sort and hash 5,000 rows (median)',
      value: median(selecting),
      unit: 'ms',
      target: '',
    });
    report({
      name: 'exports: xlsx review file, 5,000 rows (median)',
      value: median(xlsx),
      unit: 'ms',
      target: '≤ 2000',
    });
    report({
      name: 'exports: xlsx size, 5,000 rows',
      value: (await stat(file)).size / 1024 / 1024,
      unit: 'MB',
      target: '',
    });
    report({
      name: 'exports: xlsx review file, 5,000 rows (CPU time, median)',
      value: median(xlsxCpu),
      unit: 'ms',
      target: '',
    });
    report({ name: 'exports: ICS feed, 5,000 events (median)', value: median(ics), unit: 'ms', target: '≤ 500' });
    report({
      name: 'exports: ICS feed, 5,000 events (CPU time, median)',
      value: median(icsCpu),
      unit: 'ms',
      target: '',
    });
    report({ name: 'exports: generic CSV, 5,000 rows (median)', value: median(csv), unit: 'ms', target: '' });
    report({ name: 'imports: read the 5,000-row xlsx in the capped child', value: parse, unit: 'ms', target: '' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
