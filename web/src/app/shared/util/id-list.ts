/**
 * An aria-describedby (or aria-labelledby) value from the ids that apply now: the falsy ones left
 * out, null when none is left so the attribute is not written at all.
 */
export function idList(...ids: (string | false | null | undefined)[]): string | null {
  return ids.filter(Boolean).join(' ') || null;
}
