import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  decisionChoices,
  formatExportDate,
  parseDecision,
  parseExportDate,
  parseExportTime,
  parseStatus,
  statusName,
} from '../../../core/export/format.js';
import { looksLikeFormula, neutraliseCell, restoreCell } from '../../../core/export/neutralise.js';
import { sha256Hex } from '../../../core/export/sha256.js';
import { wallClockOf } from '../../../core/export/wallClock.js';
import { instantToWallClock } from '../../../core/calendar/zonedTime.js';

describe('document formatting', () => {
  it('writes French dates day first and English ones as ISO', () => {
    expect(formatExportDate('2026-03-09', 'fr')).toBe('09/03/2026');
    expect(formatExportDate('2026-03-09', 'en')).toBe('2026-03-09');
  });

  it('names statuses and decisions in the document language', () => {
    expect(statusName('scheduled', 'fr')).toBe('Programmé');
    expect(statusName('scheduled', 'en')).toBe('Scheduled');
    expect(decisionChoices('fr')).toEqual(['Approuvé', 'Modifications demandées', 'Refusé']);
    expect(decisionChoices('en')).toEqual(['Approved', 'Changes requested', 'Rejected']);
  });

  it('reads decisions and statuses back in either language, whatever the case and accents', () => {
    expect(parseDecision(' approuve ')).toBe('approved');
    expect(parseDecision('MODIFICATIONS DEMANDÉES')).toBe('changes_requested');
    expect(parseDecision('Rejected')).toBe('rejected');
    expect(parseDecision('')).toBeNull();
    expect(parseDecision('peut-être')).toBeNull();
    expect(parseStatus('Programmé')).toBe('scheduled');
    expect(parseStatus('in_review')).toBe('in_review');
  });

  it('reads dates and times as people type them, and refuses impossible ones', () => {
    expect(parseExportDate('09/03/2026')).toBe('2026-03-09');
    expect(parseExportDate('9.3.2026')).toBe('2026-03-09');
    expect(parseExportDate('2026-03-09')).toBe('2026-03-09');
    expect(parseExportDate('31/02/2026')).toBeNull();
    expect(parseExportDate('demain')).toBeNull();
    expect(parseExportTime('9h30')).toBe('09:30');
    expect(parseExportTime('21:05:00')).toBe('21:05');
    expect(parseExportTime('9:30 PM')).toBe('21:30');
    expect(parseExportTime('24:00')).toBeNull();
  });
});

describe('formula neutralisation', () => {
  it('prefixes every cell a spreadsheet would run, and nothing else', () => {
    for (const risky of ['=1+1', '+33', '-2', '@SUM(A1)', '\tx', '\rx'])
      expect(neutraliseCell(risky)).toBe(`'${risky}`);
    for (const plain of ['Bonjour', "l'apostrophe", '', '1=1']) expect(neutraliseCell(plain)).toBe(plain);
  });

  it('restores exactly what it neutralised, including text that already began with an apostrophe', () => {
    for (const text of ['=HYPERLINK("x")', "'=déjà", "''+deux", "'simple", '- liste', 'ordinaire']) {
      expect(restoreCell(neutraliseCell(text))).toBe(text);
    }
  });

  it('tells a formula in an import file from text that only starts like one', () => {
    for (const formula of ['=1+1', "=cmd|' /C calc'!A0", '@SUM(1+9)', '+cmd|x', '-2+3+cmd|x']) {
      expect(looksLikeFormula(formula)).toBe(true);
    }
    for (const text of ['- Venez (nombreux)', '@marie', '+33 6 12 34 56 78', '-20 % ce week-end', '=']) {
      expect(looksLikeFormula(text)).toBe(false);
    }
  });
});

describe('sha256Hex', () => {
  it('matches node:crypto on ASCII, accents, emoji, a lone surrogate and long inputs', () => {
    for (const text of ['', 'abc', 'Pâtisserie « maison »', '👩‍👩‍👧 🥖', 'x\uD800y', 'a'.repeat(1_000)]) {
      const bytes = Buffer.from(text, 'utf8'); // a lone surrogate becomes U+FFFD here too
      expect(sha256Hex(text)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });
});

describe('wallClockOf', () => {
  it('agrees with the calendar’s Temporal conversion, across both Paris DST changes and in Montreal', () => {
    const instants = [
      '2026-03-29T00:59:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-10-25T00:30:00.000Z',
      '2026-10-25T01:30:00.000Z',
      '2026-12-31T23:00:00.000Z',
      // Lord Howe moves its clocks by half an hour, at 02:00 local on the first Sunday of April and October.
      '2026-04-04T14:59:00.000Z',
      '2026-04-04T15:00:00.000Z',
      '2026-10-03T15:29:00.000Z',
      '2026-10-03T15:30:00.000Z',
    ];
    for (const instant of instants) {
      for (const zone of ['Europe/Paris', 'America/Montreal', 'UTC', 'Australia/Lord_Howe', 'Asia/Kolkata']) {
        const { date, time } = wallClockOf(instant, zone);
        expect({ date, time }).toEqual(instantToWallClock(instant, zone));
      }
    }
  });
});
