/** `calepin restore ARCHIVE.zip --to DIR`: a workspace archive unpacked into a new folder, all or nothing. */
import path from 'node:path';
import { restoreWorkspaceArchive } from '../archive/restoreArchive.js';
import { defaultDataDir } from '../services/appPaths.js';
import { defineCommand, printLines } from './command.js';
import { UsageError } from './errors.js';

export const restoreCommand = defineCommand({
  name: 'restore',
  summary: {
    fr: 'restaure une archive d’espace de travail (zip) dans un nouveau dossier',
    en: 'restores a workspace archive (zip) into a new folder',
  },
  help: {
    fr: `Usage\u202F: calepin restore ARCHIVE.zip --to DOSSIER

Restaure une archive faite par «\u202Fcalepin export --format zip\u202F» ou l’écran Exports.
DOSSIER doit être absent ou vide. L’archive est vérifiée avant d’écrire quoi que ce soit
(chemins hors du dossier, liens, tailles annoncées), puis l’espace de travail restauré est
ouvert pour contrôle. En cas d’échec, rien n’est laissé sur le disque.

  --to DOSSIER   le dossier du nouvel espace de travail
  -h, --help     cette aide`,
    en: `Usage: calepin restore ARCHIVE.zip --to DIR

Restores an archive made by \`calepin export --format zip\` or the Exports screen. DIR must be
absent or empty. The archive is checked before anything is written (paths outside the folder,
links, declared sizes), then the restored workspace is opened to check it. On failure, nothing
is left on the disk.

  --to DIR     the new workspace's folder
  -h, --help   this help`,
  },
  options: { to: { type: 'string' } },
  positionals: 1,
  async run({ values, positionals }, io, language) {
    const archive = positionals[0];
    if (!archive) throw new UsageError('indiquez l’archive à restaurer.', 'give the archive to restore.');
    const to = values.to;
    if (typeof to !== 'string' || to === '') {
      throw new UsageError(
        'indiquez le dossier de destination avec --to DOSSIER.',
        'give the target folder with --to DIR.',
      );
    }
    const result = await restoreWorkspaceArchive(path.resolve(archive), path.resolve(to), {
      store: { clock: () => new Date(), actor: 'calepin-cli', dataDir: defaultDataDir(io.env) },
    });
    const w = result.workspace;
    printLines(io, [
      language === 'fr'
        ? `Espace de travail «\u202F${w.name}\u202F» restauré dans ${result.path} (${w.posts} publications, ${w.media} médias, ${w.accounts} comptes).`
        : `Restored workspace "${w.name}" into ${result.path} (${w.posts} posts, ${w.media} media, ${w.accounts} accounts).`,
    ]);
    return 0;
  },
});
