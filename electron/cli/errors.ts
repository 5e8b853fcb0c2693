/**
 * One clear sentence per failure, in the user's language. Expected failures (a CalepinError, a
 * wrong option) never print a stack; an unexpected one prints its stack only with CALEPIN_DEBUG=1.
 */
import { CalepinError, isErrorCode, type ErrorCode, type ErrorParams } from '../../core/errors.js';
import { rejectionSentence } from '../../core/imports/rejection.js';
import { line, type CliIO, type CliLanguage } from './io.js';

type Sentence = (p: ErrorParams) => string;

const s = (value: ErrorParams[string] | undefined): string =>
  value === undefined || value === null ? '' : String(value);

const SENTENCES: Record<ErrorCode, { fr: Sentence; en: Sentence }> = {
  NO_WORKSPACE: { fr: () => 'Aucun espace de travail n’est ouvert.', en: () => 'No workspace is open.' },
  WORKSPACE_CORRUPT: {
    fr: (p) => `Le fichier ${s(p.file)} de l’espace de travail est illisible (${s(p.reason)}).`,
    en: (p) => `The workspace file ${s(p.file)} cannot be read (${s(p.reason)}).`,
  },
  WORKSPACE_NEWER_SCHEMA: {
    fr: (p) =>
      `Cet espace de travail vient d’une version plus récente de Calepin (format ${s(p.found)}, celle-ci lit jusqu’au ${s(p.supported)}).`,
    en: (p) =>
      `This workspace was written by a newer Calepin (format ${s(p.found)}; this one reads up to ${s(p.supported)}).`,
  },
  WORKSPACE_LOCKED: {
    fr: (p) => `Un autre Calepin utilise déjà l’espace de travail ${s(p.path)}.`,
    en: (p) => `Another Calepin is already using the workspace ${s(p.path)}.`,
  },
  WORKSPACE_READ_ONLY: {
    fr: (p) => `L’espace de travail est ouvert en lecture seule (${s(p.reason)})\u202F: rien n’a été enregistré.`,
    en: (p) => `The workspace is open read-only (${s(p.reason)}): nothing was saved.`,
  },
  WORKSPACE_NOT_FOUND: {
    fr: (p) => `Aucun espace de travail Calepin dans ${s(p.path)}.`,
    en: (p) => `There is no Calepin workspace in ${s(p.path)}.`,
  },
  WORKSPACE_EXISTS: {
    fr: (p) => `Le dossier ${s(p.path)} n’est pas vide\u202F: choisissez un dossier nouveau ou vide.`,
    en: (p) => `The folder ${s(p.path)} is not empty: choose a new or empty folder.`,
  },
  DISK_FULL: {
    fr: (p) => `Le disque est plein\u202F: ${s(p.file)} n’a pas pu être enregistré.`,
    en: (p) => `The disk is full: ${s(p.file)} could not be saved.`,
  },
  WRITE_FAILED: {
    fr: (p) => `Impossible d’écrire ${s(p.file)} (${s(p.reason)}).`,
    en: (p) => `Could not write ${s(p.file)} (${s(p.reason)}).`,
  },
  NOT_FOUND: {
    fr: (p) => `Introuvable\u202F: ${s(p.kind)} ${s(p.id)}.`,
    en: (p) => `Not found: ${s(p.kind)} ${s(p.id)}.`,
  },
  INVALID_INPUT: { fr: (p) => `Entrée invalide\u202F: ${s(p.issues)}.`, en: (p) => `Invalid input: ${s(p.issues)}.` },
  CONFLICT: {
    fr: (p) => `${s(p.id)} a été modifié ailleurs entre-temps.`,
    en: (p) => `${s(p.id)} was changed elsewhere in the meantime.`,
  },
  BACKUP_NOT_FOUND: {
    fr: (p) => `Sauvegarde introuvable\u202F: ${s(p.id)}.`,
    en: (p) => `No such backup: ${s(p.id)}.`,
  },
  ARCHIVE_REFUSED: {
    fr: (p) =>
      `Archive refusée\u202F: ${archiveReason(p, 'fr')}${p.entry ? ` (${s(p.entry)})` : ''}. Rien n’a été restauré.`,
    en: (p) => `Archive refused: ${archiveReason(p, 'en')}${p.entry ? ` (${s(p.entry)})` : ''}. Nothing was restored.`,
  },
  PRINT_FAILED: {
    fr: (p) =>
      p.reason === 'no-chromium'
        ? `Impossible d’imprimer le PDF\u202F: Chromium est introuvable (${s(p.path)}). Installez-le ou indiquez-le avec CALEPIN_CHROMIUM.`
        : `Impossible d’imprimer le PDF (${s(p.reason)}).`,
    en: (p) =>
      p.reason === 'no-chromium'
        ? `Could not print the PDF: Chromium cannot be found (${s(p.path)}). Install it or point CALEPIN_CHROMIUM to it.`
        : `Could not print the PDF (${s(p.reason)}).`,
  },
  IMPORT_REJECTED: {
    fr: (p) =>
      `${s(p.file)}\u202F: ${rejectionSentence(s(p.reason), { detail: s(p.detail) }, 'fr')} Rien n’a été modifié.`,
    en: (p) => `${s(p.file)}: ${rejectionSentence(s(p.reason), { detail: s(p.detail) }, 'en')} Nothing was changed.`,
  },
  INTERNAL: { fr: () => 'Erreur inattendue.', en: () => 'Unexpected error.' },
};

const ARCHIVE_REASONS: Record<string, { fr: string; en: string }> = {
  'unsafe-path': {
    fr: 'un fichier voudrait s’écrire hors du dossier (chemin absolu ou «\u202F..\u202F»)',
    en: 'a file would be written outside the folder (absolute path or "..")',
  },
  link: { fr: 'elle contient un lien symbolique', en: 'it contains a symbolic link' },
  'too-large': {
    fr: 'elle annonce des fichiers trop gros ou trop nombreux',
    en: 'it declares files that are too large or too many',
  },
  damaged: { fr: 'le fichier zip est abîmé', en: 'the zip file is damaged' },
  'not-calepin': {
    fr: 'ce n’est pas une archive d’espace de travail Calepin',
    en: 'this is not a Calepin workspace archive',
  },
  encrypted: { fr: 'elle est chiffrée', en: 'it is encrypted' },
  'invalid-workspace': {
    fr: 'l’espace de travail qu’elle contient ne s’ouvre pas correctement',
    en: 'the workspace inside does not open correctly',
  },
};

function archiveReason(p: ErrorParams, language: CliLanguage): string {
  return ARCHIVE_REASONS[s(p.reason)]?.[language] ?? s(p.reason);
}

export function errorSentence(code: ErrorCode, params: ErrorParams, language: CliLanguage): string {
  return SENTENCES[code][language](params);
}

/** The same, for an error that crossed the API as data (its code is a plain string there). */
export function problemSentence(problem: { code: string; params: ErrorParams }, language: CliLanguage): string {
  return errorSentence(isErrorCode(problem.code) ? problem.code : 'INTERNAL', problem.params, language);
}

/** A mistake in how the command was typed; reported with a pointer to --help. */
export class UsageError extends Error {
  constructor(
    readonly fr: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'UsageError';
  }
}

/** Prints the failure on stderr and returns the exit code (always 1). */
export function reportError(error: unknown, io: CliIO, language: CliLanguage, command: string): number {
  if (error instanceof CalepinError) {
    line(io.stderr, `calepin ${command}: ${errorSentence(error.code, error.params, language)}`);
  } else if (error instanceof UsageError || isParseArgsError(error)) {
    const message = error instanceof UsageError ? error[language] : (error as Error).message;
    const hint =
      language === 'fr' ? `Voir «\u202Fcalepin ${command} --help\u202F».` : `See \`calepin ${command} --help\`.`;
    line(io.stderr, `calepin ${command}: ${message} ${hint}`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    line(io.stderr, `calepin ${command}: ${language === 'fr' ? 'erreur inattendue' : 'unexpected error'}: ${message}`);
    if (io.env.CALEPIN_DEBUG && error instanceof Error && error.stack) line(io.stderr, error.stack);
  }
  return 1;
}

function isParseArgsError(error: unknown): boolean {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    (error as NodeJS.ErrnoException).code!.startsWith('ERR_PARSE_ARGS')
  );
}
