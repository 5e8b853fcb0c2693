/**
 * A second process for the lock and crash tests, bundled with esbuild and run in plain Node.
 *   hold  <dir> <dataDir>          open the workspace, print READY, wait to be killed
 *   write <dir> <dataDir> <seed>   print LOADED, wait for a line on stdin, then save changes in a
 *                                  loop, printing each one once acknowledged
 * Acknowledged lines: `ACK put <id> <revision>`, `ACK del <id>`, `ACK name <name>`.
 * Waiting for "go" lets the test start the next writer (Node start-up and module loading take
 * ~300 ms here) while it checks the previous one, so 200 kills fit in well under a minute.
 */
import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { WorkspaceStore } from '../../../../electron/store/WorkspaceStore.js';

const [mode, dir, dataDir, seedArg] = process.argv.slice(2);
if (!mode || !dir || !dataDir) throw new Error('usage: hold|write <dir> <dataDir> [seed]');

let seed = Number(seedArg ?? 1);
/** A small deterministic generator, so a failing iteration can be replayed from its seed. */
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}

function say(line: string): void {
  // Synchronous: once printed, the parent knows it, whatever happens to this process next.
  writeSync(1, `${line}\n`);
}

if (mode === 'write') {
  say('LOADED');
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  await lines.next();
}

let tick = Date.parse('2026-03-28T10:00:00.000Z');
const store = await WorkspaceStore.open(dir, {
  clock: () => new Date((tick += 1_000)),
  actor: 'child',
  dataDir,
  compactAfter: 40,
  backups: { enabled: false },
});
say(`READY ${store.readOnlyReason?.code ?? 'writable'}`);

if (mode === 'hold') {
  setInterval(() => undefined, 60_000);
} else {
  const text = 'Nouvelle collection printemps, venez la découvrir en boutique ! '.repeat(20);
  for (;;) {
    const ids = store.listPosts().map((p) => p.id);
    const roll = random();
    // Keep the workspace small (5–20 posts) so that checking it after each kill stays quick.
    if (ids.length < 5 || (roll < 0.3 && ids.length < 20)) {
      const post = await store.createPost({ title: `Post ${tick}`, plannedAt: null, accounts: [], masterText: text });
      say(`ACK put ${post.id} ${post.revision}`);
    } else if (roll < 0.85 && ids.length < 20) {
      const id = ids[Math.floor(random() * ids.length)] as string;
      const post = await store.updatePost(id, { title: `Édité ${tick}`, masterText: `${text}${tick}` });
      say(`ACK put ${post.id} ${post.revision}`);
    } else if (roll < 0.95 || ids.length >= 20) {
      const id = ids[Math.floor(random() * ids.length)] as string;
      await store.deletePost(id);
      say(`ACK del ${id}`);
    } else {
      const info = await store.updateWorkspace({ name: `Agence ${tick}` });
      say(`ACK name ${info.name}`);
    }
  }
}
