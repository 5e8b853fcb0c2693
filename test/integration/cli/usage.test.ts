/** How the command line answers help, mistakes and `count`. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCalepin } from '../../helpers/cli.js';

beforeAll(() => buildCli());

const fr = { LANG: 'fr_FR.UTF-8' };

describe('calepin --help', () => {
  it('lists the commands, in English or in French', async () => {
    const en = await runCalepin(['--help']);
    expect(en.code).toBe(0);
    for (const name of ['doctor', 'posts', 'info', 'new', 'web', 'count'])
      expect(en.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect((await runCalepin(['--help'], { env: fr })).stdout).toContain('Commandes');
  });

  it.each(['doctor', 'posts', 'info', 'new', 'web', 'count'])('explains `%s` with --help', async (name) => {
    const en = await runCalepin([name, '--help']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(new RegExp(`^Usage: calepin ${name}`));
    const french = await runCalepin([name, '--help'], { env: fr });
    // A narrow no-break space before the colon, as French typography wants (count.ts may still use a plain one).
    expect(french.stdout).toMatch(new RegExp(`^Usage[ \u202F]: calepin ${name}`));
  });
});

describe('mistakes on the command line', () => {
  it('names an unknown command and points to --help', async () => {
    const run = await runCalepin(['pots']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('calepin: unknown command "pots". See `calepin --help`.\n');
  });

  it('names an unknown option in one line, without a stack trace', async () => {
    const run = await runCalepin(['posts', '--workspce', 'x']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain("Unknown option '--workspce'");
    expect(run.stderr).toContain('calepin posts --help');
  });

  it('asks for the workspace when --workspace is missing, in French when LANG is French', async () => {
    const run = await runCalepin(['info'], { env: fr });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'calepin info: indiquez le dossier de l’espace de travail avec --workspace DOSSIER. Voir «\u202Fcalepin info --help\u202F».\n',
    );
  });

  it('refuses a port that is not a port', async () => {
    const run = await runCalepin(['web', '--port', 'eighty']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('invalid port: eighty');
  });
});

describe('calepin count', () => {
  it('is the counting command of electron/cli/count.ts', async () => {
    const run = await runCalepin(['count', '--network', 'bluesky', '--jsonl'], { input: '"Bonjour Lyon"\n' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ network: 'bluesky', length: 12 });
  });
});
