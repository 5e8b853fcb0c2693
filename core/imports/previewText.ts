/**
 * An import preview and its outcome as sentences, in French or English: what `calepin import`
 * prints, and the per-row error sentences the renderer's dialog shows too.
 */
import { decisionName, formatExportDate } from '../export/format.js';
import type { ImportOutcome, ImportPreviewView } from './previewView.js';

type Language = 'fr' | 'en';

const ROW_ERRORS: Record<string, { fr: (v: string) => string; en: (v: string) => string }> = {
  missing_account: { fr: () => 'compte manquant', en: () => 'no account' },
  unknown_account: { fr: (v) => `compte inconnu «\u202F${v}\u202F»`, en: (v) => `unknown account "${v}"` },
  bad_date: {
    fr: (v) => `date illisible «\u202F${v}\u202F» (JJ/MM/AAAA)`,
    en: (v) => `unreadable date "${v}" (YYYY-MM-DD)`,
  },
  bad_time: { fr: (v) => `heure illisible «\u202F${v}\u202F» (HH:MM)`, en: (v) => `unreadable time "${v}" (HH:MM)` },
  time_without_date: { fr: (v) => `heure «\u202F${v}\u202F» sans date`, en: (v) => `time "${v}" without a date` },
  unknown_zone: { fr: (v) => `fuseau horaire inconnu «\u202F${v}\u202F»`, en: (v) => `unknown time zone "${v}"` },
  unknown_status: { fr: (v) => `statut inconnu «\u202F${v}\u202F»`, en: (v) => `unknown status "${v}"` },
  unknown_label: { fr: (v) => `étiquette inconnue «\u202F${v}\u202F»`, en: (v) => `unknown label "${v}"` },
  unknown_campaign: { fr: (v) => `campagne inconnue «\u202F${v}\u202F»`, en: (v) => `unknown campaign "${v}"` },
  missing_text: { fr: () => 'ni texte ni média', en: () => 'neither text nor media' },
  formula: { fr: (v) => `formule refusée «\u202F${v}\u202F»`, en: (v) => `formula refused "${v}"` },
  unknown_post: {
    fr: (v) => `aucun post ${v} dans cet espace de travail`,
    en: (v) => `no post ${v} in this workspace`,
  },
  changed_since_export: {
    fr: (v) => `le post ${v} a changé depuis l’export`,
    en: (v) => `post ${v} changed since the export`,
  },
  media_outside_folder: {
    fr: (v) => `média hors du dossier du fichier «\u202F${v}\u202F»`,
    en: (v) => `media outside the file’s folder "${v}"`,
  },
  media_missing: { fr: (v) => `média introuvable «\u202F${v}\u202F»`, en: (v) => `media not found "${v}"` },
  unknown_decision: {
    fr: (v) => `décision inconnue «\u202F${v}\u202F» (Approuvé, Modifications demandées, Refusé)`,
    en: (v) => `unknown decision "${v}" (Approved, Changes requested, Rejected)`,
  },
};

export function rowErrorSentence(code: string, value: string, language: Language): string {
  const entry = ROW_ERRORS[code];
  return entry ? entry[language](value) : code;
}

export function previewLines(view: ImportPreviewView, language: Language): string[] {
  const fr = language === 'fr';
  const lines: string[] = [];
  const p = view.preview;
  if (p.kind === 'review') {
    lines.push(
      fr
        ? `Relecture de «\u202F${p.marker.workspaceName}\u202F», du ${formatExportDate(p.marker.from, 'fr')} au ${formatExportDate(p.marker.to, 'fr')} (version ${p.marker.version.slice(0, 12)})\u202F:`
        : `Review of "${p.marker.workspaceName}", ${p.marker.from} to ${p.marker.to} (version ${p.marker.version.slice(0, 12)}):`,
    );
    for (const item of p.items) {
      const what = item.decision ? decisionName(item.decision, language) : fr ? 'Commentaire' : 'Comment';
      const conflict =
        item.conflict === 'changed'
          ? fr
            ? ' — CONFLIT\u202F: modifié depuis l’export, non appliqué'
            : ' — CONFLICT: changed since the export, not applied'
          : item.conflict === 'missing'
            ? fr
              ? ' — CONFLIT\u202F: supprimé depuis l’export, non appliqué'
              : ' — CONFLICT: deleted since the export, not applied'
            : '';
      const note = item.note === '' ? '' : ` «\u202F${item.note.replace(/\s+/g, ' ').slice(0, 80)}\u202F»`;
      const colon = fr ? '\u202F:' : ':';
      lines.push(`  ${item.postId}${item.title ? ` (${item.title})` : ''}${colon} ${what}${note}${conflict}`);
    }
  } else {
    const changed = p.updates.filter((u) => u.changes.length > 0);
    lines.push(
      fr
        ? `${p.rowCount} ligne${p.rowCount > 1 ? 's' : ''}\u202F: ${p.creates.length} post${p.creates.length > 1 ? 's' : ''} à créer, ${changed.length} à modifier, ${p.updates.length - changed.length} inchangé${p.updates.length - changed.length > 1 ? 's' : ''}, ${p.errors.length} erreur${p.errors.length > 1 ? 's' : ''}.`
        : `${p.rowCount} row${p.rowCount === 1 ? '' : 's'}: ${p.creates.length} post${p.creates.length === 1 ? '' : 's'} to create, ${changed.length} to update, ${p.updates.length - changed.length} unchanged, ${p.errors.length} error${p.errors.length === 1 ? '' : 's'}.`,
    );
    for (const u of changed) lines.push(`  ${u.postId}: ${u.changes.join(', ')}`);
  }
  for (const error of p.errors) {
    lines.push(
      `  ${fr ? 'ligne' : 'row'} ${error.row}${fr ? '\u202F:' : ':'} ${rowErrorSentence(error.code, error.value, language)}`,
    );
  }
  return lines;
}

export function outcomeLine(outcome: ImportOutcome, language: Language): string {
  const fr = language === 'fr';
  const conflicts = outcome.conflicts.length;
  if (outcome.kind === 'review') {
    return fr
      ? `${outcome.decisions} décision${outcome.decisions > 1 ? 's' : ''} et ${outcome.comments} commentaire${outcome.comments > 1 ? 's' : ''} enregistrés, ${conflicts} conflit${conflicts > 1 ? 's' : ''} non appliqué${conflicts > 1 ? 's' : ''}.`
      : `${outcome.decisions} decision${outcome.decisions === 1 ? '' : 's'} and ${outcome.comments} comment${outcome.comments === 1 ? '' : 's'} recorded, ${conflicts} conflict${conflicts === 1 ? '' : 's'} not applied.`;
  }
  return fr
    ? `${outcome.created} post${outcome.created > 1 ? 's' : ''} créé${outcome.created > 1 ? 's' : ''}, ${outcome.updated} modifié${outcome.updated > 1 ? 's' : ''}, ${conflicts} conflit${conflicts > 1 ? 's' : ''} non appliqué${conflicts > 1 ? 's' : ''}.`
    : `${outcome.created} post${outcome.created === 1 ? '' : 's'} created, ${outcome.updated} updated, ${conflicts} conflict${conflicts === 1 ? '' : 's'} not applied.`;
}
