/**
 * Everything the user must know about the state of their work, above the current screen:
 * read-only and why, the last problem (with the latest backup when a file is corrupt), saves
 * waiting for disk space, and the last error.
 */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { CalepinErrorData } from '../../../core/errors.js';
import { actions, useCalepin } from '../state/useCalepin.js';
import { Banner } from '../ui/Banner.js';
import { CorruptRecovery } from './CorruptRecovery.js';
import { useErrorMessage } from './ErrorText.js';

function same(a: CalepinErrorData | null, b: CalepinErrorData | null): boolean {
  return a !== null && b !== null && a.code === b.code && JSON.stringify(a.params) === JSON.stringify(b.params);
}

export function Banners() {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const { problem, readOnly, pending, error } = useCalepin(
    useShallow((state) => ({
      problem: state.status?.problem ?? null,
      readOnly: state.status?.readOnly ?? null,
      pending: state.status?.pendingSaves ?? 0,
      error: state.error,
    })),
  );
  const corrupt = problem?.code === 'WORKSPACE_CORRUPT' || readOnly?.code === 'WORKSPACE_CORRUPT';
  // A disk that refused a save is one story with the saves it holds: told once, with the retry.
  const diskProblem =
    pending > 0 && (problem?.code === 'DISK_FULL' || problem?.code === 'WRITE_FAILED') ? problem : null;
  const showProblem = problem !== null && !same(problem, readOnly) && diskProblem === null;
  const showError = error !== null && !same(error, problem) && !same(error, readOnly);

  if (!readOnly && !showProblem && pending === 0 && !showError) return null;
  return (
    <div className="banners">
      {readOnly ? (
        <Banner
          tone="readonly"
          testId="read-only-banner"
          actions={corrupt && !showProblem ? <CorruptRecovery /> : null}
        >
          <strong>{t('banners.readOnlyTitle')}</strong> {message(readOnly)}
        </Banner>
      ) : null}
      {showProblem ? (
        <Banner
          tone="danger"
          urgent
          testId="problem-banner"
          actions={
            <>
              {corrupt ? <CorruptRecovery /> : null}
              <button type="button" className="button" onClick={() => void actions().dismissProblem()}>
                {t('common.dismiss')}
              </button>
            </>
          }
        >
          {message(problem)}
        </Banner>
      ) : null}
      {pending > 0 ? (
        <Banner
          tone="warning"
          urgent
          testId="pending-saves-banner"
          actions={
            <button type="button" className="button button-primary" onClick={() => void actions().retrySaves()}>
              {t('common.retry')}
            </button>
          }
        >
          {diskProblem ? message(diskProblem) : t('banners.pendingSaves', { count: pending })}
        </Banner>
      ) : null}
      {showError ? (
        <Banner
          tone="danger"
          urgent
          testId="error-banner"
          actions={
            <button type="button" className="button" onClick={() => actions().dismissError()}>
              {t('common.dismiss')}
            </button>
          }
        >
          {message(error)}
        </Banner>
      ) : null}
    </div>
  );
}
