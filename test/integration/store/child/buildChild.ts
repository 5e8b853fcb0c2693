/** Bundles storeChild.ts into one .mjs under the OS temp folder (tsx is not installed; esbuild is). */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export async function buildStoreChild(): Promise<string> {
  const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'calepin-child-')), 'storeChild.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./storeChild.ts', import.meta.url))],
    outfile: out,
    bundle: true,
    // Half the size to parse at each start (zod alone is ~450 KB).
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // proper-lockfile is CommonJS and requires Node built-ins.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return out;
}
