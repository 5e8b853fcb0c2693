/** The open workspace and lookups on it, shared by every screen. */
import type { WorkspaceInfo } from '../../../core/api.js';
import type { Account } from '../../../core/model/index.js';
import { useCalepin } from '../state/useCalepin.js';

export function useWorkspace(): WorkspaceInfo | null {
  return useCalepin((state) => state.status?.workspace ?? null);
}

const NO_ACCOUNTS: readonly Account[] = [];
/** One map per accounts array, shared by every row that asks, so a row mounting while scrolling builds none. */
const accountMaps = new WeakMap<readonly Account[], ReadonlyMap<string, Account>>();

export function useAccountsById(): ReadonlyMap<string, Account> {
  const accounts = useCalepin((state) => state.status?.workspace?.accounts) ?? NO_ACCOUNTS;
  let byId = accountMaps.get(accounts);
  if (!byId) {
    byId = new Map(accounts.map((account) => [account.id as string, account]));
    accountMaps.set(accounts, byId);
  }
  return byId;
}

export function useIsReadOnly(): boolean {
  return useCalepin((state) => state.status?.readOnly != null);
}
