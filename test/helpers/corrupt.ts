/**
 * Breaks a workspace file the ways DESIGN.md §2 lists, for fault tests:
 *
 *   await corruptFile(ws.dir, 'workspace.json', 'truncated');
 *   await corruptFile(ws.dir, `posts/${id}.json`, 'null');
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type Corruption = 'not-json' | 'truncated' | 'zeros' | 'empty' | 'null' | 'wrong-shape';

export async function corruptFile(workspaceDir: string, relative: string, how: Corruption): Promise<void> {
  const file = path.join(workspaceDir, ...relative.split('/'));
  const before = await readFile(file);
  const bytes: Record<Corruption, () => Buffer> = {
    'not-json': () => Buffer.from('this is not JSON {'),
    truncated: () => before.subarray(0, Math.max(1, Math.floor(before.length / 2))),
    zeros: () => Buffer.alloc(before.length || 64),
    empty: () => Buffer.alloc(0),
    null: () => Buffer.from('null\n'),
    'wrong-shape': () => Buffer.from('{"hello": "world"}\n'),
  };
  await writeFile(file, bytes[how]());
}
