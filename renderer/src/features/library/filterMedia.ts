/**
 * The Médiathèque's search and filters, pure so they are unit-tested and cheap on 5,000 items:
 * search in the name, the tags, the folder and the alt text (accents and case ignored); kind; used
 * or unused; fits a network; missing alt text.
 */
import { fitsNetwork } from '../../../../core/media/fit.js';
import type { MediaItem, Network } from '../../../../core/model/index.js';

export interface MediaFilters {
  query: string;
  kind: MediaItem['kind'] | 'all';
  usage: 'all' | 'used' | 'unused';
  /** Only items this network accepts (format, size, ratio, duration). */
  network: Network | 'all';
  missingAlt: boolean;
  /** A folder and its sub-folders; '' for all. */
  folder: string;
}

export const NO_FILTERS: MediaFilters = {
  query: '',
  kind: 'all',
  usage: 'all',
  network: 'all',
  missingAlt: false,
  folder: '',
};

/** Lower case without accents: « été » finds « Été » and « ete ». */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');
}

function haystack(item: MediaItem): string {
  return fold([item.name, item.alt, item.folder, ...item.tags].join('\n'));
}

export function inFolder(item: Pick<MediaItem, 'folder'>, folder: string): boolean {
  return folder === '' || item.folder === folder || item.folder.startsWith(`${folder}/`);
}

export function filterMedia(
  items: readonly MediaItem[],
  filters: MediaFilters,
  isUsed: (id: string) => boolean,
): MediaItem[] {
  const words = fold(filters.query).split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    if (filters.kind !== 'all' && item.kind !== filters.kind) return false;
    if (filters.missingAlt && item.alt.trim() !== '') return false;
    if (filters.usage !== 'all' && isUsed(item.id) !== (filters.usage === 'used')) return false;
    if (!inFolder(item, filters.folder)) return false;
    if (words.length > 0) {
      const text = haystack(item);
      if (!words.every((word) => text.includes(word))) return false;
    }
    if (filters.network !== 'all' && !fitsNetwork(filters.network, item)) return false;
    return true;
  });
}

/** Every folder and parent folder in use, sorted, for the folder filter and the move field's suggestions. */
export function foldersOf(items: readonly MediaItem[]): string[] {
  const all = new Set<string>();
  for (const item of items) {
    const parts = item.folder.split('/').filter(Boolean);
    for (let i = 1; i <= parts.length; i++) all.add(parts.slice(0, i).join('/'));
  }
  return [...all].sort((a, b) => a.localeCompare(b, 'fr'));
}

/** Every tag in use, sorted, for suggestions. */
export function tagsOf(items: readonly MediaItem[]): string[] {
  return [...new Set(items.flatMap((item) => item.tags))].sort((a, b) => a.localeCompare(b, 'fr'));
}
