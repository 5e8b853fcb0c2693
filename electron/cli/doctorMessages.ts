/** The doctor's findings as sentences, in French and English. */
import type { CliLanguage } from './io.js';
import type { Finding, FindingCode } from './doctorChecks.js';

type Sentence = (f: Finding) => string;

const p = (f: Finding, key: string): string => String(f.params[key] ?? '');

const SENTENCES: Record<FindingCode, Record<CliLanguage, Sentence>> = {
  corrupt: {
    fr: (f) => `${f.file} est illisible (${p(f, 'reason')})${p(f, 'detail') ? `\u202F: ${p(f, 'detail')}` : ''}.`,
    en: (f) => `${f.file} cannot be read (${p(f, 'reason')})${p(f, 'detail') ? `: ${p(f, 'detail')}` : ''}.`,
  },
  'newer-schema': {
    fr: (f) =>
      `${f.file} vient d’une version plus récente de Calepin (format ${p(f, 'found')}, lu jusqu’au ${p(f, 'supported')})\u202F: il ne s’ouvrira qu’en lecture seule.`,
    en: (f) =>
      `${f.file} was written by a newer Calepin (format ${p(f, 'found')}, this one reads up to ${p(f, 'supported')}): it will open read-only.`,
  },
  'older-schema': {
    fr: (f) =>
      `${f.file} est au format ${p(f, 'found')}\u202F; Calepin le mettra à jour (format ${p(f, 'supported')}) à la prochaine ouverture, après une sauvegarde.`,
    en: (f) =>
      `${f.file} is in format ${p(f, 'found')}; Calepin will update it to format ${p(f, 'supported')} on the next open, after a backup.`,
  },
  locked: {
    fr: () => 'Un autre Calepin a cet espace de travail ouvert (verrou actif).',
    en: () => 'Another Calepin has this workspace open (the lock is live).',
  },
  'index-unreadable': {
    fr: (f) =>
      `L’index des publications est absent ou abîmé (${p(f, 'detail')})\u202F; il sera reconstruit à partir des fichiers.`,
    en: (f) => `The post index is missing or damaged (${p(f, 'detail')}); it will be rebuilt from the post files.`,
  },
  'index-mismatch': {
    fr: (f) =>
      ({ absent: `${f.file} n’est pas dans l’index.`, gone: `L’index cite ${f.file}, qui n’existe plus.` })[
        p(f, 'detail')
      ] ?? `${f.file} est en révision ${p(f, 'disk')} sur le disque mais ${p(f, 'index')} dans l’index.`,
    en: (f) =>
      ({ absent: `${f.file} is missing from the index.`, gone: `The index lists ${f.file}, which no longer exists.` })[
        p(f, 'detail')
      ] ?? `${f.file} is at revision ${p(f, 'disk')} on disk but ${p(f, 'index')} in the index.`,
  },
  'index-torn': {
    fr: (f) => `${f.file} se termine par une ligne incomplète (écriture interrompue).`,
    en: (f) => `${f.file} ends with an incomplete line (an interrupted write).`,
  },
  conflict: {
    fr: (f) =>
      `Copie de conflit de synchronisation\u202F: ${f.file}${p(f, 'post') ? ` (publication ${p(f, 'post')})` : ''}.`,
    en: (f) => `Sync-conflict copy: ${f.file}${p(f, 'post') ? ` (post ${p(f, 'post')})` : ''}.`,
  },
  'temp-file': {
    fr: (f) => `Fichier temporaire laissé par une écriture interrompue\u202F: ${f.file}.`,
    en: (f) => `Temporary file left by an interrupted write: ${f.file}.`,
  },
  'media-missing': {
    fr: (f) => `Le média ${p(f, 'id')} est introuvable\u202F: ${f.file}.`,
    en: (f) => `Media ${p(f, 'id')} is missing: ${f.file}.`,
  },
  'media-mismatch': {
    fr: (f) => `Le contenu de ${f.file} ne correspond plus à son empreinte (média ${p(f, 'id')}).`,
    en: (f) => `The content of ${f.file} no longer matches its hash (media ${p(f, 'id')}).`,
  },
  quarantined: {
    fr: (f) => `Fichier abîmé mis de côté lors d’une ouverture précédente\u202F: ${f.file}.`,
    en: (f) => `Damaged file set aside at an earlier open: ${f.file}.`,
  },
};

export function findingSentence(finding: Finding, language: CliLanguage): string {
  return SENTENCES[finding.code][language](finding);
}
