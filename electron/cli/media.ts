/**
 * `calepin media import --workspace DIR PATH… [--json]` and `calepin media list --workspace DIR [--json]`:
 * the media library from the command line, through the same import as the app.
 */
import path from 'node:path';
import type { ImportResult } from '../media/importMedia.js';
import { importMediaFiles } from '../media/importMedia.js';
import type { RefusalReason } from '../media/formats.js';
import { defaultDataDir } from '../services/appPaths.js';
import { WorkspaceStore } from '../store/WorkspaceStore.js';
import { defineCommand, printLines, requireWorkspace } from './command.js';
import { UsageError } from './errors.js';
import { line, type CliIO, type CliLanguage } from './io.js';
import { withReadOnlyWorkspace } from './openReadOnly.js';

export const REFUSAL_SENTENCES: Record<RefusalReason, Record<CliLanguage, string>> = {
  'not-found': { fr: 'fichier introuvable', en: 'no such file' },
  unreadable: {
    fr: 'fichier illisible (droits d’accès ou erreur de lecture)',
    en: 'cannot be read (permissions or a read error)',
  },
  symlink: {
    fr: 'c’est un lien symbolique, qui n’est jamais suivi',
    en: 'it is a symbolic link, which is never followed',
  },
  'not-a-file': { fr: 'ce n’est pas un fichier ordinaire', en: 'not a regular file' },
  empty: { fr: 'le fichier est vide', en: 'the file is empty' },
  'not-media': { fr: 'ce n’est ni une image ni une vidéo', en: 'not an image or a video' },
  'unsupported-format': {
    fr: 'format non pris en charge (images JPEG, PNG, WebP, GIF, AVIF\u202F; vidéos MP4, MOV, WebM)',
    en: 'unsupported format (images: JPEG, PNG, WebP, GIF, AVIF; videos: MP4, MOV, WebM)',
  },
  truncated: { fr: 'le fichier est tronqué (incomplet)', en: 'the file is truncated (incomplete)' },
  corrupt: { fr: 'le fichier est endommagé et ne se décode pas', en: 'the file is damaged and does not decode' },
  'too-many-pixels': {
    fr: 'image trop grande (plus de 100 mégapixels)',
    en: 'image too large (over 100 megapixels)',
  },
  'too-large': { fr: 'fichier envoyé trop lourd (plus de 2 Go)', en: 'uploaded file too large (over 2 GB)' },
  'disk-full': { fr: 'le disque de l’espace de travail est plein', en: 'the workspace’s disk is full' },
  'write-failed': { fr: 'impossible d’écrire dans l’espace de travail', en: 'could not write to the workspace' },
};

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A file name as one safe stretch of a line: control characters escaped, bidi marks isolated. */
function shown(name: string): string {
  // eslint-disable-next-line no-control-regex
  const escaped = name.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return BIDI.test(escaped) ? `\u2068${escaped}\u2069` : escaped;
}

function resultLine(result: ImportResult, language: CliLanguage): string {
  const fr = language === 'fr';
  const name = shown(result.file);
  const colon = fr ? '\u202F:' : ':';
  if (result.status === 'imported') return `${name}${colon} ${fr ? 'importé' : 'imported'} (${result.id})`;
  if (result.status === 'duplicate')
    return `${name}${colon} ${fr ? 'déjà dans la médiathèque' : 'already in the library'} (${result.id})`;
  const why = result.reason ? REFUSAL_SENTENCES[result.reason][language] : '';
  return `${name}${colon} ${fr ? 'refusé' : 'refused'}, ${why}`;
}

function summaryLine(results: ImportResult[], language: CliLanguage): string {
  const count = (status: ImportResult['status']) => results.filter((r) => r.status === status).length;
  const [imported, duplicate, refused] = [count('imported'), count('duplicate'), count('refused')];
  return language === 'fr'
    ? `${imported} importé(s), ${duplicate} déjà présent(s), ${refused} refusé(s).`
    : `${imported} imported, ${duplicate} already there, ${refused} refused.`;
}

async function runImport(dir: string, files: string[], json: boolean, io: CliIO, language: CliLanguage) {
  if (files.length === 0)
    throw new UsageError(
      'indiquez au moins un fichier ou un dossier à importer.',
      'give at least one file or folder to import.',
    );
  const dataDir = defaultDataDir(io.env);
  const store = await WorkspaceStore.open(path.resolve(dir), {
    clock: () => new Date(),
    actor: 'calepin-cli',
    dataDir,
    backups: { enabled: false },
  });
  try {
    const results = await importMediaFiles(store, files, { clock: () => new Date(), dataDir });
    for (const r of results) {
      line(
        io.stdout,
        json
          ? JSON.stringify({ file: r.file, status: r.status, reason: r.reason ?? null, id: r.id ?? null })
          : resultLine(r, language),
      );
    }
    if (!json) line(io.stderr, summaryLine(results, language));
    return results.some((r) => r.status === 'refused') ? 1 : 0;
  } finally {
    await store.close();
  }
}

function duration(seconds: number | null): string {
  return seconds === null ? '' : ` ${seconds.toFixed(1)} s`;
}

export const mediaCommand = defineCommand({
  name: 'media',
  summary: {
    fr: 'importe et liste les médias d’un espace de travail',
    en: 'imports and lists the media of a workspace',
  },
  help: {
    fr: `Usage\u202F: calepin media import --workspace DOSSIER CHEMIN… [--json]
       calepin media list --workspace DOSSIER [--json]

import   copie les images et vidéos dans la médiathèque (les dossiers sont parcourus, les liens
         symboliques refusés)\u202F; une ligne par fichier\u202F: importé, déjà présent ou la raison
         du refus. Code de sortie 1 si un fichier est refusé.
list     liste les médias. Ne modifie rien.

  --workspace DOSSIER   l’espace de travail
  --json                import\u202F: un objet JSON par ligne (file, status, reason, id)\u202F;
                        list\u202F: un tableau JSON (id, sha256, name, kind, mime, width, height
                        tels qu’affichés, durationSeconds, bytes, alt, tags…)
  -h, --help            cette aide`,
    en: `Usage: calepin media import --workspace DIR PATH… [--json]
       calepin media list --workspace DIR [--json]

import   copies images and videos into the media library (folders are walked, symbolic links
         refused); one line per file: imported, already there, or why it was refused.
         Exit code 1 if any file was refused.
list     lists the media. Changes nothing.

  --workspace DIR   the workspace
  --json            import: one JSON object per line (file, status, reason, id);
                    list: one JSON array (id, sha256, name, kind, mime, width, height as
                    displayed, durationSeconds, bytes, alt, tags…)
  -h, --help        this help`,
  },
  options: { workspace: { type: 'string' }, json: { type: 'boolean' } },
  positionals: Number.MAX_SAFE_INTEGER,
  async run({ values, positionals }, io, language) {
    const [action, ...files] = positionals;
    const json = values.json === true;
    if (action === 'import') return runImport(requireWorkspace(values), files, json, io, language);
    if (action === 'list') {
      if (files.length > 0)
        throw new UsageError(`argument en trop\u202F: ${files[0]}.`, `unexpected argument: ${files[0]}.`);
      return withReadOnlyWorkspace(requireWorkspace(values), io.env, (store) => {
        const items = store.listMedia();
        if (json) io.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
        else
          printLines(
            io,
            items.map(
              (m) => `${m.id}  ${m.kind}  ${m.width}×${m.height}${duration(m.durationSeconds)}  ${shown(m.name)}`,
            ),
          );
        return 0;
      });
    }
    throw new UsageError(
      action ? `action inconnue\u202F: ${action} (import ou list).` : 'indiquez import ou list.',
      action ? `unknown action: ${action} (import or list).` : 'give import or list.',
    );
  },
});
