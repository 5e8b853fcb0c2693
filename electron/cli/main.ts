/** `calepin <command> …`: finds the command and runs it; `calepin --help` lists them. */
import type { Command } from './command.js';
import { runCountCommand } from './countCommand.js';
import { doctorCommand } from './doctor.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { infoCommand } from './info.js';
import { cliLanguage, line, type CliIO } from './io.js';
import { mediaCommand } from './media.js';
import { newCommand } from './new.js';
import { postsCommand } from './posts.js';
import { restoreCommand } from './restore.js';
import { validateCommand } from './validate.js';
import { webCommand } from './web.js';

const COMMANDS: Command[] = [
  doctorCommand,
  postsCommand,
  infoCommand,
  mediaCommand,
  newCommand,
  webCommand,
  validateCommand,
  exportCommand,
  restoreCommand,
  importCommand,
];

const COUNT_SUMMARY = {
  fr: 'compte les caractères comme un réseau (lignes JSON)',
  en: 'counts characters the way a network does (JSON lines)',
};

function usage(io: CliIO): string {
  const language = cliLanguage(io.env);
  const rows = [
    ...COMMANDS.map((c) => [c.spec.name, c.spec.summary[language]] as const),
    ['count', COUNT_SUMMARY[language]] as const,
  ];
  const head =
    language === 'fr'
      ? 'Usage\u202F: calepin <commande> [options]\n\nCommandes\u202F:'
      : 'Usage: calepin <command> [options]\n\nCommands:';
  const tail =
    language === 'fr'
      ? '\n`calepin <commande> --help` détaille chaque commande.'
      : '\n`calepin <command> --help` explains each command.';
  return [head, ...rows.map(([name, summary]) => `  ${name.padEnd(10)}${summary}`), tail].join('\n');
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    line(name === undefined ? io.stderr : io.stdout, usage(io));
    return name === undefined ? 1 : 0;
  }
  if (name === 'count') return runCountCommand(rest, io);
  const command = COMMANDS.find((c) => c.spec.name === name);
  if (!command) {
    const fr = cliLanguage(io.env) === 'fr';
    line(
      io.stderr,
      fr
        ? `calepin : commande inconnue «\u202F${name}\u202F». Voir «\u202Fcalepin --help\u202F».`
        : `calepin: unknown command "${name}". See \`calepin --help\`.`,
    );
    return 1;
  }
  return command.run(rest, io);
}
