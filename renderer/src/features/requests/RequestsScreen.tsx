/** Demandes: what colleagues asked for, the open ones first and the closest deadline first. */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { todayIn } from '../../../../core/calendar/zonedTime.js';
import { actions, useCalepin } from '../../state/useCalepin.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { useWorkspace } from '../../ui/useWorkspace.js';
import { RequestRow } from './RequestRow.js';
import { sortRequests } from './sortRequests.js';
import './requests.css';

export function RequestsScreen() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { requests, requestsState } = useCalepin(
    useShallow((state) => ({ requests: state.requests, requestsState: state.requestsState })),
  );
  const sorted = useMemo(() => sortRequests(requests), [requests]);
  const today = todayIn(workspace?.settings.zone ?? 'UTC', new Date());
  const open = requests.filter((request) => request.status === 'new' || request.status === 'accepted').length;

  useEffect(() => {
    void actions().loadRequests();
  }, []);

  return (
    <>
      <PageHeader
        title={t('requests.title')}
        subtitle={requestsState === 'ready' ? t('requests.openCount', { count: open }) : undefined}
      />
      {requestsState === 'loading' && requests.length === 0 ? (
        <p className="loading-line" role="status">
          {t('common.loading')}
        </p>
      ) : sorted.length === 0 && requestsState === 'ready' ? (
        <EmptyState icon="requests" title={t('requests.empty')} />
      ) : (
        <div className="table-wrap">
          <table className="data-table requests-table">
            <thead>
              <tr>
                <th scope="col">{t('requests.columns.from')}</th>
                <th scope="col">{t('requests.columns.what')}</th>
                <th scope="col">{t('requests.columns.accounts')}</th>
                <th scope="col">{t('requests.columns.deadline')}</th>
                <th scope="col">{t('requests.columns.priority')}</th>
                <th scope="col">{t('requests.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((request) => (
                <RequestRow key={request.id} request={request} today={today} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
