/** An export is whole or absent: a writer that fails half-way leaves no file, and no old file damaged. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { writeAtomically } from '../../../electron/export/atomicOutput.js';
import { makeTempDir, type TempDir } from '../../helpers/tempDir.js';

let dir: TempDir;
beforeEach(async () => (dir = await makeTempDir('calepin-atomic-')));
afterEach(() => dir.remove());

it('leaves nothing behind when the writer fails half-way, and keeps the previous file intact', async () => {
  const out = dir.join('plan.xlsx');
  await expect(
    writeAtomically(out, async (temp) => {
      await writeFile(temp, 'à moitié');
      throw new Error('disk full');
    }),
  ).rejects.toThrow('disk full');
  expect(await readdir(dir.path)).toEqual([]);

  await writeFile(out, 'version 1');
  await expect(
    writeAtomically(out, async (temp) => {
      await writeFile(temp, 'version 2, incomplete');
      throw new Error('crash');
    }),
  ).rejects.toThrow('crash');
  expect(await readdir(dir.path)).toEqual(['plan.xlsx']);
  expect(await readFile(out, 'utf8')).toBe('version 1');

  await writeAtomically(out, (temp) => writeFile(temp, 'version 2'));
  expect(await readFile(out, 'utf8')).toBe('version 2');
  expect(await readdir(dir.path)).toEqual(['plan.xlsx']);
});
