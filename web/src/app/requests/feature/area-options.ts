import type { AreaSummary, Locale } from '@tsunagu/contracts';
import { areasByCenter } from '../../shared/util/area-groups';
import type { CodeGroup } from '../../shared/util/taxonomy-labels';

/**
 * The areas to offer, under their district centers. A request's area is its center's (the API
 * refuses another district's): with the center known (the group's, or the one taking an intake),
 * only its areas; a ward center has none of its own, so every district's areas are offered.
 */
export function areaGroupsFor(areas: readonly AreaSummary[], lang: Locale, centerNameJa: string | null): CodeGroup[] {
  const own = centerNameJa ? areas.filter((area) => area.centerNameJa === centerNameJa) : [];
  return areasByCenter(own.length > 0 ? own : areas, lang);
}
