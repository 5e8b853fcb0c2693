import { describe, expect, it } from 'vitest';
import type { AccountId, AttachedMedia } from '../../../core/model/index.js';
import {
  attach,
  move,
  variantMediaChange,
  withAlt,
} from '../../../renderer/src/features/composer/variantMediaChange.js';
import { emptyDraft, variantsOf } from '../../../renderer/src/state/editorDraft.js';

const m = (id: string, alt?: string) => (alt === undefined ? { mediaId: id } : { mediaId: id, alt }) as AttachedMedia;
const IG = 'fds-instagram' as AccountId;

describe('a variant’s media', () => {
  it('attaches new items at the end, once each', () => {
    expect(attach([m('a')], ['b', 'a', 'c', 'b'])).toEqual([m('a'), m('b'), m('c')]);
  });

  it('moves an item earlier or later, and not past either end', () => {
    const list = [m('a'), m('b'), m('c')];
    expect(move(list, 2, -1)).toEqual([m('a'), m('c'), m('b')]);
    expect(move(list, 0, 1)).toEqual([m('b'), m('a'), m('c')]);
    expect(move(list, 0, -1)).toEqual(list);
  });

  it('sets an alt override, and clears it when emptied', () => {
    expect(withAlt([m('a'), m('b')], 1, 'Une baguette')).toEqual([m('a'), m('b', 'Une baguette')]);
    expect(withAlt([m('a', 'Avant')], 0, '  ')).toEqual([m('a')]);
  });

  it('changes one account’s media without making its text customised', () => {
    const draft = { ...emptyDraft(), text: 'Bonjour', accounts: [IG] };
    const change = variantMediaChange(draft, IG, [m('a')]);
    const [variant] = variantsOf({ ...draft, ...change });
    expect(variant).toMatchObject({ accountId: IG, customised: false, text: 'Bonjour', media: [m('a')] });
  });
});
