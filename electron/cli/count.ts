/**
 * `calepin count --network <id> --jsonl [--limit N]`: reads one JSON-encoded string per stdin line
 * and prints, per line, how the network counts it: {network, length, limit, remaining, valid}.
 * A bad line is reported on stderr with its number and the others are still answered; the exit
 * code is then 1. Messages follow LANG (French or English) like the rest of the CLI.
 */
import { cliLanguage } from './io.js';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { NETWORKS } from '../../core/model/network.js';
import { analyseText, countText, isNetwork } from '../../core/networks/index.js';

export interface CountIO {
  /** Lines of standard input, without their line ends. */
  stdin: AsyncIterable<string>;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** The environment, for LANG; English when absent. */
  env?: Record<string, string | undefined>;
}

type Language = 'fr' | 'en';

const HELP: Record<Language, string> = {
  en: `Usage: calepin count --network <id> --jsonl [--limit N]
Reads one JSON-encoded string per line and prints one JSON object per line:
{"network","length","limit","remaining","valid"}, counted the way the network counts.
  --network <id>  ${NETWORKS.join(', ')}
  --jsonl         input and output are JSON lines (the only format)
  --limit N       the account's own limit (a Mastodon instance's, X Premium's 25000)`,
  fr: `Usage\u202f: calepin count --network <id> --jsonl [--limit N]
Lit une chaîne JSON par ligne et écrit un objet JSON par ligne\u202f:
{"network","length","limit","remaining","valid"}, compté comme le réseau compte.
  --network <id>  ${NETWORKS.join(', ')}
  --jsonl         entrée et sortie en lignes JSON (le seul format)
  --limit N       la limite propre au compte (celle d’une instance Mastodon, 25000 pour X Premium)`,
};

class UsageError extends Error {
  constructor(
    readonly fr: string,
    readonly en: string,
  ) {
    super(en);
  }
}

function language(env: CountIO['env']): Language {
  return cliLanguage(env ?? {});
}

interface Options {
  network: (typeof NETWORKS)[number];
  limit: number | undefined;
}

function options(argv: string[]): Options | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        network: { type: 'string' },
        jsonl: { type: 'boolean' },
        limit: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(`option invalide202f: ${detail}`, `invalid option: ${detail}`);
  }
  if (values.help === true) return 'help';
  const network = values.network;
  const known = NETWORKS.join(', ');
  if (network === undefined)
    throw new UsageError(
      `indiquez le réseau avec --network (${known}).`,
      `give the network with --network (${known}).`,
    );
  if (!isNetwork(network)) {
    throw new UsageError(
      `réseau inconnu « ${network} »\u202f: choisissez parmi ${known}.`,
      `unknown network "${network}": expected one of ${known}.`,
    );
  }
  if (values.jsonl !== true) {
    throw new UsageError(
      'ajoutez --jsonl\u202f: une chaîne JSON par ligne est le seul format lu.',
      'add --jsonl: one JSON string per line is the only input format.',
    );
  }
  let limit: number | undefined;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!/^\d+$/.test(values.limit) || !Number.isSafeInteger(limit) || limit <= 0) {
      throw new UsageError(
        `--limit attend un entier positif, pas « ${values.limit} ».`,
        `--limit takes a positive whole number, not "${values.limit}".`,
      );
    }
  }
  return { network, limit };
}

function describe(value: unknown, lang: Language): string {
  if (value === undefined) return lang === 'fr' ? 'du texte qui n’est pas du JSON' : 'text that is not JSON';
  if (value === null) return 'null';
  const kind = Array.isArray(value) ? 'array' : typeof value;
  const fr: Record<string, string> = {
    array: 'un tableau',
    object: 'un objet',
    number: 'un nombre',
    boolean: 'un booléen',
  };
  return lang === 'fr' ? (fr[kind] ?? kind) : `${kind === 'array' || kind === 'object' ? 'an' : 'a'} ${kind}`;
}

export async function runCount(argv: string[], io: CountIO): Promise<number> {
  const lang = language(io.env);
  let parsed: Options | 'help';
  try {
    parsed = options(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`calepin count: ${lang === 'fr' ? error.fr : error.en}`);
    return 1;
  }
  if (parsed === 'help') {
    for (const text of HELP[lang].split('\n')) io.stdout(text);
    return 0;
  }
  const { network, limit } = parsed;
  let exitCode = 0;
  let lineNumber = 0;
  for await (const line of io.stdin) {
    lineNumber++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = undefined;
    }
    if (typeof value !== 'string') {
      exitCode = 1;
      const got = describe(value, lang);
      io.stderr(
        lang === 'fr'
          ? `calepin count: ligne ${lineNumber}\u202f: une chaîne JSON était attendue (par ex. "Bonjour"), reçu ${got}.`
          : `calepin count: line ${lineNumber}: expected a JSON-encoded string (e.g. "Hello"), got ${got}.`,
      );
      continue;
    }
    const result = countText(network, analyseText(value), limit === undefined ? {} : { limit });
    io.stdout(
      JSON.stringify({
        network,
        length: result.length,
        limit: result.limit,
        remaining: result.remaining,
        valid: result.valid,
      }),
    );
  }
  return exitCode;
}

/** Standard input as lines, for the command's entry point: `runCount(argv, { stdin: linesOf(process.stdin), … })`. */
export function linesOf(input: Readable): AsyncIterable<string> {
  return createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
}
