import { describe, expect, it } from 'vitest';
import { calendarDrew, eventOf, sameEventsOr } from '../../../renderer/src/features/calendar/calendarEvents.js';
import { summary } from '../../helpers/postSummary.js';

// FullCalendar redraws every post when one item of its events array is a new object, so the
// calendar's events keep their identity unless what FullCalendar shows has to change.
describe('posts as FullCalendar events', () => {
  const dated = (id: string, plannedAt: string, more: Partial<Parameters<typeof summary>[0]> = {}) =>
    summary({ id, plannedAt, ...more }) as ReturnType<typeof summary> & { plannedAt: string };

  it('a saved post that looks the same keeps its event; a new title makes a new one', () => {
    const first = eventOf(dated('same', '2026-03-10T08:00:00.000Z'));
    const saved = eventOf(dated('same', '2026-03-10T08:00:00Z', { revision: 7 }));
    expect(saved).toBe(first);
    expect((saved.extendedProps as { post: { revision: number } }).post.revision).toBe(7);
    expect(eventOf(dated('same', '2026-03-10T08:00:00Z', { title: 'Autre titre' }))).not.toBe(first);
  });

  it('a move made elsewhere (keyboard, undo) gives a new event at the new time', () => {
    const before = eventOf(dated('keys', '2026-03-10T08:00:00.000Z'));
    const after = eventOf(dated('keys', '2026-03-11T08:00:00.000Z'));
    expect(after).not.toBe(before);
    expect(after.start).toBe('2026-03-11T08:00:00.000Z');
  });

  it('a drop FullCalendar drew is not drawn again when the saved move comes back', () => {
    const before = eventOf(dated('drop', '2026-03-10T08:00:00.000Z'));
    calendarDrew('drop', new Date('2026-03-17T08:00:00.000Z'));
    // Read again before the save answers (a filter changed): the event says where the post is shown.
    expect(before.start).toBe('2026-03-17T08:00:00.000Z');
    const saved = eventOf(dated('drop', '2026-03-17T08:00:00.000Z', { revision: 2 }));
    expect(saved).toBe(before);
  });

  it('a drop whose save failed is taken back, and the post stays where the store says', () => {
    const before = eventOf(dated('failed', '2026-03-10T08:00:00.000Z'));
    const takeBack = calendarDrew('failed', new Date('2026-03-17T08:00:00.000Z'));
    takeBack();
    expect(before.start).toBe('2026-03-10T08:00:00.000Z');
    expect(eventOf(dated('failed', '2026-03-10T08:00:00.000Z'))).toBe(before);
  });
});

describe('the events array handed to FullCalendar', () => {
  it('stays the same array when a move only changed the posts’ order', () => {
    const a = eventOf(summary({ id: 'a', plannedAt: '2026-03-10T08:00:00Z' }) as never);
    const b = eventOf(summary({ id: 'b', plannedAt: '2026-03-11T08:00:00Z' }) as never);
    const previous = [a, b];
    expect(sameEventsOr(previous, [b, a])).toBe(previous);
    const c = eventOf(summary({ id: 'c', plannedAt: '2026-03-12T08:00:00Z' }) as never);
    expect(sameEventsOr(previous, [b, c])).toEqual([b, c]);
    expect(sameEventsOr(previous, [a])).toEqual([a]);
  });
});
