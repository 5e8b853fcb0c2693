/**
 * `calepin export` and `calepin import` through the real CLI bundle: every format from the sample,
 * errors on stderr with exit 1 and no partial file left, a dry run that changes nothing, the
 * review round-trip with --as, and French messages under a French LANG.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCalepin } from '../../helpers/cli.js';
import { fixedClock } from '../../helpers/clock.js';
import { makeTempWorkspace, type TempWorkspace } from '../../helpers/workspace.js';

let ws: TempWorkspace;
const PERIOD = ['--from', '2026-03-01', '--to', '2026-04-30', '--status', 'approved,scheduled,in_review'];
const env = () => ({ CALEPIN_DATA_DIR: ws.dataDir });

beforeAll(async () => {
  await buildCli();
  ws = await makeTempWorkspace({ sample: true, clock: fixedClock() });
});

afterAll(async () => {
  await ws.remove();
});

describe('calepin export', () => {
  it.each([
    ['csv', ['--delimiter', ';']],
    ['csv', ['--profile', 'sprout']],
    ['xlsx', []],
    ['ics', []],
  ])('writes %s %j from the sample', async (format, extra) => {
    const out = ws.root.join(`plan-${format}-${extra.join('')}.${format}`);
    const r = await runCalepin(
      ['export', '--workspace', ws.dir, '--format', format, ...PERIOD, ...extra, '--out', out],
      {
        env: env(),
      },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ rows exported to .* \(2026-03-01 to 2026-04-30, version [0-9a-f]{12}\)\.\n$/);
    expect((await readFile(out)).length).toBeGreaterThan(200);
  });

  it('says what is wrong on stderr, exits 1 and leaves no file, not even a partial one', async () => {
    const folder = ws.root.join('sorties');
    const cases = [
      [['--format', 'docx', '--out', `${folder}/a.docx`], /unknown format "docx"/],
      [
        ['--format', 'csv', '--accounts', 'nope', '--out', `${folder}/b.csv`],
        /unknown account in this workspace: nope/,
      ],
      [['--format', 'csv', '--from', '2026-02-30', '--out', `${folder}/c.csv`], /--from takes a date YYYY-MM-DD/],
      [['--format', 'xlsx', '--out', `${folder}/missing/dir/d.xlsx`], /calepin export: /],
    ] as const;
    for (const [args, message] of cases) {
      const r = await runCalepin(['export', '--workspace', ws.dir, ...args], { env: env() });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    }
    expect(await readdir(ws.root.path)).not.toContain('sorties');
  });

  it('speaks French under a French LANG', async () => {
    const r = await runCalepin(
      ['export', '--workspace', ws.dir, '--format', 'csv', '--accounts', 'nope', '--out', ws.root.join('x.csv')],
      { env: { ...env(), LANG: 'fr_FR.UTF-8' } },
    );
    expect(r.stderr).toContain('compte inconnu dans cet espace de travail\u202F: nope');
  });
});

describe('calepin import', () => {
  it('previews with --dry-run, then applies a review with --as', async () => {
    const file = ws.root.join('relecture.xlsx');
    await runCalepin(['export', '--workspace', ws.dir, '--format', 'xlsx', ...PERIOD, '--out', file], { env: env() });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('Plan')!;
    const id = sheet.getRow(2).getCell(1).text;
    sheet.getRow(2).getCell(15).value = 'Changes requested';
    sheet.getRow(2).getCell(16).value = 'Le visuel est flou.';
    await book.xlsx.writeFile(file);

    const dry = await runCalepin(['import', '--workspace', ws.dir, file, '--dry-run'], { env: env() });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`${id}`);
    expect(dry.stdout).toContain('Changes requested «\u202FLe visuel est flou.\u202F»');
    expect(dry.stdout).toContain('Preview only (--dry-run): nothing was changed.');

    const real = await runCalepin(['import', '--workspace', ws.dir, file, '--as', 'Claire Martin'], { env: env() });
    expect(real.stderr).toBe('');
    expect(real.stdout).toContain('1 decision and 0 comments recorded, 0 conflicts not applied.');
    const post = JSON.parse(await readFile(`${ws.dir}/posts/${id}.json`, 'utf8')) as {
      status: string;
      approvals: { by: string; decision: string; note: string }[];
    };
    expect(post.status).toBe('changes_requested');
    expect(post.approvals.at(-1)).toMatchObject({ by: 'Claire Martin', decision: 'changes_requested' });
  });

  it('refuses rows with errors as a whole without a person to confirm', async () => {
    const file = ws.root.join('plan.csv');
    await writeFile(file, 'Compte,Date,Texte\nfds-instagram,12/03/2026,Bon\ninconnu,12/03/2026,Mauvais\n');
    const before = await readdir(`${ws.dir}/posts`);
    const r = await runCalepin(['import', '--workspace', ws.dir, file], { env: env() });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('row 3: unknown account "inconnu"');
    expect(r.stderr).toContain('1 row with errors: nothing was changed.');
    expect(await readdir(`${ws.dir}/posts`)).toEqual(before);
  });
});
