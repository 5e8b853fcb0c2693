/**
 * Entry of the `calepin` command (bundled to out/cli/cli.mjs, loaded by bin/calepin.js). It only
 * wires the real process to the commands, which take their IO as arguments and run in tests too.
 */
import { linesOf } from './cli/count.js';
import { runCli } from './cli/main.js';

function waitForStop(): Promise<string> {
  return new Promise((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve(signal));
  });
}

const code = await runCli(process.argv.slice(2), {
  stdinLines: () => linesOf(process.stdin),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  waitForStop,
});
// exitCode rather than exit(): stdout may still be draining into a pipe.
process.exitCode = code;
