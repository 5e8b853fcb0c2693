/** What was set aside: a cancelled contest, an outdated notice, an idea dropped. */
import type { Story } from '../story.js';

export const ARCHIVED_STORIES: Story[] = [
  {
    key: 'jeu-concours-annule',
    title: 'Jeu-concours de rentrée (annulé)',
    status: 'archived',
    day: -11,
    time: '18:00',
    to: ['fds-instagram'],
    master: 'Jeu-concours : gagne un an de baguettes !',
    voice: {
      community: 'Jeu-concours 🎉 Gagne un an de baguettes ! Pour participer : abonne-toi, like et tague deux amis.',
    },
    labels: ['promo'],
    assignee: 'karim',
    comments: [['sophie', 'Règlement non validé par le juridique, on archive.']],
  },
  {
    key: 'ancien-horaires',
    title: 'Horaires du dimanche (ancienne version)',
    status: 'archived',
    day: -6,
    time: '07:30',
    to: ['croixrousse-facebook'],
    master: 'Le dimanche, la boutique ferme désormais à 13 h.',
    voice: { merchant: 'Le dimanche, la boutique de la Croix-Rousse fermera désormais à 13 h.' },
    assignee: 'karim',
    comments: [['julien', "Finalement c'est 13 h 30, voir le nouveau post."]],
  },
  {
    key: 'livraison-velo',
    title: 'Livraison à vélo (idée abandonnée)',
    status: 'archived',
    day: null,
    to: ['fds-instagram', 'croixrousse-facebook'],
    master: 'Et si on livrait les croissants à vélo le dimanche matin ?',
    labels: ['evenement'],
    assignee: 'lea',
    comments: [['helene', "Pas cette année : l'assurance coûte trop cher pour un test."]],
  },
];
