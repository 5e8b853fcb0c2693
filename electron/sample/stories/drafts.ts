/** Further ahead: drafts, dated or waiting in the backlog. */
import type { Story } from '../story.js';

export const DRAFT_STORIES: Story[] = [
  {
    key: 'vaise-une-semaine',
    title: 'Vaise : une semaine après',
    status: 'draft',
    day: 22,
    to: ['fds-instagram', 'fds-linkedin'],
    master: "Une semaine après l'ouverture de Vaise : premiers chiffres et premières photos.",
    voice: {
      community:
        "Une semaine à Vaise 🥹 Merci pour l'accueil ! Ta photo préférée de l'ouverture, c'est laquelle ?\n\n#FournilsDeSaone #Vaise",
      corporate:
        'Une semaine après son ouverture, le fournil de Vaise a accueilli 4 200 clients. Merci au quartier pour cet accueil.',
    },
    mediaFor: { 'fds-instagram': ['croissants.jpg'] },
    labels: ['evenement'],
    campaign: 'ouverture-vaise',
    pillar: 'Vie des boutiques',
    assignee: 'lea',
    comments: [['lea', 'Chiffre de fréquentation à mettre à jour le jour même.']],
  },
  {
    key: 'portrait-amadou',
    title: 'Portrait : Amadou, chef boulanger à Vaise',
    status: 'draft',
    day: 24,
    to: ['fds-linkedin', 'fds-instagram'],
    master: "Portrait d'Amadou Diallo, chef boulanger du fournil de Vaise et maître d'apprentissage.",
    voice: {
      corporate:
        "Amadou Diallo est entré chez nous comme apprenti il y a douze ans. Il dirige aujourd'hui le fournil de Vaise et forme chaque année quatre apprentis.",
      community: "Tu le croises à 4 h du mat', farine jusqu'aux coudes : voici Amadou, chef boulanger à Vaise 👨‍🍳",
    },
    mediaFor: { 'fds-instagram': ['baguettes.jpg'] },
    labels: ['recrutement', 'coulisses'],
    campaign: 'apprentis',
    pillar: 'Équipe',
    assignee: 'lea',
  },
  {
    key: 'tourte-auvergnate',
    title: 'Pains de saison : la tourte de seigle',
    status: 'draft',
    day: 27,
    to: ['croixrousse-facebook', 'fds-instagram', 'fds-x'],
    master: 'Prochain pain de saison : la tourte de seigle, pour les soirées raclette.',
    voice: {
      merchant:
        'Le prochain pain de saison arrive : la tourte de seigle, parfaite avec une raclette ou un plateau de fromages.',
      community: 'Raclette sans tourte de seigle ? Impensable 🧀\n\n#FournilsDeSaone #PainDeSaison',
    },
    mediaFor: { 'fds-instagram': ['baguettes.jpg'] },
    labels: ['produit'],
    campaign: 'pains-de-saison',
    pillar: 'Savoir-faire',
    assignee: 'karim',
  },
  {
    key: 'atelier-enfants',
    title: 'Atelier pain pour les enfants',
    status: 'draft',
    day: 29,
    to: ['croixrousse-facebook'],
    master: 'Atelier pain pour les 6–10 ans, le mercredi après-midi.',
    voice: {
      merchant:
        'Mercredi après-midi, atelier pain pour les 6–10 ans à la Croix-Rousse : pétrir, façonner, repartir avec sa boule. 12 places, 15 € le goûter compris.',
    },
    labels: ['evenement'],
    pillar: 'Vie des boutiques',
    assignee: 'karim',
  },
  {
    key: 'atelier-viennoiseries-mtl',
    title: 'Atelier viennoiseries au Plateau',
    status: 'draft',
    day: 31,
    time: '16:00',
    to: ['montreal-facebook', 'montreal-instagram'],
    master: 'Atelier croissants au Plateau, un samedi par mois.',
    voice: {
      merchant:
        'Un samedi par mois, apprenez à faire vos croissants avec notre équipe du Plateau : trois heures, huit personnes, et une douzaine de croissants à rapporter à la maison.',
    },
    media: ['croissants.jpg'],
    labels: ['quebec', 'evenement'],
    pillar: 'Vie des boutiques',
    assignee: 'karim',
  },
  {
    key: 'apprentis-premier-mois',
    title: 'Apprentis : le premier mois',
    status: 'draft',
    day: 34,
    to: ['helene-linkedin'],
    master: 'Ce que nos nouveaux apprentis ont appris en un mois.',
    voice: {
      professional:
        "Un mois après leur arrivée, j'ai demandé à nos apprentis ce qui les avait le plus surpris. Réponse unanime : « le silence du fournil à 4 h ».",
    },
    labels: ['recrutement'],
    campaign: 'apprentis',
    pillar: 'Équipe',
    assignee: 'lea',
  },
  {
    key: 'gaspi-et-maintenant',
    title: 'Zéro gaspi : et maintenant ?',
    status: 'draft',
    day: 37,
    to: ['fds-linkedin', 'fds-bluesky'],
    master: "Zéro gaspi devient permanent, et s'étend aux fournils.",
    voice: {
      corporate:
        'Zéro gaspi devient permanent. Prochaine étape : réduire les chutes de pâte dans nos fournils, qui représentent encore 4 % de notre production.',
    },
    labels: ['rse'],
    campaign: 'zero-gaspi',
    pillar: 'Engagement',
    assignee: 'lea',
  },
  {
    key: 'boite-gouter',
    title: 'La nouvelle boîte à goûter',
    status: 'draft',
    day: 40,
    to: ['fds-instagram', 'fds-tiktok'],
    master: 'Une boîte à goûter consignée, à rapporter en boutique.',
    voice: {
      community:
        'Nouvelle boîte à goûter consignée 🍪 Tu la remplis, tu la rapportes, on la remplit encore.\n\n#FournilsDeSaone #ZéroDéchet',
    },
    media: ['cafe-latte.jpg'],
    labels: ['produit', 'rse'],
    pillar: 'Engagement',
    assignee: 'karim',
  },
  {
    key: 'equipe-bluesky',
    title: "On vous présente l'équipe com'",
    status: 'draft',
    day: 44,
    to: ['fds-bluesky', 'fds-mastodon'],
    master: 'Derrière ces comptes : Léa et Karim.',
    voice: {
      corporate:
        'Derrière ce compte, il y a Léa et Karim, qui vous répondent du lundi au vendredi. Ils ne savent pas (encore) faire de croissants.',
      community:
        'Derrière ce compte : Léa et Karim 👋 On répond du lundi au vendredi, et on ne sait toujours pas faire de croissants.',
    },
    pillar: 'Équipe',
    assignee: 'karim',
  },
  {
    key: 'fermeture-travaux',
    title: 'Fermeture exceptionnelle pour travaux (Croix-Rousse)',
    status: 'draft',
    day: null,
    to: ['croixrousse-facebook'],
    master: 'La boutique de la Croix-Rousse sera fermée un lundi pour travaux.',
    voice: {
      merchant:
        "Fermeture exceptionnelle lundi pour travaux d'entretien du four. Nos collègues de la place Sathonay vous accueillent de 7 h à 19 h. Merci de votre compréhension !",
    },
    pillar: 'Vie des boutiques',
    assignee: 'karim',
    request: 'req-travaux',
    comments: [['julien', 'La date dépend du technicien, je vous la confirme dès que possible.']],
  },
  {
    key: 'faq-allergenes',
    title: 'FAQ : allergènes et farines',
    status: 'draft',
    day: null,
    to: ['fds-instagram', 'croixrousse-facebook'],
    master: "Les questions qu'on nous pose le plus sur les allergènes, et nos réponses.",
    voice: {
      community:
        'Sans gluten, sans lactose, sans fruits à coque ? On répond à tes questions les plus fréquentes en story 👇',
      merchant:
        'Vous nous demandez souvent quels pains conviennent à une allergie : la liste complète des allergènes est affichée en boutique et disponible sur demande.',
    },
    mediaFor: { 'fds-instagram': ['facade-croix-rousse.jpg'] },
    pillar: 'Engagement',
    assignee: 'lea',
  },
];
