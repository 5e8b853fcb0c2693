/**
 * The backlog beside the calendar: undated posts, those made from accepted requests marked as such.
 * Each can be dragged onto a day (FullCalendar's Draggable: the calendar's `drop` plans it at the
 * account's next free slot); a post dragged from the calendar onto this drawer goes back to the
 * backlog. Keyboard users plan from the composer's date field or send posts here with B.
 *
 * A backlog can hold thousands of ideas and requests, so only the items on screen are in the DOM
 * (@tanstack/react-virtual). The Draggable listens on the list and picks the item under the pointer
 * by its class, so items coming and going as the drawer scrolls stay draggable; the item that has
 * the keyboard focus is kept drawn even when scrolled away, so the focus is never lost.
 */
import { Draggable } from '@fullcalendar/react/interaction';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { forwardRef, memo, useCallback, useEffect, useMemo, useRef, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { PostId, PostSummary } from '../../../../core/model/index.js';
import { backlogOf, selectFilteredPosts } from '../../state/postQueries.js';
import { actions, calepinStore, useCalepin } from '../../state/useCalepin.js';
import { NetworkMark } from '../../ui/AccountBadge.js';
import { StatusChip } from '../../ui/StatusChip.js';
import { LibraryStrip } from '../library/LibraryStrip.js';
import { useAccountsById } from '../../ui/useWorkspace.js';
import './backlog.css';

/** The library is read when the media section is first opened, not with every calendar. */
function loadMediaOnOpen(): void {
  if (calepinStore.getState().mediaState === 'idle') void actions().loadMedia();
}

interface BacklogDrawerProps {
  /** A calendar post is being dragged: the drawer shows it takes drops. */
  receiving: boolean;
  /** Drags start only where a calendar can receive them. */
  draggable: boolean;
  /** An item is being dragged (true) or was let go (false). */
  onItemDrag?: (dragging: boolean) => void;
  /** An item was let go at this point of the window; outside the calendar's grid, FullCalendar does nothing with it. */
  onItemDropped?: (id: PostId, x: number, y: number) => void;
}

/** An item's height as first drawn (title line, meta line, padding): items are measured once drawn. */
const ESTIMATED_ITEM_HEIGHT = 58;
// Module-level, so stable: a new estimateSize makes the virtualiser recompute every item's offset.
const estimateSize = () => ESTIMATED_ITEM_HEIGHT;
/** The space between two items. */
const ITEM_GAP = 6;
/** Items drawn beyond each edge of the drawer, so a quick scroll shows no blank. */
const OVERSCAN = 8;

/** FullCalendar's pointer event at the end of a drag (page coordinates). */
interface DragEnd {
  subjectEl: EventTarget;
  pageX: number;
  pageY: number;
}

// Memoised, as the drawer: the calendar screen re-renders as a drag crosses it and a save starts.
const BacklogItem = memo(function BacklogItem({
  post,
  requestFrom,
}: {
  post: PostSummary;
  requestFrom: string | null;
}) {
  const { t } = useTranslation();
  const accounts = useAccountsById();
  const title = post.title.trim() || post.excerpt.trim() || t('posts.untitled');
  const handles = post.accounts.map((id) => accounts.get(id)?.handle ?? t('accounts.unknown')).join(', ');
  return (
    <button
      type="button"
      className="backlog-item"
      data-post-id={post.id}
      data-title={title}
      aria-label={t('backlog.itemLabel', { title, status: t(`status.${post.status}`), accounts: handles })}
      onClick={() => void actions().openPost(post.id)}
    >
      <span className="backlog-item-title">{title}</span>
      <span className="backlog-item-meta">
        {post.accounts.map((id) => {
          const account = accounts.get(id);
          return account ? <NetworkMark key={id} account={account} /> : null;
        })}
        <StatusChip status={post.status} />
        {requestFrom !== null ? (
          <span className="backlog-request" title={t('backlog.requestFrom', { from: requestFrom })}>
            {t('backlog.requestBadge')}
          </span>
        ) : null}
      </span>
    </button>
  );
});

export const BacklogDrawer = memo(
  forwardRef<HTMLElement, BacklogDrawerProps>(function BacklogDrawer(
    { receiving, draggable, onItemDrag, onItemDropped },
    ref,
  ) {
    const { t } = useTranslation();
    const { filtered, requests } = useCalepin(
      useShallow((state) => ({ filtered: selectFilteredPosts(state), requests: state.requests })),
    );
    const backlog = useMemo(() => backlogOf(filtered), [filtered]);
    const requestFrom = useMemo(
      () => new Map(requests.filter((request) => request.postId).map((request) => [request.postId!, request.from])),
      [requests],
    );
    const scrollRef = useRef<HTMLDivElement>(null);
    const listRef = useRef<HTMLUListElement>(null);
    // The item with the keyboard focus and its neighbours, drawn whatever the scroll (-1: none), so
    // the focus is not lost and Tab / Shift+Tab still go to the next and previous items.
    const focusedIndex = useRef(-1);
    const rangeExtractor = useCallback((range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const focused = focusedIndex.current;
      if (focused < 0 || focused >= range.count) return indexes;
      const kept = [focused - 1, focused, focused + 1].filter(
        (index) => index >= 0 && index < range.count && !(index >= indexes[0]! && index <= indexes.at(-1)!),
      );
      return kept.length === 0 ? indexes : [...new Set([...indexes, ...kept])].sort((a, b) => a - b);
    }, []);
    const getItemKey = useCallback((index: number) => backlog[index]?.id ?? index, [backlog]);
    const virtualizer = useVirtualizer({
      count: backlog.length,
      getScrollElement: () => scrollRef.current,
      estimateSize,
      getItemKey,
      gap: ITEM_GAP,
      overscan: OVERSCAN,
      rangeExtractor,
    });
    const onFocus = (event: FocusEvent<HTMLUListElement>) => {
      const item = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
      focusedIndex.current = item ? Number(item.dataset.index) : -1;
    };
    const onBlur = (event: FocusEvent<HTMLUListElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget)) focusedIndex.current = -1;
    };
    // Read when a drag starts or ends: the Draggable outlives renders.
    const handlers = useRef({ onItemDrag, onItemDropped });
    handlers.current = { onItemDrag, onItemDropped };

    useEffect(() => {
      const list = listRef.current;
      if (!list || !draggable) return;
      const dragging = new Draggable(list, {
        itemSelector: '.backlog-item',
        // `create: false`: the calendar does not draw it by itself; the saved move will.
        eventData: (element) => ({ title: element.dataset.title ?? '', create: false, duration: '00:30' }),
      });
      // The mini-month beside the calendar takes drops too: it is told where the item was let go.
      dragging.dragging.emitter.on('dragstart', () => handlers.current.onItemDrag?.(true));
      dragging.dragging.emitter.on('dragend', (end: DragEnd) => {
        handlers.current.onItemDrag?.(false);
        const id = (end.subjectEl as HTMLElement).dataset.postId as PostId | undefined;
        if (id) handlers.current.onItemDropped?.(id, end.pageX - window.scrollX, end.pageY - window.scrollY);
      });
      return () => dragging.destroy();
    }, [draggable, backlog.length === 0]);

    return (
      <aside
        ref={ref}
        className={receiving ? 'backlog-drawer receiving' : 'backlog-drawer'}
        aria-label={t('backlog.drawerLabel')}
      >
        <header className="backlog-drawer-head">
          <h2>{t('backlog.title')}</h2>
          <span className="backlog-count">{backlog.length}</span>
        </header>
        <p className="backlog-hint">{receiving ? t('backlog.dropHere') : t('backlog.drawerHint')}</p>
        {backlog.length === 0 ? (
          <p className="backlog-empty">{t('backlog.drawerEmpty')}</p>
        ) : (
          <div className="backlog-drawer-scroll" ref={scrollRef}>
            <ul
              className="backlog-drawer-list"
              ref={listRef}
              style={{ height: virtualizer.getTotalSize() }}
              onFocus={onFocus}
              onBlur={onBlur}
            >
              {virtualizer.getVirtualItems().map((item) => {
                const post = backlog[item.index]!;
                return (
                  <li
                    key={item.key}
                    ref={virtualizer.measureElement}
                    data-index={item.index}
                    // A screen reader still hears « 12 of 2,000 » with most items out of the DOM.
                    aria-setsize={backlog.length}
                    aria-posinset={item.index + 1}
                    // `top`, as the list view's lines: no layer per item.
                    style={{ top: item.start }}
                  >
                    <BacklogItem post={post} requestFrom={requestFrom.get(post.id) ?? null} />
                  </li>
                );
              })}
            </ul>
          </div>
        )}
        <details className="backlog-media" onToggle={loadMediaOnOpen}>
          <summary>{t('backlog.mediaTitle')}</summary>
          <LibraryStrip hint={t('backlog.mediaHint')} />
        </details>
      </aside>
    );
  }),
);
