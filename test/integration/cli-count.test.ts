import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { linesOf, runCount } from '../../electron/cli/count.js';

/** Lines arriving one tick apart, as from a pipe. */
async function* lines(items: string[]): AsyncIterable<string> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}

async function count(argv: string[], input: string[], env: Record<string, string> = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCount(argv, {
    stdin: lines(input),
    stdout: (l) => stdout.push(l),
    stderr: (l) => stderr.push(l),
    env,
  });
  return { code, stdout, stderr, results: stdout.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('calepin count --network <id> --jsonl', () => {
  it('answers one JSON object per line, counted as X counts', async () => {
    const { code, results, stderr } = await count(
      ['--network', 'x', '--jsonl'],
      [JSON.stringify('Bonne journée 😊'), JSON.stringify('a'.repeat(281))],
    );
    expect(code).toBe(0);
    expect(stderr).toEqual([]);
    expect(results).toEqual([
      { network: 'x', length: 16, limit: 280, remaining: 264, valid: true },
      { network: 'x', length: 281, limit: 280, remaining: -1, valid: false },
    ]);
  });

  it('counts Bluesky links shortened and Mastodon links as 23', async () => {
    const url = JSON.stringify('https://www.example.com/un/chemin/tres/long');
    expect((await count(['--network', 'bluesky', '--jsonl'], [url])).results[0]).toMatchObject({ length: 31 });
    expect((await count(['--network', 'mastodon', '--jsonl'], [url])).results[0]).toMatchObject({
      length: 23,
      limit: 500,
    });
  });

  it('takes a Mastodon instance limit with --limit', async () => {
    const { results } = await count(
      ['--network', 'mastodon', '--jsonl', '--limit', '5000'],
      [JSON.stringify('a'.repeat(600))],
    );
    expect(results[0]).toEqual({ network: 'mastodon', length: 600, limit: 5000, remaining: 4400, valid: true });
  });

  it('skips empty lines and decodes JSON escapes', async () => {
    const { code, results } = await count(
      ['--jsonl', '--network=threads'],
      ['', '"\\ud83d\\ude00"', '   ', '"caf\\u00e9"\r'],
    );
    expect(code).toBe(0);
    expect(results.map((r) => r.length)).toEqual([4, 4]);
  });

  it('reports a malformed line with its number, answers the others, and exits 1', async () => {
    const { code, results, stderr } = await count(
      ['--network', 'linkedin', '--jsonl'],
      ['"un"', 'pas du json', '', '42', '{"text":"x"}', '"deux"'],
    );
    expect(code).toBe(1);
    expect(results.map((r) => r.length)).toEqual([2, 4]);
    expect(stderr).toEqual([
      'calepin count: line 2: expected a JSON-encoded string (e.g. "Hello"), got text that is not JSON.',
      'calepin count: line 4: expected a JSON-encoded string (e.g. "Hello"), got a number.',
      'calepin count: line 5: expected a JSON-encoded string (e.g. "Hello"), got an object.',
    ]);
  });

  it('refuses an unknown network with the list of known ones, before reading anything', async () => {
    const { code, stdout, stderr } = await count(['--network', 'myspace', '--jsonl'], ['"x"']);
    expect(code).toBe(1);
    expect(stdout).toEqual([]);
    expect(stderr).toEqual([
      'calepin count: unknown network "myspace": expected one of x, bluesky, mastodon, threads, linkedin, facebook, instagram, tiktok, youtube, pinterest.',
    ]);
  });

  it('speaks French when LANG is French', async () => {
    const { stderr } = await count(['--network', 'myspace', '--jsonl'], [], { LANG: 'fr_FR.UTF-8' });
    expect(stderr[0]).toMatch(/^calepin count: réseau inconnu « myspace »/);
    const bad = await count(['--network', 'x', '--jsonl'], ['[1]'], { LANG: 'fr_FR.UTF-8' });
    expect(bad.stderr).toEqual([
      'calepin count: ligne 1 : une chaîne JSON était attendue (par ex. "Bonjour"), reçu un tableau.',
    ]);
  });

  it('refuses a missing network, a missing --jsonl, a bad --limit and an unknown option', async () => {
    for (const argv of [
      ['--jsonl'],
      ['--network', 'x'],
      ['--network', 'x', '--jsonl', '--limit', '-3'],
      ['--network', 'x', '--jsonl', '--color'],
    ]) {
      const { code, stderr } = await count(argv, ['"x"']);
      expect(code, argv.join(' ')).toBe(1);
      expect(stderr, argv.join(' ')).toHaveLength(1);
    }
  });

  it('prints its help', async () => {
    const stdout: string[] = [];
    const code = await runCount(['--help'], {
      stdin: lines([]),
      stdout: (l) => stdout.push(l),
      stderr: () => undefined,
    });
    expect(code).toBe(0);
    expect(stdout[0]).toBe('Usage: calepin count --network <id> --jsonl [--limit N]');
  });

  it('reads a real stream line by line, Windows line ends included', async () => {
    const stdout: string[] = [];
    const stdin = linesOf(Readable.from(['"a"\r\n"b', 'c"\n\n"d"']));
    const code = await runCount(['--network', 'x', '--jsonl'], {
      stdin,
      stdout: (l) => stdout.push(l),
      stderr: () => undefined,
    });
    expect(code).toBe(0);
    expect(stdout.map((l) => (JSON.parse(l) as { length: number }).length)).toEqual([1, 2, 1]);
  });
});
