import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { countsForNavigation } from '../state/postQueries.js';
import type { ScreenId } from '../state/uiSlice.js';
import { actions, useCalepin } from '../state/useCalepin.js';
import { Icon } from '../ui/Icon.js';
import { NAV_ITEMS } from './navItems.js';

export function Navigation() {
  const { t } = useTranslation();
  const { screen, backlog, review } = useCalepin(
    useShallow((state) => ({
      screen: state.screen,
      ...countsForNavigation(state.posts),
    })),
  );
  const counts: Partial<Record<ScreenId, number>> = { backlog, review };
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {NAV_ITEMS.map((item) => {
          const count = counts[item.screen];
          return (
            <li key={item.screen}>
              <button
                type="button"
                className="nav-item"
                aria-current={screen === item.screen ? 'page' : undefined}
                onClick={() => actions().navigate(item.screen)}
              >
                <Icon name={item.icon} />
                <span className="nav-label">{t(`nav.${item.screen}`)}</span>
                {count ? (
                  <span className="nav-count" aria-hidden="true">
                    {count}
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
