/**
 * What lies under a point during a drag, inside one part of the window. The drag's floating copy of
 * the post sits right under the pointer, so every element there is looked at, not just the top one.
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
