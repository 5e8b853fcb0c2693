// `npm run bench`: bundles the TypeScript benchmarks with esbuild and runs them in plain Node.
// Arguments pass through (`npm run bench -- --json`, `npm run bench -- --only store`).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFile } from 'node:fs/promises';

await build({
  entryPoints: ['bench/run.ts'],
  outfile: 'out/bench/run.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
// The import parser runs as its own process from a file beside the bundle (electron/import/parseInChild.ts).
await copyFile('electron/import/parseWorker.mjs', 'out/bench/parseWorker.mjs');
const result = spawnSync(process.execPath, ['--expose-gc', 'out/bench/run.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
