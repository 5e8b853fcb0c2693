/**
 * The plan book's own words, in the document's language (which may differ from the app's). Kept
 * here rather than in the renderer's catalogs because the document is made on the Node side and
 * by the CLI; French strings follow French typography (U+202F before : ; ! ? and inside « »).
 */
import type { Locale } from '../../model/index.js';

export interface PlanBookStrings {
  lang: string;
  title: string;
  period: string;
  selection: string;
  accounts: string;
  statuses: string;
  labels: string;
  campaigns: string;
  all: string;
  generated: string;
  version: string;
  zone: string;
  posts: (n: number) => string;
  contents: string;
  monthOverview: string;
  week: (n: number, from: string, to: string) => string;
  more: (n: number) => string;
  noPosts: string;
  approvedBy: (who: string, date: string, time: string) => string;
  decidedBy: (decision: string, who: string, date: string, time: string) => string;
  notApproved: string;
  validatedBy: string;
  validatedOn: string;
  signature: string;
  signatureIntro: string;
  cutText: (n: number) => string;
  thread: (n: number) => string;
  firstComment: string;
  campaign: string;
  video: string;
  mediaMissing: string;
  weekdaysShort: string[];
  page: string;
}

const NNBSP = '\u202f';

export const PLAN_BOOK_STRINGS: Record<Locale, PlanBookStrings> = {
  fr: {
    lang: 'fr',
    title: 'Plan de publication',
    period: 'Période',
    selection: 'Sélection',
    accounts: 'Comptes',
    statuses: 'Statuts',
    labels: 'Étiquettes',
    campaigns: 'Campagnes',
    all: 'tous',
    generated: 'Document généré le',
    version: 'Version',
    zone: 'Fuseau horaire',
    posts: (n) => (n <= 1 ? `${n} publication` : `${n} publications`),
    contents: 'Sommaire',
    monthOverview: 'Vue du mois',
    week: (n, from, to) => `Semaine ${n} · du ${from} au ${to}`,
    more: (n) => `+${NNBSP}${n} autre${n > 1 ? 's' : ''}`,
    noPosts: 'Aucune publication dans cette sélection.',
    approvedBy: (who, date, time) => `Validé par ${who} le ${date} à ${time}`,
    decidedBy: (decision, who, date, time) => `${decision} par ${who} le ${date} à ${time}`,
    notApproved: 'Pas encore validé',
    validatedBy: `Validé par${NNBSP}:`,
    validatedOn: `Le${NNBSP}:`,
    signature: `Signature${NNBSP}:`,
    signatureIntro: 'Bon pour accord sur les publications de ce document.',
    cutText: (n) => `… (suite coupée${NNBSP}: ${n} caractères)`,
    thread: (n) => `Fil${NNBSP}: ${n} message${n > 1 ? 's' : ''} de plus`,
    firstComment: `Premier commentaire${NNBSP}:`,
    campaign: 'Campagne',
    video: 'Vidéo',
    mediaMissing: 'Média introuvable',
    weekdaysShort: ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'],
    page: 'Page',
  },
  en: {
    lang: 'en',
    title: 'Publishing plan',
    period: 'Period',
    selection: 'Selection',
    accounts: 'Accounts',
    statuses: 'Statuses',
    labels: 'Labels',
    campaigns: 'Campaigns',
    all: 'all',
    generated: 'Generated on',
    version: 'Version',
    zone: 'Time zone',
    posts: (n) => (n === 1 ? '1 post' : `${n} posts`),
    contents: 'Contents',
    monthOverview: 'Month overview',
    week: (n, from, to) => `Week ${n} · ${from} to ${to}`,
    more: (n) => `+${n} more`,
    noPosts: 'No posts in this selection.',
    approvedBy: (who, date, time) => `Approved by ${who} on ${date} at ${time}`,
    decidedBy: (decision, who, date, time) => `${decision} by ${who} on ${date} at ${time}`,
    notApproved: 'Not approved yet',
    validatedBy: 'Approved by:',
    validatedOn: 'Date:',
    signature: 'Signature:',
    signatureIntro: 'Agreed for the posts in this document.',
    cutText: (n) => `… (rest cut: ${n} characters)`,
    thread: (n) => `Thread: ${n} more message${n > 1 ? 's' : ''}`,
    firstComment: 'First comment:',
    campaign: 'Campaign',
    video: 'Video',
    mediaMissing: 'Media not found',
    weekdaysShort: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    page: 'Page',
  },
};
