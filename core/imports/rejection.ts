/**
 * Why an import file is refused as a whole, before anything is changed. Each reason has one
 * sentence per language here, shared by the CLI and the renderer (whose `imports.rejected.*`
 * keys say the same for the dialog).
 */
export const IMPORT_REJECTIONS = [
  'unsupported_type',
  'too_large',
  'unpacked_too_large',
  'bad_zip',
  'not_xlsx',
  'not_text',
  'unreadable',
  'out_of_memory',
  'timeout',
  'empty',
  'formulas',
  'not_calepin_export',
  'malformed_export',
  'other_workspace',
  'no_columns',
  'file_changed',
] as const;
export type ImportRejection = (typeof IMPORT_REJECTIONS)[number];

type Params = { file?: string; detail?: string };

export const REJECTION_SENTENCES: Record<ImportRejection, { fr: (p: Params) => string; en: (p: Params) => string }> = {
  unsupported_type: {
    fr: () => 'Seuls les fichiers .csv et .xlsx peuvent être importés.',
    en: () => 'Only .csv and .xlsx files can be imported.',
  },
  too_large: {
    fr: (p) => `Le fichier est trop gros pour un planning (${p.detail ?? ''}).`,
    en: (p) => `The file is too large for a plan (${p.detail ?? ''}).`,
  },
  unpacked_too_large: {
    fr: (p) => `Une fois décompressé, ce classeur occuperait ${p.detail ?? ''}\u202F: il est refusé par prudence.`,
    en: (p) => `Unpacked, this workbook would take ${p.detail ?? ''}: it is refused to be safe.`,
  },
  bad_zip: {
    fr: () => 'Ce classeur est endommagé (archive zip illisible).',
    en: () => 'This workbook is damaged (unreadable zip archive).',
  },
  not_xlsx: {
    fr: () => 'Ce fichier n’est pas un classeur Excel (.xlsx), malgré son nom.',
    en: () => 'This file is not an Excel workbook (.xlsx), whatever its name says.',
  },
  not_text: {
    fr: () => 'Ce fichier n’est pas un CSV (il contient des données binaires).',
    en: () => 'This file is not a CSV (it holds binary data).',
  },
  unreadable: {
    fr: (p) => `Ce fichier est illisible (${p.detail ?? ''}).`,
    en: (p) => `This file cannot be read (${p.detail ?? ''}).`,
  },
  out_of_memory: {
    fr: () => 'La lecture de ce fichier demandait trop de mémoire\u202F: elle a été arrêtée.',
    en: () => 'Reading this file needed too much memory: it was stopped.',
  },
  timeout: {
    fr: () => 'La lecture de ce fichier prenait trop de temps\u202F: elle a été arrêtée.',
    en: () => 'Reading this file took too long: it was stopped.',
  },
  empty: { fr: () => 'Le fichier ne contient aucune ligne.', en: () => 'The file holds no rows.' },
  formulas: {
    fr: (p) => `Le fichier contient des formules (${p.detail ?? ''})\u202F: enregistrez-le en valeurs seules.`,
    en: (p) => `The file contains formulas (${p.detail ?? ''}): save it as values only.`,
  },
  not_calepin_export: {
    fr: () => 'Ce classeur n’est pas un export de relecture Calepin.',
    en: () => 'This workbook is not a Calepin review export.',
  },
  malformed_export: {
    fr: (p) => `Cet export Calepin a été abîmé (${p.detail ?? ''})\u202F: rien n’a été modifié.`,
    en: (p) => `This Calepin export was damaged (${p.detail ?? ''}): nothing was changed.`,
  },
  other_workspace: {
    fr: (p) => `Cet export vient d’un autre espace de travail (${p.detail ?? ''}).`,
    en: (p) => `This export comes from another workspace (${p.detail ?? ''}).`,
  },
  no_columns: {
    fr: (p) => `Colonnes introuvables\u202F: ${p.detail ?? ''}.`,
    en: (p) => `Columns not found: ${p.detail ?? ''}.`,
  },
  file_changed: {
    fr: () => 'Le fichier ou l’espace de travail a changé depuis l’aperçu\u202F: relancez l’aperçu.',
    en: () => 'The file or the workspace changed since the preview: preview it again.',
  },
};

export function rejectionSentence(reason: string, params: Params, language: 'fr' | 'en'): string {
  const entry = (REJECTION_SENTENCES as Record<string, (typeof REJECTION_SENTENCES)[ImportRejection]>)[reason];
  return entry ? entry[language](params) : language === 'fr' ? 'Import refusé.' : 'Import refused.';
}
