/** What went out in the last two weeks, each with its approval. */
import type { Story } from '../story.js';

export const PUBLISHED_STORIES: Story[] = [
  {
    key: 'seigle-figues',
    title: 'Pains de saison : seigle et figues',
    status: 'published',
    day: -13,
    time: '08:30',
    to: ['fds-instagram', 'fds-x', 'croixrousse-facebook'],
    master:
      'Le pain de saison arrive : un seigle aux figues, pétri à la main et cuit sur sole. En boutique du mardi au samedi.',
    voice: {
      community:
        'Il est là, il est beau, il sent bon 😍 Notre seigle aux figues débarque dans toutes les boutiques ! Tu le prends en tranches ou en entier ? 🍞\n\n#FournilsDeSaone #PainDeSaison #Lyon',
      corporate:
        'Notre pain de saison est arrivé : un seigle aux figues, pétri à la main et cuit sur sole. Disponible du mardi au samedi dans nos quatorze boutiques.',
      merchant:
        'Nouveau ce matin à la Croix-Rousse : le seigle aux figues ! Les premières fournées sortent à 7 h 30, pensez à le réserver pour le week-end.',
    },
    media: ['baguettes.jpg'],
    labels: ['produit'],
    campaign: 'pains-de-saison',
    funnel: 'tofu',
    pillar: 'Savoir-faire',
    assignee: 'lea',
    review: { by: 'sophie' },
  },
  {
    key: 'fournil-4h',
    title: '4 h du matin au fournil',
    status: 'published',
    day: -12,
    time: '19:30',
    to: ['fds-tiktok', 'fds-instagram'],
    master: 'Une nuit au fournil central : de la pesée à la première fournée, en une minute.',
    voice: {
      community:
        "POV : il est 4 h, Lyon dort, et toi tu façonnes 300 baguettes 🥖⏰ Merci à Amadou et toute l'équipe de nuit !\n\n#FournilsDeSaone #Boulangerie #Coulisses",
    },
    text: {
      'fds-tiktok': 'POV : il est 4 h et Lyon dort… sauf nous 🥖⏰ #FournilsDeSaone #boulangerie #coulisses #lyon',
    },
    labels: ['coulisses'],
    funnel: 'tofu',
    pillar: 'Équipe',
    assignee: 'karim',
    review: { by: 'sophie' },
    comments: [['lea', 'Super retours sur TikTok : 12 000 vues en une journée.']],
  },
  {
    key: 'zero-gaspi-lancement',
    title: 'Lancement de Zéro gaspi',
    status: 'published',
    day: -10,
    time: '08:30',
    to: ['fds-linkedin', 'fds-x', 'fds-bluesky', 'croixrousse-facebook'],
    master:
      'Zéro gaspi : chaque soir, les invendus de nos boutiques deviennent des paniers à 4 €, et le reste part à la Banque alimentaire du Rhône.',
    voice: {
      corporate:
        "Nous lançons Zéro gaspi : chaque soir, les invendus de nos quatorze boutiques deviennent des paniers à 4 €, et ce qui reste part à la Banque alimentaire du Rhône. Notre objectif : zéro pain jeté d'ici la fin de l'année.",
      merchant:
        'À partir de ce soir, à la Croix-Rousse : les paniers Zéro gaspi à 4 € ! Du pain et des viennoiseries du jour, à retirer entre 19 h et 19 h 30.',
    },
    text: {
      'fds-x':
        'Nous lançons Zéro gaspi : chaque soir, nos invendus deviennent des paniers à 4 €, le reste part à la Banque alimentaire du Rhône. Objectif : zéro pain jeté.',
    },
    labels: ['rse'],
    campaign: 'zero-gaspi',
    funnel: 'mofu',
    pillar: 'Engagement',
    assignee: 'lea',
    request: 'req-anti-gaspi',
    review: { by: 'helene', note: 'Parfait, merci pour la mention de la Banque alimentaire.' },
  },
  {
    key: 'tarte-pralines',
    title: 'La tarte aux pralines, notre fierté lyonnaise',
    status: 'published',
    day: -9,
    time: '18:00',
    to: ['fds-instagram', 'fds-threads', 'fds-mastodon'],
    master:
      "La tarte aux pralines : pâte sablée, pralines roses concassées, crème cuite lentement. Une recette lyonnaise qu'on ne change pas.",
    voice: {
      community:
        "Rose, croquante, fondante : la tarte aux pralines, c'est Lyon dans une assiette 💗 Team part fine ou team grosse part ?\n\n#FournilsDeSaone #TarteAuxPralines #Lyon",
    },
    text: {
      'fds-mastodon':
        "La tarte aux pralines, c'est une pâte sablée, des pralines roses concassées et une crème cuite très lentement. Une recette lyonnaise qu'on ne touche pas. Tu la connais ? #Lyon #Pâtisserie",
      'fds-threads': 'Question sérieuse : la tarte aux pralines, tu la manges tiède ou froide ? 💗',
    },
    media: ['tarte-pralines.jpg'],
    labels: ['produit'],
    funnel: 'tofu',
    pillar: 'Gourmandise',
    assignee: 'karim',
    review: { by: 'sophie' },
  },
  {
    key: 'brunch-plateau',
    title: 'Brunch du dimanche au Plateau',
    status: 'published',
    day: -8,
    time: '09:00',
    to: ['montreal-facebook', 'montreal-instagram'],
    master: 'Le brunch du dimanche revient au Plateau : tartines, œufs, viennoiseries et café filtre, de 9 h à 14 h.',
    voice: {
      merchant:
        'Le brunch du dimanche est de retour au Plateau ! Tartines au levain, œufs brouillés, viennoiseries et café filtre à volonté, de 9 h à 14 h. Réservation conseillée au 514 555-0142.',
    },
    text: {
      'montreal-instagram':
        "Le brunch du dimanche est revenu ☕🥐 Tartines, œufs, viennoiseries pis du café filtre à volonté, de 9 h à 14 h. On t'attend sur Saint-Denis !\n\n#FournilsMTL #BrunchMTL #Plateau",
    },
    media: ['cafe-latte.jpg'],
    labels: ['quebec', 'evenement'],
    funnel: 'bofu',
    pillar: 'Vie des boutiques',
    assignee: 'karim',
    review: { by: 'sophie' },
  },
  {
    key: 'helene-meunier',
    title: 'Pourquoi nous avons changé de meunier',
    status: 'published',
    day: -7,
    time: '07:45',
    to: ['helene-linkedin'],
    master: "Il y a un an, nous avons choisi un moulin de l'Ain, à 60 km de nos fournils. Ce que cela a changé.",
    voice: {
      professional:
        "Il y a un an, j'ai pris une décision difficile : quitter un fournisseur historique pour un moulin de l'Ain, à 60 km de nos fournils.\n\nUn an après, trois constats :\n— nos farines sont plus régulières, donc nos pains aussi ;\n— nos équipes connaissent le meunier par son prénom ;\n— nos camions font 40 % de kilomètres en moins.\n\nLe circuit court n'est pas un slogan : c'est une relation. Et vous, qu'avez-vous relocalisé cette année ?",
    },
    labels: ['rse'],
    funnel: 'mofu',
    pillar: 'Engagement',
    assignee: 'lea',
    review: { by: 'helene' },
  },
  {
    key: 'dimanche-croix-rousse',
    title: 'Horaires du dimanche à la Croix-Rousse',
    status: 'published',
    day: -6,
    time: '07:30',
    to: ['croixrousse-facebook'],
    master: 'Nouveaux horaires le dimanche à la Croix-Rousse : 7 h – 13 h 30.',
    voice: {
      merchant:
        "Bonne nouvelle pour les lève-tard : le dimanche, la boutique de la Croix-Rousse reste ouverte jusqu'à 13 h 30 (ouverture à 7 h, comme d'habitude). À dimanche !",
    },
    labels: ['promo'],
    funnel: 'bofu',
    pillar: 'Vie des boutiques',
    assignee: 'karim',
    review: { by: 'sophie' },
  },
  {
    key: 'cafe-croissant',
    title: 'Formule café + croissant à 3,50 €',
    status: 'published',
    day: -5,
    time: '07:30',
    to: ['fds-instagram', 'croixrousse-facebook'],
    master: 'Tous les matins avant 9 h : un café et un croissant pour 3,50 €.',
    voice: {
      community:
        'Le combo qui sauve les matins : un café + un croissant = 3,50 € ☕🥐 Tous les jours avant 9 h, dans toutes nos boutiques.\n\n#FournilsDeSaone #Lyon #PetitDej',
      merchant:
        'Avant 9 h, à la Croix-Rousse : un café et un croissant au beurre pour 3,50 €. De quoi bien commencer la journée !',
    },
    media: ['croissants.jpg'],
    labels: ['promo'],
    funnel: 'bofu',
    pillar: 'Gourmandise',
    assignee: 'karim',
    review: { by: 'sophie' },
  },
  {
    key: 'gaspi-semaine-1',
    title: 'Zéro gaspi, première semaine',
    status: 'published',
    day: -4,
    time: '12:15',
    to: ['fds-linkedin', 'fds-bluesky', 'fds-mastodon'],
    master: 'Zéro gaspi, première semaine : 312 paniers vendus, 180 kg de pain donnés.',
    voice: {
      corporate:
        'Zéro gaspi, première semaine : 312 paniers vendus et 180 kg de pain remis à la Banque alimentaire du Rhône. Merci à nos clients et à nos équipes du soir.',
      community:
        'Zéro gaspi, semaine 1 : 312 paniers vendus, 180 kg de pain donnés à la Banque alimentaire. Merci à toi si tu as pris un panier ! On continue 💪 #ZéroGaspi #Lyon',
    },
    thread: {
      'fds-bluesky': [
        'Comment ça marche ? Chaque boutique prépare ses paniers à 19 h avec le pain et les viennoiseries du jour.',
        "Ce qui n'est pas vendu à 19 h 30 part le lendemain matin à la Banque alimentaire du Rhône.",
      ],
    },
    labels: ['rse'],
    campaign: 'zero-gaspi',
    funnel: 'mofu',
    pillar: 'Engagement',
    assignee: 'lea',
    review: { by: 'sophie' },
  },
  {
    key: 'levain-marie-eve',
    title: 'Le levain de Marie-Ève',
    status: 'published',
    day: -3,
    time: '16:00',
    to: ['montreal-instagram', 'montreal-facebook'],
    master: 'Notre levain de Montréal a quatre ans ; Marie-Ève le nourrit tous les matins.',
    voice: {
      merchant:
        "Notre levain du Plateau a quatre ans cette semaine ! Marie-Ève, notre gérante, le nourrit chaque matin à 5 h. C'est lui qui donne au pain de campagne son petit goût acidulé.",
    },
    text: {
      'montreal-instagram':
        "Joyeux 4 ans à notre levain 🎂 Marie-Ève le nourrit chaque matin à 5 h, pis c'est lui qui donne son goût à notre pain de campagne !\n\n#FournilsMTL #Levain #Plateau",
    },
    labels: ['quebec', 'coulisses'],
    funnel: 'tofu',
    pillar: 'Équipe',
    assignee: 'karim',
    review: { by: 'sophie' },
  },
  {
    key: 'pain-perdu',
    title: 'Recette : le pain perdu de la veille',
    status: 'published',
    day: -3,
    time: '19:30',
    to: ['fds-tiktok', 'fds-instagram', 'fds-threads'],
    master: 'Recette anti-gaspi : le pain perdu avec la baguette de la veille.',
    voice: {
      community:
        "Ta baguette d'hier est dure comme du bois ? Parfait 😏 Lait, œufs, une pincée de vanille, du beurre dans la poêle… et voilà le meilleur goûter du monde.\n\n#FournilsDeSaone #ZéroGaspi #PainPerdu",
    },
    text: {
      'fds-tiktok':
        "Ta baguette d'hier mérite mieux que la poubelle 😏 #painperdu #zerogaspi #FournilsDeSaone #recette",
    },
    labels: ['rse'],
    campaign: 'zero-gaspi',
    funnel: 'tofu',
    pillar: 'Gourmandise',
    assignee: 'karim',
    review: { by: 'sophie' },
  },
  {
    key: 'concours-apprentis',
    title: 'Nos apprentis au concours régional',
    status: 'published',
    day: -2,
    time: '08:30',
    to: ['fds-linkedin', 'helene-linkedin'],
    master:
      'Inès et Noah, apprentis au fournil de Vaise, sont montés sur le podium du concours régional des jeunes boulangers.',
    voice: {
      corporate:
        "Inès et Noah, apprentis de notre futur fournil de Vaise, terminent deuxièmes du concours régional des jeunes boulangers Auvergne-Rhône-Alpes. Toutes nos félicitations à eux et à leur maître d'apprentissage, Amadou Diallo.",
      professional:
        "Je suis fière d'Inès et de Noah, deuxièmes du concours régional des jeunes boulangers. Il y a un an, ni l'un ni l'autre n'avait jamais façonné une baguette.\n\nL'apprentissage reste la meilleure école du métier. Merci à Amadou pour sa patience et son exigence.",
    },
    labels: ['recrutement'],
    campaign: 'apprentis',
    funnel: 'tofu',
    pillar: 'Équipe',
    assignee: 'lea',
    review: { by: 'helene' },
  },
  {
    key: 'vitrine-croix-rousse',
    title: 'La vitrine refaite de la Croix-Rousse',
    status: 'published',
    day: -1,
    time: '07:30',
    to: ['croixrousse-facebook', 'fds-instagram'],
    master: 'La boutique de la Croix-Rousse a une nouvelle vitrine.',
    voice: {
      merchant:
        "Vous l'avez peut-être remarqué en passant : notre vitrine a fait peau neuve ! Merci de votre patience pendant les travaux, et à très vite rue d'Austerlitz.",
      community:
        "Avant / après : la Croix-Rousse a une nouvelle vitrine 😍 Tu préfères le store vert ou l'ancien rouge ?\n\n#FournilsDeSaone #CroixRousse #Lyon",
    },
    media: ['facade-croix-rousse.jpg'],
    labels: ['evenement'],
    funnel: 'tofu',
    pillar: 'Vie des boutiques',
    assignee: 'karim',
    review: { by: 'sophie' },
  },
  {
    key: 'brioche-ou-chocolat',
    title: 'Question du jour : brioche ou pain au chocolat ?',
    status: 'published',
    day: -1,
    time: '12:00',
    to: ['fds-x', 'fds-bluesky', 'fds-mastodon', 'fds-threads'],
    master: 'Pour le goûter, vous choisissez quoi : brioche ou pain au chocolat ?',
    voice: {
      corporate: 'Question sérieuse pour le goûter : brioche ou pain au chocolat ? Nous comptons les réponses.',
      community: 'Goûter : brioche ou pain au chocolat ? Réponds, on compte 🍫',
    },
    labels: ['produit'],
    funnel: 'tofu',
    pillar: 'Gourmandise',
    assignee: 'karim',
    review: { by: 'sophie' },
    comments: [['sophie', "On a eu 214 réponses sur Mastodon, c'est notre record."]],
  },
];
