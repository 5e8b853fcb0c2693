/**
 * Where each network folds a long text in its feed behind « … voir plus » / "…see more". Networks
 * do not document this exactly: the fold depends on the device and the post; these are the figures
 * the sources agree on, with a line cap where the network folds by lines. Looked up 2026-12-05.
 * Bluesky (300 graphemes at most) and Mastodon (upstream web and apps) show the whole text.
 */
import type { Network } from '../../../../../core/model/index.js';

export interface Fold {
  /** Characters (code points) shown before the fold. */
  readonly chars: number;
  /** Lines shown before the fold, where the network folds by lines too. */
  readonly lines: number | null;
  readonly source: string;
  readonly checked: string;
}

const CHECKED = '2026-12-05';

export const FOLDS: Readonly<Partial<Record<Network, Fold>>> = {
  // Long (Premium) posts are shown to 280 characters in the timeline, then « Afficher plus ».
  x: {
    chars: 280,
    lines: null,
    source: 'https://www.pocket-lint.com/you-can-now-tweet-up-to-4000-characters-but-only-if-you-pay-for-twitter-blue/',
    checked: CHECKED,
  },
  // Instagram's help centre: three lines in feed; 125 characters or fewer to show it all.
  instagram: {
    chars: 125,
    lines: 3,
    source: 'https://help.instagram.com/1643471055915254',
    checked: CHECKED,
  },
  // Three lines for organic posts (John Espirian, September 2024), about 210 characters.
  linkedin: {
    chars: 210,
    lines: 3,
    source: 'https://web-3-apps.com/char-counter/articles/linkedin-post-length/',
    checked: CHECKED,
  },
  // About 477 characters on desktop before « Voir plus ».
  facebook: {
    chars: 477,
    lines: null,
    source: 'https://www.posthell.com/tools/facebook-character-counter',
    checked: CHECKED,
  },
};

export interface Folded {
  /** UTF-16 length of what is shown before the fold. */
  readonly shownLength: number;
  readonly folded: boolean;
}

/** How much of `text` the network shows before its fold. */
export function foldOf(text: string, fold: Fold | undefined): Folded {
  if (!fold) return { shownLength: text.length, folded: false };
  let end = text.length;
  if (fold.lines !== null) {
    let breaks = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      breaks += 1;
      if (breaks === fold.lines) {
        end = i;
        break;
      }
    }
  }
  // Code points, so an emoji is never cut in half.
  let units = 0;
  let points = 0;
  for (const c of text) {
    if (points === fold.chars || units >= end) break;
    units += c.length;
    points += 1;
  }
  end = Math.min(end, units);
  if (end >= text.length) return { shownLength: text.length, folded: false };
  // Fold between words where one is near, as the apps do.
  const space = text.lastIndexOf(' ', end);
  const cut = space > end - 20 && space > 0 ? space : end;
  return { shownLength: text.slice(0, cut).trimEnd().length, folded: true };
}
