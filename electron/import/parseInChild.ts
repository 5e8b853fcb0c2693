/**
 * Parses an import file in a child Node process whose heap is capped, so that a file built to
 * exhaust memory kills the child, not Calepin. The child prints the rows as JSON; anything else
 * (a crash, a timeout, an answer too large) is a refused import with a clear reason.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ImportFileKind } from './checkImportFile.js';
import { rejected } from './importError.js';

export const ImportTable = z.object({
  kind: z.enum(['csv', 'xlsx']),
  delimiter: z.string().optional(),
  sheets: z.array(z.object({ name: z.string(), hidden: z.boolean(), rows: z.array(z.array(z.string())) })),
  /** Where formulas were found (Sheet!A1), at most a few: any is enough to refuse the file. */
  formulas: z.array(z.string()),
});
export type ImportTable = z.infer<typeof ImportTable>;

const WorkerAnswer = z.union([
  z.object({ ok: z.literal(true), table: ImportTable }),
  z.object({ ok: z.literal(false), reason: z.enum(['unreadable']), detail: z.string() }),
]);

export interface ParseLimits {
  heapMegabytes: number;
  timeoutMs: number;
  answerBytes: number;
}

export const PARSE_LIMITS: ParseLimits = { heapMegabytes: 256, timeoutMs: 60_000, answerBytes: 64 * 1024 * 1024 };

/**
 * The worker sits beside this module in the sources (electron/import/) and is copied beside each
 * bundle (out/cli/, out/main/) by scripts/build-node.mjs.
 */
function workerPath(): string {
  const here = new URL('./parseWorker.mjs', import.meta.url);
  const beside = fileURLToPath(here);
  if (existsSync(beside)) return beside;
  throw new Error(`import parser not found at ${beside}`);
}

/** The Node to run: plain node, or Electron's own binary acting as Node. */
function nodeCommand(): { command: string; env: NodeJS.ProcessEnv } {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (process.versions.electron) env.ELECTRON_RUN_AS_NODE = '1';
  return { command: process.execPath, env };
}

export function parseInChild(
  file: string,
  kind: ImportFileKind,
  limits: ParseLimits = PARSE_LIMITS,
): Promise<ImportTable> {
  const { command, env } = nodeCommand();
  return new Promise((resolve, reject) => {
    const child = spawn(command, [`--max-old-space-size=${limits.heapMegabytes}`, workerPath(), file, kind], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let outcome: Error | null = null;
    const timer = setTimeout(() => {
      outcome = rejected('timeout', file);
      child.kill('SIGKILL');
    }, limits.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.answerBytes) {
        outcome = rejected('too_large', file, 'rows');
        child.kill('SIGKILL');
        return;
      }
      chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4_000) stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (outcome) return reject(outcome);
      if (code !== 0) {
        const memory = /heap out of memory|Allocation failed|OOM/i.test(stderr) || signal === 'SIGABRT' || code === 134;
        return reject(
          memory
            ? rejected('out_of_memory', file)
            : rejected('unreadable', file, stderr.trim().split('\n').at(-1) ?? ''),
        );
      }
      let answer: z.infer<typeof WorkerAnswer>;
      try {
        answer = WorkerAnswer.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        return reject(rejected('unreadable', file, 'parser answer'));
      }
      if (!answer.ok) return reject(rejected(answer.reason, file, answer.detail));
      resolve(answer.table);
    });
  });
}
