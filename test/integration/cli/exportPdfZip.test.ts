/** `calepin export --format pdf|zip`, run for real from the built bundle, printed by Debian's Chromium. */
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCalepin } from '../../helpers/cli.js';
import { A4, pdfInfo, pdfText } from '../../helpers/pdf.js';
import { makeTempDir, type TempDir } from '../../helpers/tempDir.js';
import { makeTempWorkspace, type TempWorkspace } from '../../helpers/workspace.js';

let temp: TempDir;
let ws: TempWorkspace;
let env: Record<string, string>;

beforeAll(async () => {
  await buildCli();
  temp = await makeTempDir('calepin-export-pdf-');
  ws = await makeTempWorkspace({ sample: true });
  env = { CALEPIN_DATA_DIR: temp.join('data') };
});
afterAll(async () => {
  await temp.remove();
  await ws.remove();
});

describe('calepin export --format pdf', () => {
  it('prints the plan book on A4 landscape, in French', async () => {
    const out = temp.join('plan.pdf');
    const run = await runCalepin(
      [
        'export',
        '--workspace',
        ws.dir,
        '--format',
        'pdf',
        '--profile',
        'landscape',
        '--from',
        '2026-03-01',
        '--to',
        '2026-04-30',
        '--locale',
        'fr',
        '--out',
        out,
      ],
      { env: { ...env, LANG: 'fr_FR.UTF-8' } },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const info = await pdfInfo(out);
    expect(info.width).toBeCloseTo(A4.long, 0);
    const text = await pdfText(out);
    expect(text).toContain('Plan de publication');
    expect(text).toContain('Les Fournils de Saône');
  });

  it('without Chromium: exit 1, one sentence, no file', async () => {
    const out = temp.join('none.pdf');
    const run = await runCalepin(['export', '--workspace', ws.dir, '--format', 'pdf', '--out', out], {
      env: { ...env, LANG: 'fr_FR.UTF-8', CALEPIN_CHROMIUM: temp.join('no-such-chromium') },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `calepin export: Impossible d’imprimer le PDF\u202F: Chromium est introuvable (${temp.join('no-such-chromium')}). Installez-le ou indiquez-le avec CALEPIN_CHROMIUM.\n`,
    );
    expect((await readdir(temp.path)).filter((f) => f.includes('none'))).toEqual([]);
  });
});

describe('calepin export --format zip', () => {
  it('archives the workspace, and calepin restore brings it back', async () => {
    const out = temp.join('Fournils.zip');
    const run = await runCalepin(['export', '--workspace', ws.dir, '--format', 'zip', '--out', out], { env });
    expect(run.code).toBe(0);
    const restore = await runCalepin(['restore', out, '--to', temp.join('Copie.calepin')], { env });
    expect(restore.stderr).toBe('');
    expect(restore.stdout).toContain('(61 posts, 6 media, 11 accounts)');
  });
});
