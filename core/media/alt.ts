/**
 * Alt text against each network's alt-text limit, for the counter under the alt editor. Limits
 * are documented in characters, so the length is in code points (as core/validate/media.ts counts).
 */
import type { Network } from '../model/network.js';
import { allRules } from '../networks/registry.js';

export function altTextLength(alt: string): number {
  let n = 0;
  for (const _ of alt.trim()) n += 1;
  return n;
}

export interface AltLimit {
  network: Network;
  /** null: the network takes alt text with no documented limit. */
  limit: number | null;
  length: number;
  over: boolean;
}

/** Every network that takes alt text, with how this text measures against its limit. */
export function altLimits(alt: string, networks?: readonly Network[]): AltLimit[] {
  const length = altTextLength(alt);
  return allRules()
    .filter((rules) => rules.altText.supported && (networks === undefined || networks.includes(rules.network)))
    .map((rules) => ({
      network: rules.network,
      limit: rules.altText.limit,
      length,
      over: rules.altText.limit !== null && length > rules.altText.limit,
    }));
}
