import { describe, expect, it } from 'vitest';
import {
  ExportSelection,
  exportVersionHash,
  resolveSelection,
  selectRows,
  type ExportSelectionInput,
} from '../../../core/export/selection.js';
import type { Post } from '../../../core/model/index.js';
import { exportWorkspace, post } from '../../helpers/exportFixtures.js';

const now = new Date('2026-12-05T10:00:00Z');
const workspace = exportWorkspace();

function select(posts: Post[], input: ExportSelectionInput = {}) {
  const selection = resolveSelection(ExportSelection.parse(input), workspace, now);
  return { selection, rows: selectRows(posts, workspace, selection) };
}

describe('the export selection', () => {
  it('defaults to today → end of next month, approved and scheduled, in the workspace language', () => {
    const selection = resolveSelection(ExportSelection.parse({}), workspace, now);
    expect(selection).toMatchObject({
      from: '2026-12-05',
      to: '2027-01-31',
      statuses: ['approved', 'scheduled'],
      locale: 'fr',
    });
  });

  it('takes "today" in the workspace zone: 23:30 UTC on 31 December is already 1 January in Paris', () => {
    const selection = resolveSelection(ExportSelection.parse({}), workspace, new Date('2026-12-31T23:30:00Z'));
    expect(selection.from).toBe('2027-01-01');
    expect(selection.to).toBe('2027-02-28');
  });

  it('refuses a period that ends before it starts', () => {
    expect(ExportSelection.safeParse({ from: '2026-12-10', to: '2026-12-01' }).success).toBe(false);
  });

  it('keeps the period inclusive in the workspace zone', () => {
    const lastMinute = post({ plannedAt: '2026-12-31T22:59:00.000Z' }); // 23:59 on the 31st in Paris
    const nextDay = post({ plannedAt: '2026-12-31T23:00:00.000Z' }); // 00:00 on 1 January in Paris
    const { rows } = select([lastMinute, nextDay], { from: '2026-12-31', to: '2026-12-31' });
    expect(rows.map((r) => r.post.id)).toEqual([lastMinute.id]);
  });

  it('gives one row per post and selected account, sorted by time whatever the input order', () => {
    const late = post({ plannedAt: '2026-12-08T15:00:00.000Z', accounts: ['acc-x', 'acc-ig'] });
    const early = post({ plannedAt: '2026-12-07T08:00:00.000Z', accounts: ['acc-ig', 'acc-li'] });
    const { rows } = select([late, early]);
    expect(rows.map((r) => r.key)).toEqual([
      `${early.id}.acc-ig`,
      `${early.id}.acc-li`,
      `${late.id}.acc-x`,
      `${late.id}.acc-ig`,
    ]);
    const only = select([late, early], { accounts: ['acc-ig'] }).rows;
    expect(only.map((r) => r.key)).toEqual([`${early.id}.acc-ig`, `${late.id}.acc-ig`]);
  });

  it('leaves out drafts, the backlog, other labels and other statuses unless asked', () => {
    const draft = post({ plannedAt: '2026-12-07T08:00:00.000Z', status: 'draft' });
    const backlog = post({ plannedAt: null });
    const labelled = post({ plannedAt: '2026-12-07T09:00:00.000Z', labels: ['lbl-pain'] });
    expect(select([draft, backlog, labelled]).rows.map((r) => r.post.id)).toEqual([labelled.id]);
    expect(select([draft, labelled], { statuses: ['draft'] }).rows.map((r) => r.post.id)).toEqual([draft.id]);
    expect(select([draft, labelled], { labels: ['lbl-other'] }).rows).toEqual([]);
    expect(select([labelled], {}).rows[0]!.labels.map((l) => l.name)).toEqual(['Pain']);
  });

  it('uses the customised variant text for its account and the master text for the others', () => {
    const p = post({
      plannedAt: '2026-12-07T08:00:00.000Z',
      accounts: ['acc-ig', 'acc-x'],
      masterText: 'Commun',
      variants: [{ accountId: 'acc-x', customised: true, text: 'Court' }],
    });
    expect(select([p]).rows.map((r) => r.text)).toEqual(['Commun', 'Court']);
  });

  it('shows the wall-clock time in the post’s own zone', () => {
    const montreal = post({ plannedAt: '2026-12-07T17:30:00.000Z', zone: 'America/Montreal' });
    expect(select([montreal]).rows[0]).toMatchObject({ date: '2026-12-07', time: '12:30', zone: 'America/Montreal' });
  });
});

describe('the version hash', () => {
  const a = post({ plannedAt: '2026-12-07T08:00:00.000Z' });
  const b = post({ plannedAt: '2026-12-09T08:00:00.000Z' });

  it('is the same for the same posts read in any order', () => {
    const one = select([a, b]);
    const two = select([b, a]);
    expect(exportVersionHash(one.rows, one.selection)).toBe(exportVersionHash(two.rows, two.selection));
    expect(exportVersionHash(one.rows, one.selection)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when a post is edited or moved', () => {
    const base = select([a, b]);
    const edited = select([{ ...a, masterText: 'Autre', revision: 2 }, b]);
    const moved = select([{ ...a, plannedAt: '2026-12-08T08:00:00.000Z', revision: 2 }, b]);
    const hash = exportVersionHash(base.rows, base.selection);
    expect(exportVersionHash(edited.rows, edited.selection)).not.toBe(hash);
    expect(exportVersionHash(moved.rows, moved.selection)).not.toBe(hash);
  });
});
