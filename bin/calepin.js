#!/usr/bin/env node
// The `calepin` command. The CLI is built by `npm install` (the prepare script); this file only loads it.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../out/cli/cli.mjs', import.meta.url));
if (!existsSync(cli)) {
  console.error('Calepin CLI is not built yet: run `npm install` (or `npm run build:node`) in the project folder.');
  process.exit(1);
}
await import(pathToFileURL(cli).href);
