/**
 * Accounts for export and import tests. The store has no operation to add accounts yet (the
 * settings screen will), so tests write them into workspace.json before the workspace is opened.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Account } from '../../core/model/index.js';

export function account(id: string, network: Account['network'], handle: string, displayName: string): Account {
  return Account.parse({
    id,
    network,
    handle,
    displayName,
    register: 'community',
    zone: 'Europe/Paris',
    colour: '#aa5500',
  });
}

export async function addAccounts(dir: string, accounts: Account[]): Promise<void> {
  const file = path.join(dir, 'workspace.json');
  const workspace = JSON.parse(await readFile(file, 'utf8')) as { accounts: Account[] };
  workspace.accounts.push(...accounts);
  await writeFile(file, JSON.stringify(workspace, null, 2));
}
