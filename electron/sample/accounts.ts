/**
 * The sample's accounts: one network and handle each, in four voices — the brand's corporate one
 * (vous, no emoji), its community one (tu, emoji), the shops' merchant one (vous, local and
 * practical, tu on the Montréal Instagram as is usual there) and the founder's professional one.
 */
import type { Register } from '../../core/model/account.js';
import type { Network } from '../../core/model/network.js';

export interface SampleAccount {
  id: string;
  network: Network;
  handle: string;
  displayName: string;
  register: Register;
  zone: string;
  colour: string;
  instanceLimit?: number;
  style: {
    address: 'tu' | 'vous' | 'either';
    emoji: 'none' | 'few' | 'free';
    bannedWords?: string[];
    preferredWords?: { avoid: string; prefer: string }[];
    signature?: string;
    hashtags?: { max: number; required: string[] };
  };
  slots: { weekday: number; time: string }[];
  minGapMinutes?: number;
}

type Style = SampleAccount['style'];

const corporate = (hashtagMax: number): Style => ({
  address: 'vous',
  emoji: 'none',
  bannedWords: ['disruptif', 'incroyable'],
  preferredWords: [{ avoid: 'food', prefer: 'cuisine' }],
  hashtags: { max: hashtagMax, required: [] },
});

const community = (hashtagMax: number, required: string[]): Style => ({
  address: 'tu',
  emoji: 'free',
  preferredWords: [{ avoid: 'viennoiseries industrielles', prefer: 'viennoiseries' }],
  hashtags: { max: hashtagMax, required },
});

const weekdays = (time: string, days: number[] = [1, 2, 3, 4, 5]) => days.map((weekday) => ({ weekday, time }));

export const SAMPLE_ACCOUNTS: SampleAccount[] = [
  {
    id: 'fds-linkedin',
    network: 'linkedin',
    handle: 'les-fournils-de-saone',
    displayName: 'Les Fournils de Saône',
    register: 'corporate',
    zone: 'Europe/Paris',
    colour: '#0a66c2',
    style: corporate(3),
    slots: weekdays('08:30', [2, 4]),
    minGapMinutes: 240,
  },
  {
    id: 'fds-x',
    network: 'x',
    handle: '@FournilsSaone',
    displayName: 'Les Fournils de Saône',
    register: 'corporate',
    zone: 'Europe/Paris',
    colour: '#14171a',
    style: corporate(2),
    slots: weekdays('12:00'),
    minGapMinutes: 60,
  },
  {
    id: 'fds-bluesky',
    network: 'bluesky',
    handle: '@fournilsdesaone.fr',
    displayName: 'Les Fournils de Saône',
    register: 'corporate',
    zone: 'Europe/Paris',
    colour: '#1185fe',
    style: corporate(1),
    slots: weekdays('12:15'),
  },
  {
    id: 'fds-instagram',
    network: 'instagram',
    handle: '@fournilsdesaone',
    displayName: 'Fournils de Saône',
    register: 'community',
    zone: 'Europe/Paris',
    colour: '#c13584',
    style: community(6, ['#FournilsDeSaone']),
    slots: weekdays('18:00', [1, 3, 5, 6]),
    minGapMinutes: 180,
  },
  {
    id: 'fds-tiktok',
    network: 'tiktok',
    handle: '@fournilsdesaone',
    displayName: 'Fournils de Saône',
    register: 'community',
    zone: 'Europe/Paris',
    colour: '#ff0050',
    style: community(5, ['#FournilsDeSaone']),
    slots: weekdays('19:30', [3, 6]),
  },
  {
    id: 'fds-threads',
    network: 'threads',
    handle: '@fournilsdesaone',
    displayName: 'Fournils de Saône',
    register: 'community',
    zone: 'Europe/Paris',
    colour: '#000000',
    style: community(1, []),
    slots: weekdays('17:00', [2, 4]),
  },
  {
    id: 'fds-mastodon',
    network: 'mastodon',
    handle: '@fournils@piaille.fr',
    displayName: 'Fournils de Saône',
    register: 'community',
    zone: 'Europe/Paris',
    colour: '#6364ff',
    instanceLimit: 500,
    style: { address: 'tu', emoji: 'few', hashtags: { max: 4, required: [] } },
    slots: weekdays('10:00', [1, 3, 5]),
  },
  {
    id: 'croixrousse-facebook',
    network: 'facebook',
    handle: 'fournil.croixrousse',
    displayName: 'Fournil de la Croix-Rousse',
    register: 'merchant',
    zone: 'Europe/Paris',
    colour: '#1877f2',
    style: {
      address: 'vous',
      emoji: 'few',
      signature: '— L’équipe de la Croix-Rousse, 12 rue d’Austerlitz',
      hashtags: { max: 2, required: [] },
    },
    slots: weekdays('07:30', [1, 2, 3, 4, 5, 6]),
  },
  {
    id: 'montreal-facebook',
    network: 'facebook',
    handle: 'fournils.montreal',
    displayName: 'Les Fournils — Montréal (Plateau)',
    register: 'merchant',
    zone: 'America/Montreal',
    colour: '#3b5998',
    style: {
      address: 'vous',
      emoji: 'few',
      signature: '— Votre fournil du Plateau, 4380 rue Saint-Denis',
      hashtags: { max: 2, required: [] },
    },
    slots: weekdays('07:00', [2, 3, 4, 5, 6]),
  },
  {
    id: 'montreal-instagram',
    network: 'instagram',
    handle: '@fournils.mtl',
    displayName: 'Fournils MTL',
    register: 'merchant',
    zone: 'America/Montreal',
    colour: '#e1306c',
    style: { address: 'tu', emoji: 'free', hashtags: { max: 5, required: ['#FournilsMTL'] } },
    slots: weekdays('16:00', [3, 5, 6]),
  },
  {
    id: 'helene-linkedin',
    network: 'linkedin',
    handle: 'helene-vasseur',
    displayName: 'Hélène Vasseur',
    register: 'professional',
    zone: 'Europe/Paris',
    colour: '#2f5d50',
    style: { address: 'vous', emoji: 'none', bannedWords: ['synergie'], hashtags: { max: 3, required: [] } },
    slots: weekdays('07:45', [2]),
  },
];

export type SampleAccountId = (typeof SAMPLE_ACCOUNTS)[number]['id'];
