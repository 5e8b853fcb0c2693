/** `calepin count …`: the counting command lives in count.ts (its own owner); this adapts its IO. */
import type { CliIO } from './io.js';
import { runCount } from './count.js';

export function runCountCommand(argv: string[], io: CliIO): Promise<number> {
  return runCount(argv, {
    stdin: io.stdinLines(),
    stdout: (text) => io.stdout.write(`${text}\n`),
    stderr: (text) => io.stderr.write(`${text}\n`),
    env: io.env,
  });
}
