/** Before the status is known: a quiet loading line, or why the app cannot start and a way to retry. */
import { useTranslation } from 'react-i18next';
import { actions, useCalepin } from '../state/useCalepin.js';
import { ErrorText } from './ErrorText.js';

export function StartupScreen() {
  const { t } = useTranslation();
  const error = useCalepin((state) => state.startupError);
  return (
    <main className="startup">
      {error ? (
        <div className="startup-card" role="alert">
          <h1>{t('startup.failedTitle')}</h1>
          <p>
            <ErrorText error={error} />
          </p>
          <button type="button" className="button button-primary" onClick={() => void actions().loadStatus()}>
            {t('common.retry')}
          </button>
        </div>
      ) : (
        <p className="startup-loading" role="status">
          {t('common.loading')}
        </p>
      )}
    </main>
  );
}
