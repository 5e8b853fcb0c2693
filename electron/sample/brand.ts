/**
 * The sample's brand: « Les Fournils de Saône », a Lyon bakery-café chain with a shop in Montréal.
 * Its labels, people and campaigns; its accounts are in accounts.ts.
 */
export const SAMPLE_LABELS = [
  { id: 'produit', name: 'Produit', colour: '#d98b2b' },
  { id: 'coulisses', name: 'Coulisses du fournil', colour: '#7a4522' },
  { id: 'recrutement', name: 'Recrutement', colour: '#2f5d50' },
  { id: 'evenement', name: 'Événement', colour: '#8e44ad' },
  { id: 'rse', name: 'RSE', colour: '#27ae60' },
  { id: 'promo', name: 'Offre', colour: '#c0392b' },
  { id: 'quebec', name: 'Québec', colour: '#1d4f91' },
];

export const SAMPLE_PEOPLE = [
  { id: 'lea', name: 'Léa Martin', email: 'lea.martin@fournils-saone.fr', role: 'community_manager' },
  { id: 'karim', name: 'Karim Benali', email: 'karim.benali@fournils-saone.fr', role: 'community_manager' },
  { id: 'sophie', name: 'Sophie Garnier', email: 'sophie.garnier@fournils-saone.fr', role: 'reviewer' },
  { id: 'helene', name: 'Hélène Vasseur', email: 'helene.vasseur@fournils-saone.fr', role: 'admin' },
  { id: 'julien', name: 'Julien Roche', email: 'julien.roche@fournils-saone.fr', role: 'requester' },
  { id: 'marie-eve', name: 'Marie-Ève Tremblay', email: 'marie-eve.tremblay@fournils-saone.ca', role: 'requester' },
  { id: 'thomas', name: 'Thomas Nguyen', email: 'thomas.nguyen@fournils-saone.fr', role: 'requester' },
] as const;

export type SamplePersonId = (typeof SAMPLE_PEOPLE)[number]['id'];

export function personName(id: SamplePersonId): string {
  return SAMPLE_PEOPLE.find((person) => person.id === id)?.name ?? id;
}

/** Campaigns are placed relative to today so the calendar always shows one running and one coming. */
export const SAMPLE_CAMPAIGNS = [
  { id: 'pains-de-saison', name: 'Pains de saison', colour: '#d98b2b', fromDay: -14, toDay: 45 },
  { id: 'ouverture-vaise', name: 'Ouverture du fournil de Vaise', colour: '#8e44ad', fromDay: 12, toDay: 30 },
  { id: 'zero-gaspi', name: 'Zéro gaspi', colour: '#27ae60', fromDay: -10, toDay: 20 },
  { id: 'apprentis', name: 'Apprentis de l’année', colour: '#2f5d50', fromDay: 0, toDay: 40 },
] as const;

export type SampleCampaignId = (typeof SAMPLE_CAMPAIGNS)[number]['id'];
