/**
 * Keeps the screen (and the post being written) in the address's #fragment, so that a reload in the
 * web host comes back to the same place: #/calendar, #/composer/<post id>.
 */
import { useEffect, useRef } from 'react';
import type { PostId } from '../../../core/model/index.js';
import { isScreenId, type ScreenId } from '../state/uiSlice.js';
import { actions, calepinStore, useCalepin } from '../state/useCalepin.js';

export function parseHash(hash: string): { screen: ScreenId; postId: string | null } | null {
  const [screen, postId] = hash.replace(/^#\/?/, '').split('/');
  if (!screen || !isScreenId(screen)) return null;
  return { screen, postId: screen === 'composer' && postId ? decodeURIComponent(postId) : null };
}

export function hashOf(screen: ScreenId, postId: string | null): string {
  return screen === 'composer' && postId ? `#/composer/${encodeURIComponent(postId)}` : `#/${screen}`;
}

export function useHashRoute(): void {
  const ready = useCalepin((state) => state.postsState === 'ready');
  const restored = useRef(false);

  useEffect(() => {
    if (!ready || restored.current) return;
    restored.current = true;
    const route = parseHash(window.location.hash);
    if (!route) return;
    const { posts } = calepinStore.getState();
    // A post deleted since (elsewhere, or by an undo) is simply not there any more: back to the calendar.
    if (route.postId) {
      if (posts.some((post) => post.id === route.postId)) void actions().openPost(route.postId as PostId);
      else calepinStore.setState({ screen: 'calendar' });
    } else calepinStore.setState({ screen: route.screen });
  }, [ready]);

  useEffect(
    () =>
      calepinStore.subscribe((state) => {
        // Until the address was read back, writing it would overwrite where the user wants to return.
        if (!restored.current || state.editor.loading) return;
        const hash = hashOf(state.screen, state.editor.base?.id ?? null);
        if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
      }),
    [],
  );
}
