/**
 * `calepin import --workspace DIR FILE [--dry-run] [--as NAME]`: a review round-trip (the Excel
 * file Calepin exported, with the reviewer's decisions) or a bulk plan (CSV or xlsx). The preview
 * is printed first; nothing is written with --dry-run, and a backup is taken before writing.
 */
import os from 'node:os';
import path from 'node:path';
import { outcomeLine, previewLines } from '../../core/imports/previewText.js';
import { ImportSession } from '../import/importSession.js';
import { defaultDataDir } from '../services/appPaths.js';
import { WorkspaceStore } from '../store/WorkspaceStore.js';
import { defineCommand, printLines, requireWorkspace } from './command.js';
import { UsageError } from './errors.js';
import { line } from './io.js';

export const importCommand = defineCommand({
  name: 'import',
  summary: {
    fr: 'importe une relecture Excel ou un planning (csv, xlsx)',
    en: 'imports an Excel review or a plan (csv, xlsx)',
  },
  help: {
    fr: `Usage\u202F: calepin import --workspace DOSSIER FICHIER [--dry-run] [--as NOM]

Importe FICHIER\u202F: l’export Excel de Calepin rempli par un relecteur (ses décisions et
commentaires), ou un planning en CSV ou xlsx (date, heure, compte, texte, média, étiquettes).
Affiche d’abord l’aperçu\u202F; une sauvegarde «\u202Favant import\u202F» est faite avant d’écrire.

  --workspace DOSSIER   l’espace de travail
  --dry-run             affiche l’aperçu sans rien modifier
  --as NOM              le relecteur dont le fichier porte les décisions (défaut\u202F: l’utilisateur)
  -h, --help            cette aide`,
    en: `Usage: calepin import --workspace DIR FILE [--dry-run] [--as NAME]

Imports FILE: Calepin's Excel export filled in by a reviewer (their decisions and comments),
or a plan as CSV or xlsx (date, time, account, text, media, labels). Prints the preview first;
a "before-import" backup is taken before anything is written.

  --workspace DIR   the workspace
  --dry-run         prints the preview and changes nothing
  --as NAME         the reviewer whose decisions the file carries (default: the user)
  -h, --help        this help`,
  },
  options: { workspace: { type: 'string' }, 'dry-run': { type: 'boolean' }, as: { type: 'string' } },
  positionals: 1,
  async run({ values, positionals }, io, language) {
    const dir = requireWorkspace(values);
    const file = positionals[0];
    if (!file) throw new UsageError('indiquez le fichier à importer.', 'give the file to import.');
    const as = typeof values.as === 'string' && values.as.trim() !== '' ? values.as.trim() : os.userInfo().username;
    const dryRun = values['dry-run'] === true;
    const dataDir = defaultDataDir(io.env);
    const store = await WorkspaceStore.open(path.resolve(dir), {
      clock: () => new Date(),
      actor: 'calepin-cli',
      dataDir,
      readOnly: dryRun,
      backups: { enabled: false },
    });
    try {
      const session = new ImportSession();
      const view = await session.preview(store, file);
      printLines(io, previewLines(view, language));
      const errors = view.preview.errors.length;
      if (errors > 0 && !dryRun) {
        // Without a person to confirm, half an import is worse than none: fix the rows, import again.
        line(
          io.stderr,
          language === 'fr'
            ? `calepin import\u202F: ${errors} ligne${errors > 1 ? 's' : ''} en erreur\u202F: rien n’a été modifié. Corrigez-les et relancez l’import.`
            : `calepin import: ${errors} row${errors === 1 ? '' : 's'} with errors: nothing was changed. Fix them and import again.`,
        );
        return 1;
      }
      if (dryRun) {
        line(
          io.stdout,
          language === 'fr'
            ? 'Aperçu seulement (--dry-run)\u202F: rien n’a été modifié.'
            : 'Preview only (--dry-run): nothing was changed.',
        );
        return 0;
      }
      const outcome = await session.apply(store, view.token, { as, clock: () => new Date(), dataDir });
      line(io.stdout, outcomeLine(outcome, language));
      return 0;
    } finally {
      await store.close();
    }
  },
});
