/**
 * A textarea whose part beyond the limit is highlighted in the text itself: a backdrop div behind a
 * transparent textarea mirrors its text with the same font, padding and wrapping, and puts a <mark>
 * from `overflowFrom` on (overflowLayer.ts draws it). The backdrop follows the textarea's scroll.
 *
 * While the writer types in another field (the master text that this variant follows), this one
 * catches up when they pause (at the latest 0.4 s later): laying out a second copy of a long text
 * with every keystroke is what made typing with many variants open miss the 16 ms budget. Counters
 * stay live; only this mirror of the text trails.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { paintOverflow, whenIdle } from './overflowLayer.js';
import './HighlightedTextarea.css';

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

interface Shown {
  readonly text: string;
  readonly overflowFrom: number | null;
}

/** Whether the keyboard is in a text field other than `area`: then `area` is only a mirror. */
function typingElsewhere(area: HTMLTextAreaElement | null): boolean {
  const active = document.activeElement;
  if (area === null || active === area) return false;
  return active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && active.type === 'text');
}

/**
 * What to draw: the props at once, or, while the writer types elsewhere, once they pause. `catchUp`
 * shows the props now (on focus: text typed into a stale mirror would drop what it had not caught).
 */
function useShown(
  value: string,
  overflowFrom: number | null,
  area: HTMLTextAreaElement | null,
): { shown: Shown; catchUp: () => void } {
  const [shown, setShown] = useState<Shown>({ text: value, overflowFrom });
  const stale = shown.text !== value || shown.overflowFrom !== overflowFrom;
  const defer = stale && typingElsewhere(area);
  if (stale && !defer) setShown({ text: value, overflowFrom }); // adopted in this same render pass
  const latest = useRef<Shown>(shown);
  const pending = useRef<(() => void) | null>(null);
  useEffect(() => {
    latest.current = { text: value, overflowFrom };
    if (!defer || pending.current !== null) return;
    // Keep one catch-up scheduled rather than rescheduling per keystroke, so that steady typing
    // still refreshes the mirror now and then.
    pending.current = whenIdle(() => {
      pending.current = null;
      setShown(latest.current);
    });
  });
  useEffect(() => () => pending.current?.(), []);
  const catchUp = () => {
    pending.current?.();
    pending.current = null;
    setShown(latest.current);
  };
  return { shown: defer ? shown : { text: value, overflowFrom }, catchUp };
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
  const { shown, catchUp } = useShown(value, overflowFrom, area.current);
  const syncScroll = () => {
    if (backdrop.current && area.current) {
      backdrop.current.scrollTop = area.current.scrollTop;
      backdrop.current.scrollLeft = area.current.scrollLeft;
    }
  };
  // DOM writes only: the layer is drawn before the browser paints this commit.
  useLayoutEffect(() => {
    if (backdrop.current) paintOverflow(backdrop.current, shown.text, shown.overflowFrom);
  }, [shown.text, shown.overflowFrom]);
  // Typing can scroll the textarea without a scroll event reaching React first; keep them level.
  // Read the scroll position in the next frame, not in a layout effect: reading it right after React's
  // DOM writes forces a synchronous layout of the whole page on every keystroke.
  useEffect(() => {
    const frame = requestAnimationFrame(syncScroll);
    return () => cancelAnimationFrame(frame);
  });
  const over = shown.overflowFrom !== null && shown.overflowFrom < shown.text.length;
  return (
    <div className={className ? `highlighted-textarea ${className}` : 'highlighted-textarea'}>
      {/* Its children belong to overflowLayer.ts, not React. */}
      <div ref={backdrop} className="highlighted-backdrop" aria-hidden="true" />
      <textarea
        ref={area}
        id={id}
        className="input highlighted-input"
        value={shown.text}
        rows={rows}
        placeholder={placeholder}
        aria-describedby={describedBy}
        aria-invalid={over || undefined}
        spellCheck
        onChange={(event) => onChange(event.target.value)}
        onScroll={syncScroll}
        onFocus={catchUp}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
