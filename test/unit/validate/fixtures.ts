/** Accounts, media and posts for validation tests, built through the real schemas. */
import type { z } from 'zod';
import { Account, MediaItem, Post, type Network, type Variant } from '../../../core/model/index.js';

export function account(network: Network, extra: Record<string, unknown> = {}): Account {
  return Account.parse({
    id: `acc_${network}`,
    network,
    handle: `fournils_${network}`,
    displayName: 'Les Fournils de Saône',
    register: 'community',
    zone: 'Europe/Paris',
    colour: '#aa5500',
    ...extra,
  });
}

export function media(id: string, kind: 'image' | 'video' | 'animation', alt = 'Des croissants dorés'): MediaItem {
  const mime = kind === 'video' ? 'video/mp4' : kind === 'animation' ? 'image/gif' : 'image/jpeg';
  return MediaItem.parse({
    id,
    sha256: 'a'.repeat(64),
    name: `${id}.bin`,
    file: `media/aa/${id}.bin`,
    kind,
    mime,
    width: 1080,
    height: 1080,
    bytes: 1000,
    alt,
    importedAt: '2026-03-10T09:00:00.000Z',
  });
}

export type VariantInput = Partial<Omit<z.input<typeof Variant>, 'accountId'>>;

export function post(masterText: string, variants: Record<string, VariantInput> = {}, targets?: string[]): Post {
  return Post.parse({
    id: 'post_1',
    title: 'Croissants',
    status: 'draft',
    plannedAt: null,
    zone: 'Europe/Paris',
    accounts: targets ?? Object.keys(variants),
    masterText,
    variants: Object.entries(variants).map(([accountId, v]) => ({ accountId, ...v })),
    createdAt: '2026-03-10T09:00:00.000Z',
    updatedAt: '2026-03-10T09:00:00.000Z',
    revision: 1,
  });
}

/** The one variant of a post built by post(). */
export function only(p: Post): Variant {
  const [v] = p.variants;
  if (v === undefined) throw new Error('no variant');
  return v;
}
