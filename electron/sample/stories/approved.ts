/** Approved, waiting for a slot. */
import type { Story } from '../story.js';

export const APPROVED_STORIES: Story[] = [
  {
    key: 'portes-ouvertes',
    title: 'Portes ouvertes du fournil central',
    status: 'approved',
    day: 8,
    time: '08:30',
    to: ['fds-linkedin', 'fds-x', 'fds-bluesky', 'croixrousse-facebook'],
    master: 'Portes ouvertes au fournil central de Gerland, samedi de 9 h à 12 h.',
    voice: {
      corporate:
        'Le fournil central de Gerland ouvre ses portes samedi, de 9 h à 12 h : visite de la fabrication, rencontre avec nos boulangers et dégustation. Entrée libre, sur inscription.',
      merchant:
        'Envie de voir où naît votre pain ? Portes ouvertes au fournil central de Gerland samedi matin, de 9 h à 12 h. Inscriptions en boutique !',
    },
    labels: ['evenement'],
    funnel: 'mofu',
    pillar: 'Savoir-faire',
    assignee: 'lea',
    review: { by: 'sophie' },
  },
  {
    key: 'apprentis-candidatures',
    title: 'Apprentis : les candidatures sont ouvertes',
    status: 'approved',
    day: 9,
    time: '08:30',
    to: ['fds-linkedin', 'helene-linkedin', 'fds-instagram'],
    master: 'Nous recrutons 12 apprentis boulangers et pâtissiers pour la rentrée.',
    voice: {
      corporate:
        "Nous recrutons 12 apprentis en boulangerie et en pâtisserie, dans nos fournils de Lyon et de Vaise. CAP ou BP, nous formons, nous accompagnons, et nous embauchons à la sortie. Candidatures ouvertes jusqu'à la fin du mois prochain.",
      professional:
        "Douze places d'apprentis s'ouvrent chez nous cette année. Si vous connaissez quelqu'un qui hésite entre les études et le fournil, dites-lui que les deux ne s'opposent pas.",
      community:
        'On cherche 12 apprentis 🥖🎓 Tu aimes te lever tôt et mettre les mains dans la farine ? Lien en bio !\n\n#FournilsDeSaone #Apprentissage #Recrutement',
    },
    firstComment: { 'fds-linkedin': 'Les offres : https://fournils-saone.fr/carrieres' },
    mediaFor: { 'fds-instagram': ['croissants.jpg'] },
    labels: ['recrutement'],
    campaign: 'apprentis',
    funnel: 'bofu',
    pillar: 'Équipe',
    assignee: 'lea',
    request: 'req-apprentis',
    review: { by: 'helene' },
  },
  {
    key: 'jean-talon',
    title: 'Marché Jean-Talon : on y sera samedi',
    status: 'approved',
    day: 10,
    time: '07:00',
    to: ['montreal-facebook', 'montreal-instagram'],
    master: 'Samedi, nous tenons un stand au marché Jean-Talon.',
    voice: {
      merchant:
        'Samedi, retrouvez-nous au marché Jean-Talon, allée des producteurs : pain de campagne, croissants et tarte au sucre revisitée. De 8 h à 15 h, beau temps, mauvais temps !',
    },
    text: {
      'montreal-instagram':
        'Samedi, on sort du Plateau 🚚 Viens nous voir au marché Jean-Talon de 8 h à 15 h !\n\n#FournilsMTL #JeanTalon #MTL',
    },
    mediaFor: { 'montreal-instagram': ['croissants.jpg'] },
    labels: ['quebec', 'evenement'],
    funnel: 'mofu',
    pillar: 'Vie des boutiques',
    assignee: 'karim',
    request: 'req-jean-talon',
    review: { by: 'sophie' },
  },
  {
    key: 'croissant-aop',
    title: 'Le croissant au beurre AOP',
    status: 'approved',
    day: 11,
    time: '12:00',
    to: ['fds-instagram', 'fds-x', 'croixrousse-facebook'],
    master: 'Nos croissants sont faits au beurre AOP Charentes-Poitou, tourés trois fois.',
    voice: {
      community:
        'Le secret de nos croissants ? Du beurre AOP Charentes-Poitou, trois tours, et 48 h de patience 🥐✨\n\n#FournilsDeSaone #Croissant #Viennoiserie',
      corporate:
        'Nos croissants sont faits au beurre AOP Charentes-Poitou, tourés trois fois et reposés 48 heures. Rien de plus, rien de moins.',
      merchant:
        "Le croissant de la Croix-Rousse : beurre AOP, trois tours, 48 h de repos. Sortie du four toutes les heures jusqu'à 11 h.",
    },
    media: ['croissants.jpg'],
    labels: ['produit'],
    funnel: 'tofu',
    pillar: 'Savoir-faire',
    assignee: 'karim',
    review: { by: 'sophie' },
  },
  {
    key: 'vaise-j-7',
    title: "Vaise : J-7 avant l'ouverture",
    status: 'approved',
    day: 12,
    time: '18:00',
    to: ['fds-instagram', 'fds-tiktok', 'fds-threads', 'fds-x'],
    master: "Plus qu'une semaine avant l'ouverture du fournil de Vaise.",
    voice: {
      community:
        'J-7 ⏳ Dans une semaine, on ouvre notre fournil de Vaise ! Four à bois, atelier vitré et terrasse au bord de la Saône 😍\n\n#FournilsDeSaone #Vaise #Lyon9',
      corporate:
        'Dans sept jours, nous ouvrons notre quinzième boutique, à Vaise : un fournil à bois et un atelier vitré, ouverts sur le quartier.',
    },
    text: {
      // Threads takes one topic tag.
      'fds-threads':
        'J-7 ⏳ Dans une semaine, on ouvre notre fournil de Vaise ! Four à bois, atelier vitré et terrasse au bord de la Saône 😍\n\n#Vaise',
    },
    mediaFor: { 'fds-instagram': ['baguettes.jpg'], 'fds-tiktok': ['baguettes.jpg'] },
    labels: ['evenement'],
    campaign: 'ouverture-vaise',
    funnel: 'tofu',
    pillar: 'Vie des boutiques',
    assignee: 'lea',
    review: { by: 'sophie' },
  },
  {
    key: 'gaspi-mi-parcours',
    title: 'Zéro gaspi : bilan à mi-parcours',
    status: 'approved',
    day: 13,
    time: '08:30',
    to: ['fds-linkedin', 'fds-bluesky', 'fds-mastodon'],
    master: 'Zéro gaspi à mi-parcours : 1 240 paniers, 720 kg de pain donnés.',
    voice: {
      corporate:
        'Zéro gaspi, à mi-parcours : 1 240 paniers vendus et 720 kg de pain donnés. Le pain jeté en fin de journée a baissé de 83 %. Prochaine étape : les fournils eux-mêmes.',
      community:
        'Zéro gaspi, mi-parcours : 1 240 paniers, 720 kg de pain donnés, −83 % de pain jeté. Merci ! 💚 #ZéroGaspi',
    },
    labels: ['rse'],
    campaign: 'zero-gaspi',
    funnel: 'mofu',
    pillar: 'Engagement',
    assignee: 'lea',
    review: { by: 'helene' },
  },
  {
    key: 'mini-tartes',
    title: "Tarte aux pralines : l'édition mini",
    status: 'approved',
    day: 14,
    time: '07:30',
    to: ['croixrousse-facebook', 'fds-instagram'],
    master: 'La tarte aux pralines existe maintenant en version individuelle.',
    voice: {
      merchant:
        'Pour les gourmands pressés : la tarte aux pralines existe désormais en format individuel, à 3,90 €. En vitrine dès 10 h.',
      community:
        "Tu nous l'as demandée, la voilà : la mini tarte aux pralines 💗 Parfaite pour ne pas partager.\n\n#FournilsDeSaone #TarteAuxPralines",
    },
    media: ['tarte-pralines.jpg'],
    labels: ['produit'],
    funnel: 'bofu',
    pillar: 'Gourmandise',
    assignee: 'karim',
    review: { by: 'sophie' },
  },
];
