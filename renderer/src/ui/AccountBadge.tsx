/** One target account: a mark in the account's colour with its network, then the handle. */
import type { Account } from '../../../core/model/index.js';
import { readableTextOn } from './colour.js';
import { useSharedTranslation } from '../i18n/sharedTranslation.js';
import './AccountBadge.css';

export function NetworkMark({ account }: { account: Account }) {
  const { t } = useSharedTranslation();
  return (
    <span
      className="network-mark"
      style={{ background: account.colour, color: readableTextOn(account.colour) }}
      aria-hidden="true"
    >
      {t(`networkMarks.${account.network}`)}
    </span>
  );
}

export function AccountBadge({ account, compact = false }: { account: Account; compact?: boolean }) {
  const { t } = useSharedTranslation();
  const label = t('accounts.badgeLabel', { network: t(`networks.${account.network}`), handle: account.handle });
  return (
    <span className={compact ? 'account-badge compact' : 'account-badge'} title={label}>
      <NetworkMark account={account} />
      <span className="account-handle">{account.handle}</span>
      <span className="visually-hidden">{t('accounts.onNetwork', { network: t(`networks.${account.network}`) })}</span>
    </span>
  );
}
