/** One entry of a page list: a page number, or a gap (…) between distant numbers. */
export type PageItem = { kind: 'page'; page: number } | { kind: 'gap'; key: string };

/** How many pages `total` items fill, `pageSize` at a time (at least one, so page 1 always exists). */
export function pageCount(total: number, pageSize: number): number {
  if (!(pageSize > 0) || !(total > 0)) return 1;
  return Math.ceil(total / pageSize);
}

/**
 * The page links to show: the first and last page, the current one and `around` on each side,
 * with a gap where numbers are left out. 1 … 4 5 [6] 7 8 … 20. Short lists show every page.
 */
export function pageItems(current: number, pages: number, around = 1): PageItem[] {
  const shown = new Set<number>([1, pages]);
  for (let page = current - around; page <= current + around; page++) {
    if (page >= 1 && page <= pages) shown.add(page);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const items: PageItem[] = [];
  for (const [index, page] of sorted.entries()) {
    const previous = sorted[index - 1];
    if (previous !== undefined && page - previous === 2) items.push({ kind: 'page', page: page - 1 });
    else if (previous !== undefined && page - previous > 2) items.push({ kind: 'gap', key: `gap-${previous}` });
    items.push({ kind: 'page', page });
  }
  return items;
}

/** 「21〜40件目」: the positions of the first and last item on a page (0 and 0 when empty). */
export function pageRange(page: number, pageSize: number, total: number): { from: number; to: number } {
  if (total <= 0) return { from: 0, to: 0 };
  const from = (page - 1) * pageSize + 1;
  return { from: Math.min(from, total), to: Math.min(page * pageSize, total) };
}

/** A `page` query parameter as a page number: a whole number from 1, otherwise 1. */
export function pageParam(raw: string | null | undefined): number {
  if (!raw || !/^\d{1,6}$/.test(raw)) return 1;
  const page = Number(raw);
  return page >= 1 ? page : 1;
}
