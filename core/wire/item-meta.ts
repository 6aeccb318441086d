// Small helpers every wire parser uses to fill an item's meta.

/** The non-empty, distinct values in order; undefined when none is left. */
export function distinct(values: readonly string[]): string[] | undefined {
  const out = [...new Set(values.map((v) => v.trim()).filter(Boolean))];
  return out.length ? out : undefined;
}

/** The object without its undefined fields, so stories compare and serialise cleanly. */
export function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The agency ids that are present; undefined when none is. */
export function idsOf(ids: Record<string, string | undefined>): Record<string, string> | undefined {
  const present = Object.entries(ids).filter((entry): entry is [string, string] => Boolean(entry[1]));
  return present.length ? Object.fromEntries(present) : undefined;
}

/** A priority or urgency: a positive number, else undefined. */
export function positiveNumber(value: unknown): number | undefined {
  const number = Number(value);
  return number > 0 ? number : undefined;
}

/**
 * An AP keyword without its cycle ("BC-" both cycles, "AM-", "PM-"): "BC-LT--Argentina-Cancer Beauty"
 * -> "LT--Argentina-Cancer Beauty". The desk identifier before "--" and the words after a space stay:
 * they are part of the keyword, as AP's own slugline field gives it ("BBN--Top Ten").
 */
export function withoutApCycle(keyword: string): string {
  return keyword.replace(/^(?:BC|AM|PM)-(?!-)/, '');
}
