/** The accounts a post is for: one checkbox per account, with its network mark and handle. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { actions, useCalepin } from '../../state/useCalepin.js';
import { NetworkMark } from '../../ui/AccountBadge.js';

// Memoised: the editor re-renders on every keystroke, and this part only needs its own store slice.
export const AccountPicker = memo(function AccountPicker() {
  const { t } = useTranslation();
  const { accounts, chosen } = useCalepin(
    useShallow((state) => ({ accounts: state.status?.workspace?.accounts ?? [], chosen: state.editor.draft.accounts })),
  );
  return (
    <fieldset className="account-picker">
      <legend className="field-label">
        {t('composer.accounts')}
        <span className="legend-count">{t('composer.accountsChosen', { count: chosen.length })}</span>
      </legend>
      {accounts.length === 0 ? <p className="field-hint">{t('composer.noAccounts')}</p> : null}
      <ul>
        {accounts.map((account) => (
          <li key={account.id}>
            <label className="account-option">
              <input
                type="checkbox"
                checked={chosen.includes(account.id)}
                onChange={() => actions().toggleDraftAccount(account.id)}
              />
              <NetworkMark account={account} />
              <span className="account-option-text">
                <span className="account-option-handle">
                  {t('accounts.optionLabel', { handle: account.handle, network: t(`networks.${account.network}`) })}
                </span>
                <span className="account-option-meta">
                  {account.displayName} · {t(`registers.${account.register}`)}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
});
