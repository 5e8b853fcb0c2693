/** Reads the UI catalogs as data and flattens them to `a.b.c → text`. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Tree = { [key: string]: string | Tree };

export function loadCatalog(language: 'fr' | 'en'): Tree {
  const file = fileURLToPath(new URL(`../../../../renderer/src/i18n/${language}.json`, import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')) as Tree;
}

export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}
