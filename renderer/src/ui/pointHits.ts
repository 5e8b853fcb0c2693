/**
 * What lies under a point during a drag, inside one part of the window.
 *
 * `coversPoint` and `boxUnderPoint` read boxes only: once the page is laid out that costs next to
 * nothing, where asking the page for every element at a point hit-tests the whole document (a month
 * with a thousand posts: ~4 ms of the drop). `closestUnderPoint` asks the page, for the parts whose
 * targets are not simple boxes side by side.
 */

/** Whether a box on screen (a `getBoundingClientRect()`, maybe measured earlier) holds the point. */
export function rectHolds(rect: DOMRect | undefined, x: number, y: number): boolean {
  return rect !== undefined && x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/** Whether `element`'s box on screen holds the point. */
export function coversPoint(element: Element | null, x: number, y: number): boolean {
  return element !== null && rectHolds(element.getBoundingClientRect(), x, y);
}

/** The first of `elements` (boxes that do not overlap, such as a grid's cells) whose box holds the point. */
export function boxUnderPoint<T extends Element>(elements: Iterable<T>, x: number, y: number): T | null {
  for (const element of elements) if (coversPoint(element, x, y)) return element;
  return null;
}

/**
 * The closest `selector` match under the point inside `root`. The drag's floating copy of the post
 * sits right under the pointer, so every element there is looked at, not just the top one.
 */
export function closestUnderPoint(
  root: HTMLElement | null,
  x: number,
  y: number,
  selector: string,
): HTMLElement | null {
  if (!root) return null;
  for (const element of document.elementsFromPoint(x, y)) {
    if (!root.contains(element)) continue;
    const target = element.closest<HTMLElement>(selector);
    if (target && root.contains(target)) return target;
  }
  return null;
}
