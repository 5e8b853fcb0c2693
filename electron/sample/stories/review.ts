/** Posts waiting for a reviewer, and posts sent back with a note. */
import type { Story } from '../story.js';

export const REVIEW_STORIES: Story[] = [
  {
    key: 'vaise-jour-j',
    title: 'Ouverture de Vaise : le programme du jour J',
    status: 'in_review',
    day: 15,
    time: '08:30',
    to: ['fds-linkedin', 'fds-x', 'fds-bluesky', 'fds-instagram', 'croixrousse-facebook'],
    master: 'Le fournil de Vaise ouvre ses portes : programme de la journée.',
    voice: {
      corporate:
        "C'est aujourd'hui : notre fournil de Vaise ouvre ses portes, 3 quai Arloing. Au programme : première fournée au feu de bois à 7 h, visite de l'atelier toute la journée, et concert de la fanfare du 9e à 18 h.",
      community:
        "C'EST LE JOUR J 🎉 Le fournil de Vaise ouvre ! Première fournée à 7 h, atelier ouvert toute la journée, fanfare à 18 h. Tu viens ?\n\n#FournilsDeSaone #Vaise #Lyon9",
      merchant:
        "Nos collègues de Vaise ouvrent aujourd'hui ! Si vous passez par le 9e, allez leur dire bonjour de notre part, 3 quai Arloing.",
    },
    mediaFor: { 'fds-instagram': ['baguettes.jpg'] },
    labels: ['evenement'],
    campaign: 'ouverture-vaise',
    funnel: 'mofu',
    pillar: 'Vie des boutiques',
    assignee: 'lea',
    comments: [
      ['lea', "J'ai mis la fanfare à 18 h, à confirmer avec la mairie du 9e."],
      ['sophie', 'Confirmé par téléphone ce matin.'],
    ],
  },
  {
    key: 'interview-meunier',
    title: "Interview : notre meunier de l'Ain",
    status: 'in_review',
    day: 16,
    time: '07:45',
    to: ['helene-linkedin', 'fds-linkedin'],
    master: 'Rencontre avec Pierre Vial, le meunier qui fournit nos farines.',
    voice: {
      professional:
        "J'ai passé une matinée au moulin de Pierre Vial, à Pont-d'Ain. Il m'a appris qu'un meunier « écoute » ses meules pour savoir si la farine sera bonne. Je vous raconte.",
      corporate:
        "Rencontre avec Pierre Vial, meunier à Pont-d'Ain, qui fournit 70 % de nos farines. Trois générations, des blés de la Dombes et des meules de pierre : l'interview complète sur notre blog.",
    },
    firstComment: { 'fds-linkedin': "L'interview : https://fournils-saone.fr/blog/pierre-vial" },
    labels: ['rse', 'coulisses'],
    funnel: 'mofu',
    pillar: 'Engagement',
    assignee: 'lea',
  },
  {
    key: 'pain-dimanche-plateau',
    title: 'Le pain du dimanche au Plateau',
    status: 'in_review',
    day: 17,
    time: '07:00',
    to: ['montreal-facebook'],
    master: 'Chaque dimanche, une grande miche au levain à partager.',
    voice: {
      merchant:
        'Nouveau le dimanche au Plateau : la grande miche au levain de 1,5 kg, à partager en famille ou entre amis. À réserver la veille au comptoir ou au 514 555-0142.',
    },
    media: ['montreal-neige.jpg'],
    labels: ['quebec', 'produit'],
    funnel: 'bofu',
    pillar: 'Vie des boutiques',
    assignee: 'karim',
    comments: [['marie-eve', 'Attention, le dimanche on ouvre à 8 h, pas à 7 h.']],
  },
  {
    key: 'croque-de-la-veille',
    title: 'Recette TikTok : le croque-monsieur de la veille',
    status: 'in_review',
    day: 18,
    time: '19:30',
    to: ['fds-tiktok', 'fds-instagram'],
    master: 'Recette anti-gaspi : le croque-monsieur avec le pain de mie de la veille.',
    voice: {
      community:
        "Pain de mie d'hier + jambon + comté = le croque parfait 🧀 Le pain rassis dore mieux, c'est prouvé (par nous).\n\n#FournilsDeSaone #ZéroGaspi #Recette",
    },
    text: { 'fds-tiktok': 'Le croque-monsieur anti-gaspi en 2 minutes 🧀 #zerogaspi #recette #FournilsDeSaone' },
    media: ['baguettes.jpg'],
    labels: ['rse'],
    campaign: 'zero-gaspi',
    funnel: 'tofu',
    pillar: 'Gourmandise',
    assignee: 'karim',
  },
  {
    key: 'boissons-chaudes',
    title: 'Nouvelle carte des boissons chaudes',
    status: 'in_review',
    day: 19,
    time: '07:30',
    to: ['fds-instagram', 'croixrousse-facebook'],
    master:
      "Nouvelle carte des boissons chaudes : chocolat à l'ancienne, chaï maison, café d'une torréfaction de la Croix-Rousse.",
    voice: {
      community:
        "Nouvelle carte chaude ☕ Chocolat à l'ancienne, chaï maison et café torréfié à deux rues d'ici. Ton préféré, c'est lequel ?\n\n#FournilsDeSaone #Café #Lyon",
      merchant:
        "Nouvelle carte des boissons chaudes à la Croix-Rousse : chocolat à l'ancienne, chaï maison, et un café torréfié rue du Mail. À déguster sur place ou à emporter.",
    },
    media: ['cafe-latte.jpg'],
    labels: ['produit'],
    funnel: 'tofu',
    pillar: 'Gourmandise',
    assignee: 'karim',
  },
  {
    key: 'merci-voisins-vaise',
    title: 'Vaise : merci aux voisins',
    status: 'in_review',
    day: 20,
    time: '17:00',
    to: ['fds-threads', 'fds-mastodon'],
    master: 'Merci aux voisins du quai Arloing pour leur patience pendant les travaux.',
    voice: {
      community:
        'Un grand merci aux voisins du quai Arloing : des mois de travaux, de camions et de poussière… et toujours un sourire. Le premier café est pour nous ☕',
    },
    labels: ['evenement'],
    campaign: 'ouverture-vaise',
    funnel: 'tofu',
    pillar: 'Vie des boutiques',
    assignee: 'lea',
  },
  {
    key: 'brioches-moins-20',
    title: 'Promo −20 % sur les brioches du mardi',
    status: 'changes_requested',
    day: 10,
    time: '07:30',
    to: ['croixrousse-facebook', 'fds-instagram'],
    master: 'Chaque mardi, −20 % sur toutes les brioches.',
    voice: {
      merchant: "Le mardi, c'est brioche : −20 % sur toutes nos brioches à la Croix-Rousse, toute la journée !",
      community:
        "Le mardi, c'est brioche ! −20 % sur toutes les brioches 🧈 Ne dis pas qu'on ne t'a pas prévenu.\n\n#FournilsDeSaone #Brioche",
    },
    mediaFor: { 'fds-instagram': ['facade-croix-rousse.jpg'] },
    labels: ['promo'],
    funnel: 'bofu',
    pillar: 'Gourmandise',
    assignee: 'karim',
    request: 'req-brioches',
    review: {
      by: 'sophie',
      note: "La remise de 20 % n'est pas validée par la direction commerciale : on passe à « une brioche offerte pour deux achetées » ?",
    },
  },
  {
    key: 'horaires-hiver-mtl',
    title: "Montréal : horaires d'hiver",
    status: 'changes_requested',
    day: 13,
    time: '07:00',
    to: ['montreal-facebook', 'montreal-instagram'],
    master: "L'hiver arrive au Plateau : nouveaux horaires.",
    voice: {
      merchant:
        "L'hiver s'installe sur le Plateau : à partir de lundi, la boutique ouvre de 7 h à 18 h en semaine et de 8 h à 16 h la fin de semaine. Le café reste chaud, promis.",
    },
    text: {
      'montreal-instagram':
        "Tuque, mitaines pis croissant chaud 🧣❄️ Nos horaires d'hiver changent lundi, tous les détails sur notre page Facebook.\n\n#FournilsMTL #HiverMTL",
    },
    media: ['montreal-neige.jpg'],
    // The snowy shop front is a 9:16 portrait, outside Instagram's 4:5 to 1.91:1 feed: the croissant
    // of the caption goes there instead.
    mediaFor: { 'montreal-instagram': ['croissants.jpg'] },
    labels: ['quebec'],
    funnel: 'bofu',
    pillar: 'Vie des boutiques',
    assignee: 'karim',
    review: { by: 'sophie', note: 'Horaires à revérifier avec Marie-Ève avant publication.' },
  },
  {
    key: 'bas-carbone',
    title: 'Notre engagement bas carbone',
    status: 'changes_requested',
    day: 16,
    time: '08:30',
    to: ['fds-linkedin'],
    master: "Nos fournils réduisent leurs émissions de 30 % d'ici trois ans.",
    voice: {
      corporate:
        "Nous nous engageons à réduire de 30 % les émissions de nos fournils d'ici trois ans : fours électriques à récupération de chaleur, livraisons en véhicules électriques, farines locales.",
    },
    labels: ['rse'],
    funnel: 'mofu',
    pillar: 'Engagement',
    assignee: 'lea',
    review: {
      by: 'helene',
      note: "Chiffres à sourcer (bilan carbone du cabinet) et à faire relire par la juriste : risque d'écoblanchiment.",
    },
  },
  {
    key: 'histoire-pain-saone',
    title: "Fil : l'histoire du pain de Saône",
    status: 'changes_requested',
    day: 18,
    time: '12:00',
    to: ['fds-x', 'fds-bluesky'],
    master: "L'histoire du pain de Saône, en cinq étapes.",
    voice: {
      corporate:
        "D'où vient le pain de Saône ? Un fil en cinq étapes, des moulins flottants du XVIIIe siècle à nos fournils.",
    },
    thread: {
      'fds-x': [
        'Au XVIIIe siècle, Lyon comptait des dizaines de moulins flottants, amarrés sur la Saône et le Rhône.',
        'Les boulangers des pentes de la Croix-Rousse y achetaient leur farine au jour le jour.',
        'Le dernier moulin flottant a disparu en 1900.',
      ],
      'fds-bluesky': [
        'Au XVIIIe siècle, Lyon comptait des dizaines de moulins flottants sur la Saône et le Rhône.',
        'Le dernier a disparu en 1900. Notre pain de Saône lui rend hommage.',
      ],
    },
    labels: ['coulisses'],
    funnel: 'tofu',
    pillar: 'Savoir-faire',
    assignee: 'lea',
    review: { by: 'sophie', note: "Le fil X n'a que trois parties alors qu'on annonce cinq étapes." },
  },
];
