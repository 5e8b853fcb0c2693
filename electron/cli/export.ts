/**
 * `calepin export --workspace DIR --format F --out FILE [selection]`: the plan as a file, from a
 * workspace opened read-only. The output is whole or absent: nothing partial is ever left.
 */
import path from 'node:path';
import { formatExportDate } from '../../core/export/format.js';
import { shortVersion } from '../../core/export/selection.js';
import { exportFormats, writerFor } from '../export/registry.js';
import { runExport } from '../export/runExport.js';
import { defineCommand, requireWorkspace } from './command.js';
import { UsageError } from './errors.js';
import { checkKnownIds, delimiterFromOption, selectionFromOptions } from './exportOptions.js';
import { line } from './io.js';
import { withReadOnlyWorkspace } from './openReadOnly.js';

export const exportCommand = defineCommand({
  name: 'export',
  summary: {
    fr: 'exporte le planning (pdf, xlsx, csv, ics, zip)',
    en: 'exports the plan (pdf, xlsx, csv, ics, zip)',
  },
  help: {
    fr: `Usage\u202F: calepin export --workspace DOSSIER --format FORMAT --out FICHIER [options]

Exporte les publications planifiées d’une période. Ne modifie pas l’espace de travail\u202F; le
fichier est écrit en entier ou pas du tout.

  --workspace DOSSIER        l’espace de travail
  --format FORMAT            pdf, xlsx, csv, ics ou zip
  --out FICHIER              le fichier à écrire (remplacé s’il existe)
  --profile NOM              variante du format\u202F: csv generic (défaut), hootsuite, sprout\u202F;
                             ics all (défaut) ou per-account (un dossier, un calendrier par compte)\u202F;
                             pdf portrait (défaut) ou landscape (paysage)
  --from AAAA-MM-JJ          début de la période (défaut\u202F: aujourd’hui)
  --to AAAA-MM-JJ            fin, incluse (défaut\u202F: fin du mois prochain)
  --status S1,S2             statuts (défaut\u202F: approved,scheduled)
  --accounts ID1,ID2         seulement ces comptes (défaut\u202F: tous)
  --labels ID1,ID2           seulement les posts portant une de ces étiquettes
  --campaigns ID1,ID2        seulement ces campagnes
  --locale fr|en             langue du document (défaut\u202F: celle de l’espace de travail)
  --delimiter ';'            csv\u202F: séparateur «\u202F;\u202F» pour Excel en français
  -h, --help                 cette aide`,
    en: `Usage: calepin export --workspace DIR --format FORMAT --out FILE [options]

Exports the planned posts of a period. Does not change the workspace; the file is written
whole or not at all.

  --workspace DIR            the workspace
  --format FORMAT            pdf, xlsx, csv, ics or zip
  --out FILE                 the file to write (replaced if it exists)
  --profile NAME             format variant: csv generic (default), hootsuite, sprout;
                             ics all (default) or per-account (a folder, one calendar per account);
                             pdf portrait (default) or landscape
  --from YYYY-MM-DD          start of the period (default: today)
  --to YYYY-MM-DD            end, included (default: end of next month)
  --status S1,S2             statuses (default: approved,scheduled)
  --accounts ID1,ID2         only these accounts (default: all)
  --labels ID1,ID2           only posts with one of these labels
  --campaigns ID1,ID2        only these campaigns
  --locale fr|en             language of the document (default: the workspace's)
  --delimiter ';'            csv: ";" separator for French Excel
  -h, --help                 this help`,
  },
  options: {
    workspace: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    profile: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    status: { type: 'string' },
    accounts: { type: 'string' },
    labels: { type: 'string' },
    campaigns: { type: 'string' },
    locale: { type: 'string' },
    delimiter: { type: 'string' },
  },
  async run({ values }, io, language) {
    const dir = requireWorkspace(values);
    const format = typeof values.format === 'string' ? values.format : '';
    const writer = writerFor(format);
    if (!writer) {
      const known = exportFormats().join(', ');
      throw new UsageError(
        format === '' ? `indiquez --format (${known}).` : `format inconnu «\u202F${format}\u202F» (${known}).`,
        format === '' ? `give --format (${known}).` : `unknown format "${format}" (${known}).`,
      );
    }
    const out = typeof values.out === 'string' && values.out !== '' ? values.out : null;
    if (!out)
      throw new UsageError(
        'indiquez le fichier à écrire avec --out FICHIER.',
        'give the file to write with --out FILE.',
      );
    const profile = typeof values.profile === 'string' ? values.profile : undefined;
    if (profile !== undefined && !writer.profiles.includes(profile)) {
      throw new UsageError(
        `profil ${format} inconnu «\u202F${profile}\u202F» (${writer.profiles.join(', ')}).`,
        `unknown ${format} profile "${profile}" (${writer.profiles.join(', ')}).`,
      );
    }
    const selection = selectionFromOptions(values);
    const delimiter = delimiterFromOption(values.delimiter);

    return withReadOnlyWorkspace(dir, io.env, async (store) => {
      const workspace = store.workspace();
      checkKnownIds(selection.accounts, workspace.accounts, { fr: 'compte', en: 'account' });
      checkKnownIds(selection.labels, workspace.labels, { fr: 'étiquette', en: 'label' });
      checkKnownIds(selection.campaigns, workspace.campaigns, { fr: 'campagne', en: 'campaign' });
      const result = await runExport(format, { store, selection, out, profile, delimiter });
      const where = path.resolve(out);
      const version = shortVersion(result.version);
      line(
        io.stdout,
        language === 'fr'
          ? `${result.rows} ligne${result.rows > 1 ? 's' : ''} exportée${result.rows > 1 ? 's' : ''} dans ${where} (du ${formatExportDate(result.selection.from, 'fr')} au ${formatExportDate(result.selection.to, 'fr')}, version ${version}).`
          : `${result.rows} row${result.rows === 1 ? '' : 's'} exported to ${where} (${result.selection.from} to ${result.selection.to}, version ${version}).`,
      );
      return 0;
    });
  },
});
