import { describe, expect, it } from 'vitest';
import { RecentKeeper } from '../../../renderer/src/features/library/recentKeeper.js';

describe('RecentKeeper (the thumbnails the library keeps loaded)', () => {
  it('drops the least recently kept value once past its capacity', () => {
    const keeper = new RecentKeeper<string>(2);
    keeper.keep('a', () => 'A');
    keeper.keep('b', () => 'B');
    keeper.keep('c', () => 'C');
    expect([keeper.has('a'), keeper.has('b'), keeper.has('c')]).toEqual([false, true, true]);
    expect(keeper.size).toBe(2);
  });

  it('counts keeping a key again as recent use, without making its value again', () => {
    const keeper = new RecentKeeper<string>(2);
    let made = 0;
    const make = () => `value ${++made}`;
    keeper.keep('a', make);
    keeper.keep('b', make);
    keeper.keep('a', make);
    keeper.keep('c', make);
    expect([keeper.has('a'), keeper.has('b'), keeper.has('c')]).toEqual([true, false, true]);
    expect(made).toBe(3);
  });

  it('refuses a capacity that could keep nothing', () => {
    expect(() => new RecentKeeper(0)).toThrow(/positive integer/);
  });
});
