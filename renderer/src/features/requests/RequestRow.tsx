import { useTranslation } from 'react-i18next';
import type { ContentRequest } from '../../../../core/model/index.js';
import { formatDate } from '../../i18n/format.js';
import { AccountBadge } from '../../ui/AccountBadge.js';
import { useLanguage } from '../../ui/useLanguage.js';
import { useAccountsById } from '../../ui/useWorkspace.js';

export function RequestRow({ request, today }: { request: ContentRequest; today: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const accounts = useAccountsById();
  const open = request.status === 'new' || request.status === 'accepted';
  const late = open && request.deadline !== null && request.deadline < today;
  return (
    <tr className={open ? undefined : 'closed'}>
      <td>
        <span className="request-from">{request.from}</span>
        {request.team ? <span className="request-team">{request.team}</span> : null}
      </td>
      <td className="request-what">{request.what}</td>
      <td>
        <span className="request-accounts">
          {request.accounts.map((id) => {
            const account = accounts.get(id);
            return account ? <AccountBadge key={id} account={account} compact /> : null;
          })}
        </span>
      </td>
      <td className={late ? 'request-deadline late' : 'request-deadline'}>
        {request.deadline ? formatDate(request.deadline, language) : t('requests.noDeadline')}
        {late ? <span className="late-flag">{t('requests.late')}</span> : null}
      </td>
      <td>
        <span className={`priority priority-${request.priority}`}>{t(`requests.priority.${request.priority}`)}</span>
      </td>
      <td>
        <span className={`request-status request-status-${request.status}`}>
          {t(`requests.status.${request.status}`)}
        </span>
      </td>
    </tr>
  );
}
