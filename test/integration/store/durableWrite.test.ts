import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { durableAppend, durableWrite } from '../../../electron/store/durableWrite.js';
import { cleanTemps, listFiles, recordingOps, tempDir } from './helpers.js';

afterEach(cleanTemps);

describe('durable write', () => {
  it('writes a temp file, fsyncs it, renames it over the target, then fsyncs the folder', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'workspace.json');
    const rec = recordingOps();
    await durableWrite(target, '{"a":1}', rec.ops);

    const ops = rec.calls.map((c) => c.op);
    expect(ops).toEqual(['open', 'write', 'fsync', 'close', 'rename', 'open', 'fsync', 'close']);
    const temp = rec.calls[0]?.path ?? '';
    expect(path.dirname(temp)).toBe(dir);
    expect(path.basename(temp)).toMatch(/^\.workspace\.json\.[0-9a-f]{12}\.tmp$/);
    expect(rec.calls[2]).toEqual({ op: 'fsync', path: temp });
    expect(rec.calls[4]?.path).toBe(`${temp} -> ${target}`);
    expect(rec.calls[5]).toEqual({ op: 'open', path: dir });
    expect(rec.calls[6]).toEqual({ op: 'fsync', path: dir });
    expect(await readFile(target, 'utf8')).toBe('{"a":1}');
  });

  it('uses a different temp file for every write, so two writers never share one', async () => {
    const dir = await tempDir();
    const rec = recordingOps();
    const target = path.join(dir, 'a.json');
    await Promise.all([durableWrite(target, '1', rec.ops), durableWrite(target, '2', rec.ops)]);
    const temps = rec.calls.filter((c) => c.op === 'write').map((c) => c.path);
    expect(new Set(temps).size).toBe(2);
    expect(['1', '2']).toContain(await readFile(target, 'utf8'));
  });

  it('skips the folder fsync where folders cannot be fsynced (Windows)', async () => {
    const dir = await tempDir();
    const rec = recordingOps();
    await durableWrite(path.join(dir, 'a.json'), 'x', { ...rec.ops, syncDirectories: false });
    expect(rec.calls.map((c) => c.op)).toEqual(['open', 'write', 'fsync', 'close', 'rename']);
  });

  it.each(['write', 'fsync', 'rename'])(
    'leaves the old file intact and no temp file when %s fails with ENOSPC',
    async (op) => {
      const dir = await tempDir();
      const target = path.join(dir, 'post.json');
      await writeFile(target, 'old content');
      const rec = recordingOps();
      rec.failOn(op, 'ENOSPC');
      await expect(durableWrite(target, 'new content', rec.ops)).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(await readFile(target, 'utf8')).toBe('old content');
      expect(await listFiles(dir)).toEqual(['post.json']);
    },
  );

  it('appends a line with an fsync, and cuts a failed append back to where it started', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'journal.jsonl');
    const rec = recordingOps();
    await durableAppend(file, 'one\n', rec.ops);
    expect(rec.calls.map((c) => c.op)).toEqual(['open', 'write', 'fsync', 'close', 'open', 'fsync', 'close']);
    rec.failOn('fsync', 'ENOSPC');
    await expect(durableAppend(file, 'two\n', rec.ops)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(file, 'utf8')).toBe('one\n');
  });
});
