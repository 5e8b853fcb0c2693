/**
 * The highlight layer behind a HighlightedTextarea, written to the DOM by hand rather than by React:
 * React replaces a text node's whole string, and Chromium then re-shapes all of it (~3 ms for 2,000
 * characters), whereas Text.replaceData on the part that changed lets it re-shape only that part
 * (~0.3 ms). The layer holds text only while something is over the limit: with nothing to mark, it
 * would be an invisible copy of the text laid out for nothing.
 */

/** Replaces only the span of `node` that differs from `next` (common prefix and suffix kept). */
export function patchText(node: Text, next: string): void {
  const previous = node.data;
  if (previous === next) return;
  const shortest = Math.min(previous.length, next.length);
  let head = 0;
  while (head < shortest && previous.charCodeAt(head) === next.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < shortest - head &&
    previous.charCodeAt(previous.length - 1 - tail) === next.charCodeAt(next.length - 1 - tail)
  )
    tail++;
  node.replaceData(head, previous.length - head - tail, next.slice(head, next.length - tail));
}

interface Layer {
  readonly before: Text;
  readonly over: Text;
  /** A final line break is not drawn without something after it. */
  readonly end: Text;
}

const layers = new WeakMap<HTMLElement, Layer>();

function layerIn(backdrop: HTMLElement): Layer {
  const known = layers.get(backdrop);
  if (known && known.before.parentNode === backdrop) return known;
  const doc = backdrop.ownerDocument;
  const mark = doc.createElement('mark');
  mark.className = 'overflow-mark';
  const layer = { before: doc.createTextNode(''), over: doc.createTextNode(''), end: doc.createTextNode('') };
  mark.append(layer.over);
  backdrop.replaceChildren(layer.before, mark, layer.end);
  layers.set(backdrop, layer);
  return layer;
}

/**
 * How much of the overflow is marked at most. A 200,000-character paste over X's 280 would otherwise
 * lay out a second copy of all of it behind the textarea; the mark shows where the overflow starts
 * and runs on for pages, and the counter says how far it goes.
 */
export const MARKED_AT_MOST = 20_000;

/** Draws `text` in the backdrop with a <mark> from `overflowFrom` to the end; empties it when nothing is over. */
export function paintOverflow(backdrop: HTMLElement, text: string, overflowFrom: number | null): void {
  if (overflowFrom === null || overflowFrom >= text.length) {
    if (backdrop.firstChild) backdrop.replaceChildren();
    layers.delete(backdrop);
    return;
  }
  const layer = layerIn(backdrop);
  patchText(layer.before, text.slice(0, overflowFrom));
  const end = Math.min(text.length, overflowFrom + MARKED_AT_MOST);
  patchText(layer.over, text.slice(overflowFrom, end));
  patchText(layer.end, end === text.length && text.endsWith('\n') ? ' ' : '');
}

/** How long a mirror may trail the field being typed in, at most, while the typing goes on. */
const MAX_TRAIL_MS = 400;

/**
 * Runs `callback` once the page is idle after the next painted frame: while the writer keeps typing
 * elsewhere, the work it causes (laying out a second copy of the text) stays out of the frames that
 * show their keystrokes, and still happens at least every MAX_TRAIL_MS. Returns a cancel function.
 */
export function whenIdle(callback: () => void): () => void {
  let idle = 0;
  const frame = requestAnimationFrame(() => {
    idle = requestIdleCallback(callback, { timeout: MAX_TRAIL_MS });
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle !== 0) cancelIdleCallback(idle);
  };
}
