// Arrays for the scan's hot code, made so that every one has the same inner kind (packed, of any
// values). Code the JIT compiled for one kind is thrown away when another comes, and `map` makes a
// packed array while a function runs unoptimised but a holey one once it is compiled: a story would
// meet both, and pay for compiling the same code again.

/**
 * An array of `count` items made by `make`, made to its length: an array grown by push keeps room for
 * more, and a scan keeps thousands of these (an entity's names, a name's words), mostly of one or two.
 */
export function arrayOf<T>(count: number, make: (k: number) => T): T[] {
  if (count === 1) return [make(0)];
  if (count === 2) return [make(0), make(1)];
  if (count === 3) return [make(0), make(1), make(2)];
  const items: T[] = [];
  for (let k = 0; k < count; k++) items.push(make(k));
  return items.slice();
}

/** `list.map(make)`, made as arrayOf makes its arrays. */
export function mapped<S, T>(list: readonly S[], make: (item: S, k: number) => T): T[] {
  return arrayOf(list.length, (k) => make(list[k], k));
}
