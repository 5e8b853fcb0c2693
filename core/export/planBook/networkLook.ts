/** How each network is recognised at a glance on a card: its name, a short mark and its colour. */
import type { Network } from '../../model/index.js';

export const NETWORK_LOOK: Record<Network, { name: string; mark: string; colour: string }> = {
  x: { name: 'X', mark: 'X', colour: '#0f1419' },
  bluesky: { name: 'Bluesky', mark: 'Bs', colour: '#1185fe' },
  mastodon: { name: 'Mastodon', mark: 'Ma', colour: '#6364ff' },
  threads: { name: 'Threads', mark: 'Th', colour: '#101010' },
  linkedin: { name: 'LinkedIn', mark: 'in', colour: '#0a66c2' },
  facebook: { name: 'Facebook', mark: 'f', colour: '#1877f2' },
  instagram: { name: 'Instagram', mark: 'IG', colour: '#c13584' },
  tiktok: { name: 'TikTok', mark: 'TT', colour: '#010101' },
  youtube: { name: 'YouTube', mark: 'YT', colour: '#e00000' },
  pinterest: { name: 'Pinterest', mark: 'P', colour: '#e60023' },
};

const HEX = /^#[0-9a-fA-F]{6}$/;

/** A colour from the data, only if it is a plain hex colour (it lands in a style attribute). */
export function safeColour(colour: string, fallback = '#6b7280'): string {
  return HEX.test(colour) ? colour : fallback;
}
