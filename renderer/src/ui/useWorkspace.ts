/** The open workspace and lookups on it, shared by every screen. */
import { useMemo } from 'react';
import type { WorkspaceInfo } from '../../../core/api.js';
import type { Account } from '../../../core/model/index.js';
import { useCalepin } from '../state/useCalepin.js';

export function useWorkspace(): WorkspaceInfo | null {
  return useCalepin((state) => state.status?.workspace ?? null);
}

export function useAccountsById(): ReadonlyMap<string, Account> {
  const accounts = useCalepin((state) => state.status?.workspace?.accounts);
  return useMemo(() => new Map((accounts ?? []).map((account) => [account.id as string, account])), [accounts]);
}

export function useIsReadOnly(): boolean {
  return useCalepin((state) => state.status?.readOnly != null);
}
