/**
 * What a command gets from the outside world, passed in rather than read from `process`, so that
 * commands run inside tests and the messages follow the LANG they are given.
 */
export interface CliOutput {
  write(text: string): unknown;
}

export interface CliIO {
  /** Standard input as lines; a function so that only the commands that read it open it. */
  stdinLines: () => AsyncIterable<string>;
  stdout: CliOutput;
  stderr: CliOutput;
  env: Record<string, string | undefined>;
  /**
   * Resolves when the user asks a long-running command (web) to stop: SIGINT or SIGTERM. Only
   * the commands that call it catch those signals; the others die on Ctrl+C as usual.
   */
  waitForStop: () => Promise<string>;
}

export type CliLanguage = 'fr' | 'en';

/** French when the locale variables say so (LC_ALL wins over LC_MESSAGES over LANG, as in gettext). */
export function cliLanguage(env: Record<string, string | undefined>): CliLanguage {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function line(out: CliOutput, text = ''): void {
  out.write(`${text}\n`);
}
