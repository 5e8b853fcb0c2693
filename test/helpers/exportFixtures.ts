/**
 * Small in-memory workspaces and posts for the export and review unit tests, parsed through the
 * real model schemas so that every default a stored post would have is there.
 */
import type { z } from 'zod';
import type { ExportWorkspace } from '../../core/export/selection.js';
import { Account, Post, type Label } from '../../core/model/index.js';

export function account(id: string, network: Account['network'], handle = id): Account {
  return Account.parse({
    id,
    network,
    handle,
    displayName: handle,
    register: 'community',
    zone: 'Europe/Paris',
    colour: '#336699',
  });
}

export function exportWorkspace(extra: Partial<ExportWorkspace> = {}): ExportWorkspace {
  const labels: Label[] = [{ id: 'lbl-pain', name: 'Pain', colour: '#aa5500' } as Label];
  return {
    id: 'ws-test',
    name: 'Fournil test',
    settings: { zone: 'Europe/Paris', locale: 'fr' },
    accounts: [account('acc-ig', 'instagram'), account('acc-x', 'x'), account('acc-li', 'linkedin')],
    labels,
    campaigns: [],
    media: [],
    ...extra,
  };
}

let counter = 0;

/** Any post field may be given as plain JSON (ids as strings), as a stored file would hold it. */
export function post(fields: Partial<z.input<typeof Post>> & { plannedAt: string | null }): Post {
  counter += 1;
  return Post.parse({
    id: `p${counter}`,
    title: `Post ${counter}`,
    status: 'approved',
    zone: 'Europe/Paris',
    accounts: ['acc-ig'],
    masterText: `Texte ${counter}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    revision: 1,
    ...fields,
  });
}
