/** The account's avatar as initials on its colour: a preview never loads a remote picture. */
import type { Account } from '../../../../../core/model/index.js';
import { readableTextOn } from '../../../ui/colour.js';

export function initialsOf(name: string): string {
  const words = name
    .replace(/[^\p{L}\p{N}\s'’-]/gu, ' ')
    .split(/[\s'’-]+/u)
    .filter((word) => word !== '' && !/^(de|des|du|la|le|les|d|l|of|the)$/iu.test(word));
  const letters = words.slice(0, 2).map((word) => [...word][0]?.toUpperCase() ?? '');
  return letters.join('') || '?';
}

export function PreviewAvatar({ account, round = true }: { account: Account; round?: boolean }) {
  return (
    <span
      className={round ? 'preview-avatar' : 'preview-avatar square'}
      style={{ background: account.colour, color: readableTextOn(account.colour) }}
      aria-hidden="true"
    >
      {initialsOf(account.displayName)}
    </span>
  );
}
