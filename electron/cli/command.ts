/**
 * The shape every `calepin <command>` shares: strict option parsing with node:util, `--help` in
 * the user's language, and failures turned into one sentence and exit code 1.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { reportError, UsageError } from './errors.js';
import { cliLanguage, line, type CliIO, type CliLanguage } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export interface CommandSpec {
  name: string;
  summary: Record<CliLanguage, string>;
  /** Full help: usage line, then options, in each language. */
  help: Record<CliLanguage, string>;
  options: Options;
  /** How many positionals the command takes, at most. */
  positionals?: number;
  run(args: Parsed, io: CliIO, language: CliLanguage): Promise<number>;
}

export interface Command {
  spec: CommandSpec;
  run(argv: string[], io: CliIO): Promise<number>;
}

export function defineCommand(spec: CommandSpec): Command {
  return {
    spec,
    async run(argv, io) {
      const language = cliLanguage(io.env);
      try {
        const { values, positionals } = parseArgs({
          args: argv,
          options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
          allowPositionals: (spec.positionals ?? 0) > 0,
          strict: true,
        });
        if (values.help) {
          io.stdout.write(spec.help[language].trimEnd() + '\n');
          return 0;
        }
        if (positionals.length > (spec.positionals ?? 0)) {
          throw new UsageError(
            `argument en trop\u202F: ${positionals.at(-1)}.`,
            `unexpected argument: ${positionals.at(-1)}.`,
          );
        }
        return await spec.run({ values, positionals }, io, language);
      } catch (error) {
        return reportError(error, io, language, spec.name);
      }
    },
  };
}

/** The `--workspace DIR` every workspace command needs. */
export function requireWorkspace(values: Parsed['values']): string {
  const dir = values.workspace;
  if (typeof dir !== 'string' || dir === '') {
    throw new UsageError(
      'indiquez le dossier de l’espace de travail avec --workspace DOSSIER.',
      'give the workspace folder with --workspace DIR.',
    );
  }
  return dir;
}

export function printLines(io: CliIO, lines: string[]): void {
  for (const text of lines) line(io.stdout, text);
}
