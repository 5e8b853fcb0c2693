import { BacklogScreen } from '../features/backlog/BacklogScreen.js';
import { CalendarScreen } from '../features/calendar/CalendarScreen.js';
import { ComposerScreen } from '../features/composer/ComposerScreen.js';
import { ExportsScreen } from '../features/exports/ExportsScreen.js';
import { LibraryScreen } from '../features/library/LibraryScreen.js';
import { RequestsScreen } from '../features/requests/RequestsScreen.js';
import { ReviewScreen } from '../features/review/ReviewScreen.js';
import { SettingsScreen } from '../features/settings/SettingsScreen.js';
import type { ScreenId } from '../state/uiSlice.js';
import { useCalepin } from '../state/useCalepin.js';

const SCREENS: Record<ScreenId, () => React.JSX.Element> = {
  calendar: CalendarScreen,
  composer: ComposerScreen,
  backlog: BacklogScreen,
  library: LibraryScreen,
  requests: RequestsScreen,
  review: ReviewScreen,
  settings: SettingsScreen,
  exports: ExportsScreen,
};

export function ScreenOutlet() {
  const screen = useCalepin((state) => state.screen);
  const Screen = SCREENS[screen];
  return (
    <div className="screen" data-screen={screen}>
      <Screen />
    </div>
  );
}
