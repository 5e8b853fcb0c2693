/** `calepin new <folder> [--sample] [--name N]`: creates an empty workspace, or the French sample. */
import path from 'node:path';
import { createSampleWorkspace } from '../sample/createSampleWorkspace.js';
import { defaultDataDir, defaultSampleImagesDir, systemLocaleFrom } from '../services/appPaths.js';
import { WorkspaceStore, type StoreOptions } from '../store/WorkspaceStore.js';
import { defineCommand, printLines } from './command.js';
import { UsageError } from './errors.js';

export const newCommand = defineCommand({
  name: 'new',
  summary: { fr: 'crée un espace de travail (vide ou l’exemple)', en: 'creates a workspace (empty, or the sample)' },
  help: {
    fr: `Usage\u202F: calepin new DOSSIER [--sample] [--name NOM] [--zone FUSEAU]

Crée un espace de travail dans DOSSIER (absent ou vide).

  --sample        l’exemple en français\u202F: «\u202FLes Fournils de Saône\u202F», ses comptes,
                  ses publications sur ce mois-ci et le suivant, ses images
  --name NOM      le nom de l’espace de travail (par défaut, le nom du dossier)
  --zone FUSEAU   le fuseau horaire IANA du calendrier (par défaut, celui de l’ordinateur)
  -h, --help      cette aide`,
    en: `Usage: calepin new FOLDER [--sample] [--name NAME] [--zone ZONE]

Creates a workspace in FOLDER (absent or empty).

  --sample        the French sample: « Les Fournils de Saône », its accounts, its posts
                  over this month and next, its pictures
  --name NAME     the workspace's name (the folder's name by default)
  --zone ZONE     the calendar's IANA time zone (the computer's by default)
  -h, --help      this help`,
  },
  options: { sample: { type: 'boolean' }, name: { type: 'string' }, zone: { type: 'string' } },
  positionals: 1,
  async run({ values, positionals }, io, language) {
    const folder = positionals[0];
    if (!folder) throw new UsageError('indiquez le dossier à créer.', 'give the folder to create.');
    const dir = path.resolve(folder);
    const name = typeof values.name === 'string' ? values.name : undefined;
    const zone = typeof values.zone === 'string' ? values.zone : undefined;
    const options: StoreOptions = {
      clock: () => new Date(),
      actor: 'calepin-cli',
      dataDir: defaultDataDir(io.env),
      backups: { enabled: false },
    };

    const store = values.sample
      ? await createSampleWorkspace(dir, { imagesDir: defaultSampleImagesDir(), name, zone }, options)
      : await WorkspaceStore.create(
          dir,
          {
            name: name ?? path.basename(dir).replace(/\.calepin$/i, ''),
            settings: {
              zone: zone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Paris'),
              locale: systemLocaleFrom(io.env),
            },
          },
          options,
        );
    const info = store.info();
    await store.close();
    const fr = language === 'fr';
    printLines(io, [
      fr
        ? `Espace de travail «\u202F${info.name}\u202F» créé dans ${dir} (${info.counts.posts} publications, ${info.accounts.length} comptes).`
        : `Created workspace "${info.name}" in ${dir} (${info.counts.posts} posts, ${info.accounts.length} accounts).`,
    ]);
    return 0;
  },
});
