/**
 * A textarea whose part beyond the limit is highlighted in the text itself: a backdrop div behind a
 * transparent textarea mirrors its text with the same font, padding and wrapping, and puts a <mark>
 * from `overflowFrom` on. The backdrop follows the textarea's scroll.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';

interface Props {
  id: string;
  value: string;
  /** UTF-16 index of the first character past the limit, or null when the text fits. */
  overflowFrom: number | null;
  onChange: (value: string) => void;
  describedBy?: string;
  placeholder?: string;
  rows?: number;
  className?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
}

export function HighlightedTextarea({
  id,
  value,
  overflowFrom,
  onChange,
  describedBy,
  placeholder,
  rows = 6,
  className,
  onKeyDown,
}: Props) {
  const backdrop = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const syncScroll = () => {
    if (backdrop.current && area.current) {
      backdrop.current.scrollTop = area.current.scrollTop;
      backdrop.current.scrollLeft = area.current.scrollLeft;
    }
  };
  // Typing can scroll the textarea without a scroll event reaching React first; keep them level.
  // Read the scroll position in the next frame, not in a layout effect: reading it right after React's
  // DOM writes forces a synchronous layout of the whole page on every keystroke.
  useEffect(() => {
    const frame = requestAnimationFrame(syncScroll);
    return () => cancelAnimationFrame(frame);
  });
  const over = overflowFrom !== null && overflowFrom < value.length;
  return (
    <div className={className ? `highlighted-textarea ${className}` : 'highlighted-textarea'}>
      <div ref={backdrop} className="highlighted-backdrop" aria-hidden="true">
        {over ? (
          <>
            {value.slice(0, overflowFrom)}
            <mark className="overflow-mark">{value.slice(overflowFrom)}</mark>
          </>
        ) : (
          value
        )}
        {/* A final line break would not be drawn without something after it. */}
        {value.endsWith('\n') ? ' ' : null}
      </div>
      <textarea
        ref={area}
        id={id}
        className="input highlighted-input"
        value={value}
        rows={rows}
        placeholder={placeholder}
        aria-describedby={describedBy}
        aria-invalid={over || undefined}
        spellCheck
        onChange={(event) => onChange(event.target.value)}
        onScroll={syncScroll}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
