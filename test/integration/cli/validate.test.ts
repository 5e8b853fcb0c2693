/** `calepin validate`, run for real from the built bundle on the sample and on a post written too long. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../../../core/validate/index.js';
import { WorkspaceStore } from '../../../electron/store/WorkspaceStore.js';
import { buildCli, runCalepin } from '../../helpers/cli.js';
import { fixedClock } from '../../helpers/clock.js';
import { makeTempDir, type TempDir } from '../../helpers/tempDir.js';

let temp: TempDir;
let env: Record<string, string>;
let sample: string;
const fr = { LANG: 'fr_FR.UTF-8' };

interface JsonProblem {
  postId: string;
  title: string;
  status: string;
  handle: string;
  network: string;
  code: string;
  severity: 'error' | 'warning';
  message: string;
}

const jsonLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as JsonProblem);

beforeAll(async () => {
  await buildCli();
  temp = await makeTempDir('calepin-validate-');
  env = { CALEPIN_DATA_DIR: temp.join('data') };
  sample = temp.join('Fournils.calepin');
  const created = await runCalepin(['new', sample, '--sample'], { env });
  expect(created.code).toBe(0);
});

afterAll(async () => {
  await temp?.remove();
});

describe('calepin validate on the sample workspace', () => {
  it('prints one JSON line per problem, only for posts that will still go out, and exits 1 only on errors', async () => {
    const run = await runCalepin(['validate', '--workspace', sample, '--json'], { env });
    expect(run.stderr).toBe('');
    const problems = jsonLines(run.stdout);
    for (const p of problems) {
      expect(PROBLEM_CODES).toContain(p.code);
      expect(['draft', 'in_review', 'changes_requested', 'approved', 'scheduled']).toContain(p.status);
      expect(p.message).not.toBe('');
    }
    expect(run.code).toBe(problems.some((p) => p.severity === 'error') ? 1 : 0);
  });

  it('prints « title · handle (network) : message » lines in French, with a count at the end', async () => {
    const json = jsonLines(
      (await runCalepin(['validate', '--workspace', sample, '--json'], { env: { ...env, ...fr } })).stdout,
    );
    const run = await runCalepin(['validate', '--workspace', sample], { env: { ...env, ...fr } });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(json.length + 1);
    json.forEach((p, i) =>
      expect(lines[i]).toBe(`${p.title || p.postId} · ${p.handle} (${p.network})\u202F: ${p.message}`),
    );
    expect(lines.at(-1)).toMatch(
      /^\d+ erreur\(s\) et \d+ avertissement\(s\) dans \d+ publication\(s\) vérifiée\(s\)\.$/,
    );
  });

  it('an empty workspace has nothing to report and exits 0', async () => {
    const empty = temp.join('Vide.calepin');
    expect((await runCalepin(['new', empty], { env })).code).toBe(0);
    const run = await runCalepin(['validate', '--workspace', empty], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('0 error(s) and 0 warning(s) in 0 post(s) checked.\n');
  });
});

describe('calepin validate on a post written too long', () => {
  let dir: string;
  let handle: string;

  beforeAll(async () => {
    dir = temp.join('Long.calepin');
    expect((await runCalepin(['new', dir, '--sample'], { env })).code).toBe(0);
    const store = await WorkspaceStore.open(dir, {
      clock: fixedClock(),
      actor: 'test',
      dataDir: temp.join('data'),
      backups: { enabled: false },
    });
    try {
      const x = store.workspace().accounts.find((a) => a.network === 'x');
      if (x === undefined) throw new Error('the sample has no X account');
      handle = x.handle;
      await store.createPost({
        title: 'Annonce trop longue',
        status: 'draft',
        plannedAt: null,
        accounts: [x.id],
        masterText: 'Court.',
        variants: [{ accountId: x.id, customised: true, text: 'a'.repeat(300) }],
      });
      // A published post is history: validate leaves it alone, however long.
      await store.createPost({
        title: 'Déjà publiée, trop longue',
        status: 'published',
        plannedAt: null,
        accounts: [x.id],
        masterText: 'b'.repeat(400),
      });
    } finally {
      await store.close();
    }
  });

  it('names the post, the account and the overflow, and exits 1', async () => {
    const run = await runCalepin(['validate', '--workspace', dir], { env });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `Annonce trop longue · ${handle} (x): The text is 20 character(s) over the limit (300/280).\n`,
    );
    expect(run.stdout).not.toContain('Déjà publiée');
    const french = await runCalepin(['validate', '--workspace', dir], { env: { ...env, ...fr } });
    expect(french.stdout).toContain(
      `Annonce trop longue · ${handle} (x)\u202F: Le texte dépasse la limite de 20 caractère(s) (300/280).\n`,
    );
  });

  it('gives the code, severity and range in JSON', async () => {
    const run = await runCalepin(['validate', '--workspace', dir, '--json'], { env });
    expect(run.code).toBe(1);
    const line = run.stdout.split('\n').find((l) => l.includes('Annonce trop longue'));
    expect(JSON.parse(line ?? 'null')).toMatchObject({
      title: 'Annonce trop longue',
      network: 'x',
      code: 'text_too_long',
      severity: 'error',
      field: 'text',
      params: { length: 300, limit: 280, over: 20 },
      range: { start: 280, end: 300 },
    });
  });

  it('asks for the workspace when --workspace is missing', async () => {
    const run = await runCalepin(['validate'], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--workspace DIR');
  });
});
