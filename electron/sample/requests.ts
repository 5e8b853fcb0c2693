/** What colleagues asked the community managers for; accepted ones point at the post they became. */
import type { PRIORITIES, REQUEST_STATUSES } from '../../core/model/request.js';
import type { SampleAccountId } from './accounts.js';

export interface SampleRequest {
  id: string;
  from: string;
  team: string;
  what: string;
  accounts: SampleAccountId[];
  /** Days from today; stretched like the posts' days. */
  deadlineDay: number | null;
  priority: (typeof PRIORITIES)[number];
  status: (typeof REQUEST_STATUSES)[number];
  /** The story key of the post it became. */
  post: string | null;
  /** Days before today it arrived. */
  daysAgo: number;
}

export const SAMPLE_REQUESTS: SampleRequest[] = [
  {
    id: 'req-anti-gaspi',
    from: 'Hélène Vasseur',
    team: 'Direction',
    what: 'Annoncer le lancement de Zéro gaspi sur tous les comptes de la marque, avec la mention de la Banque alimentaire du Rhône.',
    accounts: ['fds-linkedin', 'fds-x', 'fds-bluesky', 'croixrousse-facebook'],
    deadlineDay: -10,
    priority: 'high',
    status: 'done',
    post: 'zero-gaspi-lancement',
    daysAgo: 24,
  },
  {
    id: 'req-apprentis',
    from: 'Thomas Nguyen',
    team: 'Ressources humaines',
    what: "Publier l'appel à candidatures pour les 12 places d'apprentis (boulangerie et pâtisserie), avec le lien vers la page carrières.",
    accounts: ['fds-linkedin', 'helene-linkedin', 'fds-instagram'],
    deadlineDay: 10,
    priority: 'high',
    status: 'accepted',
    post: 'apprentis-candidatures',
    daysAgo: 9,
  },
  {
    id: 'req-jean-talon',
    from: 'Marie-Ève Tremblay',
    team: 'Boutique de Montréal',
    what: "On tient un stand au marché Jean-Talon samedi : pouvez-vous l'annoncer sur nos pages de Montréal ?",
    accounts: ['montreal-facebook', 'montreal-instagram'],
    deadlineDay: 9,
    priority: 'normal',
    status: 'accepted',
    post: 'jean-talon',
    daysAgo: 5,
  },
  {
    id: 'req-brioches',
    from: 'Julien Roche',
    team: 'Boutique de la Croix-Rousse',
    what: "Faire connaître l'offre du mardi sur les brioches pour relancer les ventes en début de semaine.",
    accounts: ['croixrousse-facebook', 'fds-instagram'],
    deadlineDay: 8,
    priority: 'normal',
    status: 'accepted',
    post: 'brioches-moins-20',
    daysAgo: 6,
  },
  {
    id: 'req-travaux',
    from: 'Julien Roche',
    team: 'Boutique de la Croix-Rousse',
    what: "Prévenir les clients d'une fermeture d'une journée pour l'entretien du four (date à confirmer avec le technicien).",
    accounts: ['croixrousse-facebook'],
    deadlineDay: null,
    priority: 'low',
    status: 'accepted',
    post: 'fermeture-travaux',
    daysAgo: 3,
  },
  {
    id: 'req-pain-mais',
    from: 'Marie-Ève Tremblay',
    team: 'Boutique de Montréal',
    what: "Présenter notre nouveau pain de campagne au maïs du Québec, fait avec la farine d'un moulin de Lanaudière.",
    accounts: ['montreal-facebook', 'montreal-instagram'],
    deadlineDay: 20,
    priority: 'normal',
    status: 'new',
    post: null,
    daysAgo: 1,
  },
  {
    id: 'req-cliente-40-ans',
    from: 'Julien Roche',
    team: 'Boutique de la Croix-Rousse',
    what: "Mme Roux vient acheter sa baguette chez nous depuis 40 ans : elle est d'accord pour un petit portrait avec photo.",
    accounts: ['croixrousse-facebook', 'fds-instagram'],
    deadlineDay: 25,
    priority: 'low',
    status: 'new',
    post: null,
    daysAgo: 2,
  },
  {
    id: 'req-bilan-rse',
    from: 'Sophie Garnier',
    team: 'Communication',
    what: 'Préparer une série de posts sur le bilan RSE annuel (farines locales, énergie, emballages), à valider par la direction.',
    accounts: ['fds-linkedin', 'helene-linkedin'],
    deadlineDay: 35,
    priority: 'urgent',
    status: 'new',
    post: null,
    daysAgo: 0,
  },
  {
    id: 'req-article-presse',
    from: 'Claire Dumas',
    team: 'Achats',
    what: "Repartager l'article du Progrès sur notre meunier sur toutes les pages, y compris TikTok.",
    accounts: ['fds-tiktok', 'fds-instagram', 'fds-linkedin'],
    deadlineDay: -2,
    priority: 'low',
    status: 'declined',
    post: null,
    daysAgo: 8,
  },
];
