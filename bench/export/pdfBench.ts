/**
 * Issue 6's PDF target: the plan book of 300 posts with thumbnails, printed to A4 by Debian's
 * Chromium, ≤ 10 s. The workspace is the sample (its six pictures) plus 300 approved posts over
 * March, each with one or two pictures, so every card carries thumbnails. The figure is the whole
 * export as `calepin export --format pdf` runs it: reading the posts, the thumbnails (cold cache),
 * the HTML and the printing.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { renderPlanBookHtml } from '../../core/export/planBook/renderPlanBook.js';
import { planBookInput } from '../../electron/export/pdf.js';
import { prepareExport, runExport } from '../../electron/export/runExport.js';
import { createSampleWorkspace } from '../../electron/sample/createSampleWorkspace.js';
import { defaultSampleImagesDir } from '../../electron/services/appPaths.js';
import type { Report } from '../report.js';

const POSTS = 300;
const run = promisify(execFile);

export async function runPdfBench(report: Report): Promise<void> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'calepin-bench-pdf-'));
  try {
    const options = {
      clock: () => new Date('2026-02-20T09:00:00Z'),
      actor: 'bench',
      dataDir: path.join(scratch, 'data'),
      backups: { enabled: false },
    };
    const store = await createSampleWorkspace(
      path.join(scratch, 'Plan.calepin'),
      { imagesDir: defaultSampleImagesDir() },
      options,
    );
    const accounts = store.info().accounts;
    const media = store.listMedia();
    for (let i = 0; i < POSTS; i++) {
      const account = accounts[i % accounts.length]!;
      const day = 1 + (i % 31);
      const hour = 7 + (i % 12);
      const pictures = media.slice(i % media.length, (i % media.length) + 1 + (i % 2));
      await store.createPost({
        title: `Publication ${i + 1} du plan`,
        status: 'approved',
        plannedAt: `2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:15:00.000Z`,
        zone: 'Europe/Paris',
        accounts: [account.id],
        masterText: `Texte ${i + 1} : la fournée du jour, #Lyon #boulangerie https://fournils.fr/${i} — à bientôt !`,
        variants: [{ accountId: account.id, customised: false, media: pictures.map((m) => ({ mediaId: m.id })) }],
      });
    }
    const selection = { from: '2026-03-01', to: '2026-03-31', statuses: ['approved' as const] };
    const job = { store, selection, now: new Date('2026-02-20T09:00:00Z'), dataDir: options.dataDir };

    const out = path.join(scratch, 'plan.pdf');
    const started = performance.now();
    const result = await runExport('pdf', { ...job, out });
    const seconds = (performance.now() - started) / 1000;

    const context = await prepareExport({ ...job, out: '' });
    const input = await planBookInput(context);
    const htmlStarted = performance.now();
    const html = renderPlanBookHtml(input);
    const htmlMs = performance.now() - htmlStarted;
    const { stdout } = await run('pdfinfo', [out]);
    await store.close();

    report({
      name: `pdf plan book, ${result.rows} cards (300 posts + sample) with thumbnails`,
      value: seconds,
      unit: 's',
      target: '≤ 10',
    });
    report({ name: 'pdf plan book, HTML made in core', value: htmlMs, unit: 'ms', target: '' });
    report({ name: 'pdf plan book, HTML size', value: html.length / 1024 / 1024, unit: 'MB', target: '' });
    report({
      name: 'pdf plan book, A4 pages',
      value: Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]),
      unit: 'pages',
      target: '',
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
