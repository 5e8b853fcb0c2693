import { describe, expect, it } from 'vitest';
import { foldLines } from '../../../electron/export/ics.js';

describe('ICS line folding', () => {
  it('keeps every line within 75 octets, never splits a character, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'Pâtisserie « maison » 👩‍👩‍👧 مرحبا '.repeat(12)}`;
    const folded = foldLines(`BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT`);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT`);
    expect(folded).not.toMatch(/[\uD800-\uDBFF]\r\n/);
  });
});
