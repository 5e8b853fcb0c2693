// Builds the Node-side entries with esbuild. Each entry's module format is decided here, once:
//  - main.cjs: CommonJS, the safest format for Electron's main process;
//  - preload.cjs: CommonJS in one bundle, because a sandboxed preload cannot load ES modules;
//  - cli.mjs: ES module for plain Node (`calepin` CLI and `npm run web`), dependencies left in node_modules.
import { copyFile, mkdir } from 'node:fs/promises';
import { build } from 'esbuild';

const only = process.argv[2];
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};

const entries = {
  main: {
    entryPoints: ['electron/main.ts'],
    outfile: 'out/main/main.cjs',
    format: 'cjs',
    // playwright-core: only the CLI and web host print with it; the app prints with printToPDF.
    external: ['electron', 'sharp', 'mediainfo.js', 'playwright-core'],
    // Shared services find shipped folders from import.meta.url, which CommonJS lacks: give it the bundle's own.
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  },
  preload: {
    entryPoints: ['electron/preload.ts'],
    outfile: 'out/preload/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  },
  cli: {
    entryPoints: ['electron/cli.ts'],
    outfile: 'out/cli/cli.mjs',
    format: 'esm',
    packages: 'external',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  },
};

for (const [name, options] of Object.entries(entries)) {
  if (only && only !== name) continue;
  await build({ ...common, ...options });
}

// The import parser runs as its own capped Node process (electron/import/parseInChild.ts), from a
// file beside the bundle that starts it.
for (const name of ['main', 'cli']) {
  if (only && only !== name) continue;
  await mkdir(`out/${name}`, { recursive: true });
  await copyFile('electron/import/parseWorker.mjs', `out/${name}/parseWorker.mjs`);
}
