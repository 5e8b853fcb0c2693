/** Header, navigation, banners and the current screen. */
import { useTranslation } from 'react-i18next';
import { WelcomeScreen } from '../features/workspaces/WelcomeScreen.js';
import { useCalepin } from '../state/useCalepin.js';
import { Banners } from './Banners.js';
import { Header } from './Header.js';
import { Navigation } from './Navigation.js';
import { NoticeToast } from './NoticeToast.js';
import { ScreenOutlet } from './ScreenOutlet.js';
import './AppShell.css';

export function AppShell() {
  const { t } = useTranslation();
  const hasWorkspace = useCalepin((state) => state.status?.workspace != null);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      {hasWorkspace ? <Navigation /> : null}
      <main id="main" className={hasWorkspace ? 'app-main' : 'app-main no-nav'}>
        <Banners />
        {hasWorkspace ? <ScreenOutlet /> : <WelcomeScreen />}
      </main>
      <NoticeToast />
    </div>
  );
}
