/**
 * The library grid, virtualised by rows (@tanstack/react-virtual): only the rows on screen and a
 * few around them are in the DOM, so 5,000 items scroll like 50. The number of columns follows the
 * width of the grid.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TFunction } from 'i18next';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../../core/model/index.js';
import { MediaCard } from './MediaCard.js';

const MIN_COLUMN = 180;
const GAP = 14;
/** Below the 4:3 thumbnail: the name, the folder and tags, the alt-text warning. */
const TEXT_HEIGHT = 78;

interface Props {
  items: readonly MediaItem[];
  selected: ReadonlySet<string>;
  activeId: string | null;
  isUsed: (id: string) => boolean;
  onOpen: (id: string) => void;
  onToggle: (id: string, range: boolean) => void;
  label: string;
}

export function MediaGrid({ items, selected, activeId, isUsed, onOpen, onToggle, label }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState({ columns: 4, rowHeight: 230 });
  const { columns, rowHeight } = layout;

  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      const next = Math.max(1, Math.floor((width + GAP) / (MIN_COLUMN + GAP)));
      const columnWidth = (width - GAP * (next - 1)) / next;
      // The row's height follows the column's width: the thumbnail is 4:3.
      const height = Math.round((columnWidth * 3) / 4) + TEXT_HEIGHT;
      setLayout((current) =>
        current.columns === next && current.rowHeight === height ? current : { columns: next, rowHeight: height },
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const rows = Math.ceil(items.length / columns);
  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight + GAP,
    overscan: 3,
    // Scroll updates are rendered with the next React batch, not synchronously inside the scroll event.
    useFlushSync: false,
  });
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);

  // Read at drag time through a ref, so the callback stays the same and cards do not re-render.
  const selectedRef = useRef(selected);
  useLayoutEffect(() => {
    selectedRef.current = selected;
  }, [selected]);
  const dragIds = useCallback((id: string) => (selectedRef.current.has(id) ? [...selectedRef.current] : [id]), []);

  return (
    <div className="media-scroll" ref={scrollRef} data-testid="media-scroll">
      <div className="media-rows" style={{ height: virtualizer.getTotalSize() }} role="group" aria-label={label}>
        {virtualizer.getVirtualItems().map((row) => (
          <MediaRow
            key={row.key}
            items={items}
            first={row.index * columns}
            columns={columns}
            top={row.start}
            height={rowHeight}
            selected={selected}
            activeId={activeId}
            isUsed={isUsed}
            dragIds={dragIds}
            onOpen={onOpen}
            onToggle={onToggle}
            t={t}
          />
        ))}
      </div>
    </div>
  );
}

interface RowProps {
  items: readonly MediaItem[];
  /** Index in `items` of the row's first card. */
  first: number;
  columns: number;
  top: number;
  height: number;
  selected: ReadonlySet<string>;
  activeId: string | null;
  isUsed: (id: string) => boolean;
  dragIds: (id: string) => string[];
  onOpen: (id: string) => void;
  onToggle: (id: string, range: boolean) => void;
  t: TFunction;
}

/**
 * One row of cards. Memoised on plain values: when the scroll brings a row in or takes one out,
 * only that row renders; the rows already on screen are skipped without even comparing their cards.
 */
const MediaRow = memo(function MediaRow({ items, first, columns, top, height, ...card }: RowProps) {
  return (
    <ul
      className="media-row"
      style={{
        transform: `translateY(${top}px)`,
        gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
        height,
      }}
    >
      {items.slice(first, first + columns).map((item) => (
        <MediaCard
          key={item.id}
          item={item}
          selected={card.selected.has(item.id)}
          active={item.id === card.activeId}
          used={card.isUsed(item.id)}
          dragIds={card.dragIds}
          onOpen={card.onOpen}
          onToggle={card.onToggle}
          t={card.t}
        />
      ))}
    </ul>
  );
});
