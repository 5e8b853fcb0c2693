/**
 * A function whose answers are kept per key: the calendar's words (« +3 autres », a day corner's
 * title) are asked for again at every redraw of the grid and translated once each.
 */
export function rememberedBy<K, V>(make: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    const value = make(key);
    known.set(key, value);
    return value;
  };
}
