/**
 * A picture dropped on a calendar day starts a draft on that day with the picture ready: whichever
 * accounts the user then ticks are saved with it attached, the others are not saved at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../../../core/model/index.js';
import { createCalepinStore } from '../../../renderer/src/state/store.js';
import { FakeCalepin, STATUS } from './support/fakeCalepin.js';

const accounts = ['x', 'instagram'].map((network) =>
  Account.parse({
    id: `acc-${network}`,
    network,
    handle: `@atelier_${network}`,
    displayName: 'Atelier',
    register: 'community',
    zone: 'Europe/Paris',
    colour: '#aa5500',
  }),
);
const before = STATUS.workspace!.accounts;

beforeAll(() => {
  STATUS.workspace!.accounts = accounts;
});
afterAll(() => {
  STATUS.workspace!.accounts = before;
});

describe('starting a draft from a library item', () => {
  it('opens a new post on the day, and the accounts ticked get the picture', async () => {
    const api = new FakeCalepin();
    const store = createCalepinStore(api.deps());
    const s = () => store.getState();
    await s().loadStatus();

    await s().startDraftWithMedia(['img-vitrine'], '2026-03-29');
    expect(s().screen).toBe('composer');
    expect(s().editor.draft).toMatchObject({ date: '2026-03-29', accounts: [] });

    s().toggleDraftAccount(accounts[1]!.id);
    s().editDraft({ title: 'Vitrine' });
    await s().saveNow();
    const saved = s().editor.base!;
    expect(saved.plannedAt).toBe('2026-03-29T07:00:00.000Z');
    expect(saved.variants).toEqual([
      expect.objectContaining({ accountId: 'acc-instagram', media: [{ mediaId: 'img-vitrine' }] }),
    ]);
  });
});
