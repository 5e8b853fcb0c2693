import type { ScreenId } from '../state/uiSlice.js';
import type { IconName } from '../ui/Icon.js';

/** The navigation, in the user's words. */
export const NAV_ITEMS: readonly { screen: ScreenId; icon: IconName }[] = [
  { screen: 'calendar', icon: 'calendar' },
  { screen: 'composer', icon: 'compose' },
  { screen: 'backlog', icon: 'backlog' },
  { screen: 'library', icon: 'library' },
  { screen: 'requests', icon: 'requests' },
  { screen: 'review', icon: 'review' },
  { screen: 'exports', icon: 'exports' },
  { screen: 'settings', icon: 'settings' },
];
