/** `calepin new / posts / info / doctor`, run for real from the built bundle. */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST_STATUSES } from '../../../core/model/index.js';
import { buildCli, runCalepin } from '../../helpers/cli.js';
import { corruptFile } from '../../helpers/corrupt.js';
import { makeTempDir, type TempDir } from '../../helpers/tempDir.js';

let temp: TempDir;
let env: Record<string, string>;
let sample: string;

/** Every file under `dir` with its size, mtime and hash, to prove a command wrote nothing. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, file);
    if (entry.isDirectory()) {
      out[relative] = 'dir';
      continue;
    }
    const info = await stat(file);
    out[relative] = `${info.size} ${info.mtimeMs} ${createHash('sha256')
      .update(await readFile(file))
      .digest('hex')}`;
  }
  return out;
}

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);

beforeAll(async () => {
  await buildCli();
  temp = await makeTempDir('calepin-cli-');
  env = { CALEPIN_DATA_DIR: temp.join('data') };
  sample = temp.join('Fournils.calepin');
  const created = await runCalepin(['new', sample, '--sample'], { env });
  expect(created.stderr).toBe('');
  expect(created.code).toBe(0);
});

afterAll(async () => {
  await temp?.remove();
});

describe('calepin new', () => {
  it('creates the sample, then says where and how much', async () => {
    const json = JSON.parse(await readFile(path.join(sample, 'workspace.json'), 'utf8'));
    expect(json.name).toBe('Les Fournils de Saône (exemple)');
    const media = await readdir(path.join(sample, 'media'), { recursive: true });
    expect(media.filter((name) => name.endsWith('.jpg')).length).toBeGreaterThanOrEqual(4);
  });

  it('creates an empty workspace named after its folder', async () => {
    const run = await runCalepin(['new', temp.join('Agence.calepin')], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Created workspace "Agence"');
    const info = JSON.parse(
      (await runCalepin(['info', '--workspace', temp.join('Agence.calepin'), '--json'], { env })).stdout,
    );
    expect(info).toMatchObject({ name: 'Agence', counts: { posts: 0 } });
  });

  it('refuses a folder that is not empty, in one sentence and in the user’s language', async () => {
    const en = await runCalepin(['new', sample], { env });
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(/^calepin new: The folder .+ is not empty: choose a new or empty folder\.\n$/);
    const fr = await runCalepin(['new', sample], { env: { ...env, LANG: 'fr_FR.UTF-8' } });
    expect(fr.code).toBe(1);
    expect(fr.stderr).toContain('n’est pas vide');
    noStack(fr.stderr);
  });
});

describe('calepin posts', () => {
  it('prints every post as one JSON array with UTC instants, zones, accounts and labels', async () => {
    const run = await runCalepin(['posts', '--workspace', sample, '--json'], { env });
    expect(run.code).toBe(0);
    const posts = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(posts.length).toBeGreaterThanOrEqual(55);
    expect(new Set(posts.map((p) => p.status))).toEqual(new Set(POST_STATUSES));
    for (const post of posts) {
      expect(post).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          title: expect.any(String),
          zone: expect.any(String),
          accounts: expect.any(Array),
          labels: expect.any(Array),
        }),
      );
      expect(
        post.plannedAt === null || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(post.plannedAt as string),
      ).toBe(true);
    }
    expect(posts.some((p) => p.plannedAt === null)).toBe(true);
    expect(posts.some((p) => p.zone === 'America/Montreal')).toBe(true);
  });

  it('prints a readable table in French or English after LANG', async () => {
    const fr = await runCalepin(['posts', '--workspace', sample], { env: { ...env, LANG: 'fr_FR.UTF-8' } });
    expect(fr.code).toBe(0);
    expect(fr.stdout.split('\n')[0]).toMatch(/^Date\s+Statut\s+Titre\s+Comptes\s+Id$/);
    expect(fr.stdout).toContain('publiée');
    expect(fr.stdout).toContain('backlog');
    const en = await runCalepin(['posts', '--workspace', sample], { env });
    expect(en.stdout.split('\n')[0]).toMatch(/^Date\s+Status\s+Title\s+Accounts\s+Id$/);
    expect(en.stdout).toMatch(/\d+ post\(s\)\n$/);
  });
});

describe('calepin info', () => {
  it('describes the workspace as JSON: name, zone, locale, schema version, accounts, counts', async () => {
    const run = await runCalepin(['info', '--workspace', sample, '--json'], { env });
    expect(run.code).toBe(0);
    const info = JSON.parse(run.stdout);
    expect(info).toMatchObject({
      name: 'Les Fournils de Saône (exemple)',
      zone: 'Europe/Paris',
      locale: 'fr',
      schemaVersion: expect.any(Number),
      readOnly: null,
    });
    expect(info.accounts.length).toBeGreaterThanOrEqual(9);
    for (const account of info.accounts)
      expect(Object.keys(account)).toEqual(expect.arrayContaining(['id', 'network', 'handle', 'register', 'zone']));
    expect(info.counts).toEqual({
      posts: expect.any(Number),
      backlog: expect.any(Number),
      media: expect.any(Number),
      requests: expect.any(Number),
    });
    expect(info.counts.posts).toBeGreaterThanOrEqual(55);
  });
});

describe('calepin doctor', () => {
  it('finds nothing wrong with a fresh sample', async () => {
    const run = await runCalepin(['doctor', '--workspace', sample], { env });
    expect(run.stdout).toMatch(/✓ .+: no problems \(\d+ posts, \d+ media\)\./);
    expect(run.code).toBe(0);
  });

  it('exits 1 and names the file when a post file is broken', async () => {
    const broken = temp.join('Broken.calepin');
    await runCalepin(['new', broken, '--sample'], { env });
    await corruptFile(broken, 'posts/ex-tarte-pralines.json', 'truncated');
    const run = await runCalepin(['doctor', '--workspace', broken], { env });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('posts/ex-tarte-pralines.json cannot be read (truncated)');
    const json = JSON.parse((await runCalepin(['doctor', '--workspace', broken, '--json'], { env })).stdout);
    expect(json.ok).toBe(false);
    expect(json.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'corrupt', file: 'posts/ex-tarte-pralines.json' })]),
    );
  });

  it('exits 1 naming workspace.json when it is not JSON, in French too', async () => {
    const broken = temp.join('Garbage.calepin');
    await runCalepin(['new', broken], { env });
    await corruptFile(broken, 'workspace.json', 'not-json');
    const run = await runCalepin(['doctor', '--workspace', broken], { env: { ...env, LANG: 'fr_FR.UTF-8' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('workspace.json est illisible (not-json)');
  });
});

describe('read-only commands', () => {
  it('never write to the workspace they read', async () => {
    const before = await snapshot(sample);
    for (const args of [
      ['posts', '--json'],
      ['posts'],
      ['info', '--json'],
      ['info'],
      ['doctor'],
      ['doctor', '--json'],
    ]) {
      expect((await runCalepin([...args, '--workspace', sample], { env })).code).toBe(0);
    }
    expect(await snapshot(sample)).toEqual(before);
  });

  it('say in one sentence when the folder is no workspace, without a stack trace', async () => {
    for (const command of ['posts', 'info', 'doctor']) {
      const run = await runCalepin([command, '--workspace', temp.join('nowhere')], { env });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^calepin ${command}: There is no Calepin workspace in .+nowhere\\.\\n$`));
      const fr = await runCalepin([command, '--workspace', temp.join('nowhere')], {
        env: { ...env, LANG: 'fr_CA.UTF-8' },
      });
      expect(fr.stderr).toContain('Aucun espace de travail Calepin dans');
    }
  });
});
