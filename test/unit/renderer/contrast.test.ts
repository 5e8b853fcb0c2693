/**
 * WCAG 2.2 AA contrast of the design tokens, in both themes: every text colour against every surface
 * it is used on reaches 4.5:1. Read from tokens.css itself, so a tweak there is checked here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../renderer/src/ui/colour.js';

const css = readFileSync(fileURLToPath(new URL('../../../renderer/src/styles/tokens.css', import.meta.url)), 'utf8');
const tokens = new Map<string, [string, string]>();
for (const match of css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) {
  tokens.set(match[1]!, [match[2]!, match[3]!]);
}

const SURFACES = ['bg', 'surface', 'surface-raised', 'surface-sunken', 'sidebar', 'hover', 'selected'];
const PAIRS: [string, string[]][] = [
  ['text', SURFACES],
  ['text-muted', SURFACES],
  ['text-subtle', ['bg', 'surface', 'surface-raised', 'surface-sunken', 'sidebar']],
  ['accent-text', ['bg', 'surface', 'accent-soft', 'selected']],
  ['accent-fg', ['accent', 'accent-hover']],
  ['danger-fg', ['danger']],
  ['danger-text', ['bg', 'surface', 'danger-soft']],
  ['warning-text', ['bg', 'surface', 'warning-soft']],
  ['success-text', ['bg', 'surface', 'surface-sunken']],
  ...['idea', 'draft', 'review', 'changes', 'approved', 'scheduled', 'published', 'archived'].map(
    (status): [string, string[]] => [`status-${status}-fg`, [`status-${status}-bg`]],
  ),
];

describe('colour contrast of the themes (WCAG AA, 4.5:1)', () => {
  it('reads the tokens', () => {
    expect(tokens.size).toBeGreaterThan(30);
  });

  it.each([
    ['light', 0],
    ['dark', 1],
  ] as const)('every text on every surface it is used on, in the %s theme', (_theme, index) => {
    const failures: string[] = [];
    for (const [text, surfaces] of PAIRS) {
      for (const surface of surfaces) {
        const fg = tokens.get(text)?.[index];
        const bg = tokens.get(surface)?.[index];
        if (!fg || !bg) {
          failures.push(`missing --${text} or --${surface}`);
          continue;
        }
        const ratio = contrastRatio(fg, bg);
        if (ratio < 4.5) failures.push(`--${text} on --${surface}: ${ratio.toFixed(2)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
