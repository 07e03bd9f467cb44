import type { AreaSummary, CenterSummary, Locale } from '@tsunagu/contracts';

/** 区 first, then the districts, then any 災害ボランティアセンター: the order of the admin list. */
const KIND_ORDER: Readonly<Record<CenterSummary['kind'], number>> = {
  ward: 0,
  district: 1,
  disaster: 2,
};

export interface AreaNode {
  area: AreaSummary;
  /** In the reader's language; the other language's name is shown beside it. */
  label: string;
}

export interface CenterNode {
  center: CenterSummary;
  label: string;
  areas: AreaNode[];
}

const nameIn = (item: { nameJa: string; nameEn: string }, lang: Locale) => (lang === 'en' ? item.nameEn || item.nameJa : item.nameJa);

/**
 * Centers with their areas, for センターと地区の管理. GET /api/areas names each area's center but
 * not its id, so areas are matched by the center's Japanese name (unique in practice: it is
 * what residents choose by). The API's order is kept within each kind.
 */
export function centerTree(centers: readonly CenterSummary[], areas: readonly AreaSummary[], lang: Locale): CenterNode[] {
  const areasOf = new Map<string, AreaNode[]>();
  for (const area of areas) {
    const list = areasOf.get(area.centerNameJa) ?? [];
    list.push({ area, label: nameIn(area, lang) });
    areasOf.set(area.centerNameJa, list);
  }
  return centers
    .map((center, index) => ({ center, index }))
    .sort((a, b) => KIND_ORDER[a.center.kind] - KIND_ORDER[b.center.kind] || a.index - b.index)
    .map(({ center }) => ({
      center,
      label: nameIn(center, lang),
      areas: areasOf.get(center.nameJa) ?? [],
    }));
}

/** A center as a choice in a select, in the reader's language, in the admin list's order. */
export function centerChoices(centers: readonly CenterSummary[], lang: Locale): { id: string; label: string }[] {
  return centerTree(centers, [], lang).map(({ center, label }) => ({ id: center.id, label }));
}
