/** The coming days: approved and scheduled to go out. */
import type { Story } from '../story.js';

export const SCHEDULED_STORIES: Story[] = [
  {
    key: 'pain-aux-noix',
    title: 'Fournée spéciale : pain aux noix',
    status: 'scheduled',
    day: 1,
    time: '07:30',
    to: ['croixrousse-facebook', 'fds-instagram'],
    master: "Aujourd'hui, fournée spéciale de pain aux noix dans toutes les boutiques.",
    voice: {
      merchant:
        'Ce matin, fournée spéciale : pain aux noix du Dauphiné, à partir de 8 h. Il part vite, pensez à le réserver en boutique !',
      community:
        "Aujourd'hui = pain aux noix 🌰 Une seule fournée, alors ne traîne pas trop au lit !\n\n#FournilsDeSaone #PainDeSaison",
    },
    media: ['baguettes.jpg'],
    labels: ['produit'],
    campaign: 'pains-de-saison',
    funnel: 'bofu',
    pillar: 'Savoir-faire',
    assignee: 'karim',
    review: { by: 'sophie' },
  },
  {
    key: 'paniers-ou',
    title: 'Zéro gaspi : où trouver les paniers du soir',
    status: 'scheduled',
    day: 1,
    time: '12:00',
    to: ['fds-x', 'fds-bluesky', 'fds-threads'],
    master: 'Les paniers Zéro gaspi sont disponibles dans les quatorze boutiques, de 19 h à 19 h 30.',
    voice: {
      corporate:
        'Où trouver les paniers Zéro gaspi ? Dans nos quatorze boutiques, chaque soir de 19 h à 19 h 30. La liste : https://fournils-saone.fr/boutiques',
      community:
        "Les paniers Zéro gaspi, c'est dans toutes nos boutiques, chaque soir de 19 h à 19 h 30 🥖 La plus proche de chez toi : https://fournils-saone.fr/boutiques",
    },
    labels: ['rse'],
    campaign: 'zero-gaspi',
    funnel: 'bofu',
    pillar: 'Engagement',
    assignee: 'lea',
    review: { by: 'sophie' },
  },
  {
    key: 'chocolatine',
    title: 'Chocolatine ou pain au chocolat ? (Montréal)',
    status: 'scheduled',
    day: 2,
    time: '07:00',
    to: ['montreal-facebook', 'montreal-instagram'],
    master:
      "Au Plateau, on ne tranchera pas le débat : chocolatine ou pain au chocolat, c'est le même, et il est sorti du four à 6 h.",
    voice: {
      merchant:
        'Chocolatine ou pain au chocolat ? Au Plateau, on ne tranchera pas le débat : il sort du four à 6 h, avec du beurre de la Beauce et du chocolat noir à 64 %.',
    },
    text: {
      'montreal-instagram':
        'Chocolatine ou pain au chocolat ? 🤔 Nous autres, on dit juste « il est chaud » 🍫🔥\n\n#FournilsMTL #Chocolatine #MTL',
    },
    media: ['croissants.jpg'],
    labels: ['quebec', 'produit'],
    funnel: 'tofu',
    pillar: 'Gourmandise',
    assignee: 'karim',
    review: { by: 'sophie' },
  },
  {
    key: 'rapport-annuel',
    title: 'Rapport annuel : 14 boutiques, 230 salariés',
    status: 'scheduled',
    day: 3,
    time: '08:30',
    to: ['fds-linkedin'],
    master: 'Notre rapport annuel est en ligne.',
    voice: {
      corporate:
        'Notre rapport annuel est en ligne. En un an : 14 boutiques, 230 salariés dont 31 apprentis, 92 % de farines issues de moulins à moins de 150 km, et une première boutique hors de France, à Montréal.\n\nMerci à nos équipes et à nos partenaires.',
    },
    firstComment: { 'fds-linkedin': 'Le rapport complet (PDF, 24 pages) : https://fournils-saone.fr/rapport-annuel' },
    labels: ['rse'],
    funnel: 'mofu',
    pillar: 'Engagement',
    assignee: 'lea',
    review: { by: 'helene', note: 'Vérifié avec la finance, on peut publier.' },
  },
  {
    key: 'faconnage-30s',
    title: 'Le geste du façonnage en 30 secondes',
    status: 'scheduled',
    day: 4,
    time: '19:30',
    to: ['fds-tiktok', 'fds-instagram'],
    master: "Le façonnage d'une baguette, filmé en gros plan.",
    voice: {
      community:
        "Rabattre, rouler, allonger : le façonnage d'une baguette en 30 secondes chrono 👐 Tu crois que tu y arriverais ?\n\n#FournilsDeSaone #Boulangerie #Façonnage",
    },
    text: {
      'fds-tiktok': 'Façonner une baguette en 30 secondes 👐 Défi accepté ? #FournilsDeSaone #boulangerie #asmr',
    },
    media: ['baguettes.jpg'],
    labels: ['coulisses'],
    funnel: 'tofu',
    pillar: 'Savoir-faire',
    assignee: 'karim',
    review: { by: 'sophie' },
  },
  {
    key: 'levain-explique',
    title: "On t'explique notre levain (fil Mastodon)",
    status: 'scheduled',
    day: 5,
    time: '10:00',
    to: ['fds-mastodon'],
    master: 'Un fil pour expliquer comment nous entretenons notre levain naturel.',
    voice: {
      community: "Un levain, c'est quoi ? Petit fil pour t'expliquer comment on entretient le nôtre depuis 2009 🧵",
    },
    thread: {
      'fds-mastodon': [
        "Au départ : de la farine, de l'eau, et de la patience. Les levures sauvages de la farine font le reste en cinq jours environ.",
        'Chaque matin, on le « rafraîchit » : on garde une partie du levain de la veille et on ajoute farine et eau.',
        'Résultat : une pâte qui lève lentement, un pain qui se garde trois jours et une mie plus digeste. Des questions ?',
      ],
    },
    labels: ['coulisses'],
    funnel: 'mofu',
    pillar: 'Savoir-faire',
    assignee: 'lea',
    review: { by: 'sophie' },
  },
  {
    key: 'helene-20-ans',
    title: "Ce que m'ont appris vingt ans de fournil",
    status: 'scheduled',
    day: 6,
    time: '07:45',
    to: ['helene-linkedin'],
    master: 'Vingt ans de fournil : trois leçons.',
    voice: {
      professional:
        "Vingt ans cette semaine que j'ai ouvert mon premier fournil, rue d'Austerlitz.\n\nTrois leçons :\n1. Un bon pain commence par un bon horaire : personne ne travaille bien épuisé.\n2. Les clients reviennent pour une personne, pas pour un produit.\n3. On ne grandit bien qu'en formant.\n\nMerci à celles et ceux qui font ce métier avec moi.",
    },
    labels: ['coulisses'],
    funnel: 'tofu',
    pillar: 'Équipe',
    assignee: 'lea',
    review: { by: 'helene' },
  },
  {
    key: 'concours-tartine',
    title: 'Concours photo : ta meilleure tartine',
    status: 'scheduled',
    day: 7,
    time: '18:00',
    to: ['fds-instagram', 'fds-threads'],
    master: 'Concours photo : montrez-nous votre meilleure tartine sur notre pain.',
    voice: {
      community:
        'Concours photo 📸 Montre-nous ta plus belle tartine sur notre pain, avec #MaTartineFournils. À gagner : un mois de pain offert !\n\n#FournilsDeSaone #Concours',
    },
    text: {
      // Threads takes one topic tag: the contest's own.
      'fds-threads':
        'Concours photo 📸 Montre-nous ta plus belle tartine sur notre pain, avec #MaTartineFournils. À gagner : un mois de pain offert !',
    },
    mediaFor: { 'fds-instagram': ['baguettes.jpg'] },
    firstComment: { 'fds-instagram': 'Règlement complet : https://fournils-saone.fr/concours-tartine' },
    labels: ['promo', 'evenement'],
    funnel: 'mofu',
    pillar: 'Gourmandise',
    assignee: 'karim',
    review: { by: 'sophie', note: 'Règlement validé par le juridique cette fois-ci.' },
  },
];
