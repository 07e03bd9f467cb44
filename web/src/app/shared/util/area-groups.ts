import type { AreaSummary, Locale } from '@tsunagu/contracts';
import type { CodeGroup } from './taxonomy-labels';

/**
 * The areas of GET /api/areas under their center's name (one <optgroup> each), in the API's order,
 * labelled in the reader's language; a name not yet in English is shown in Japanese.
 */
export function areasByCenter(areas: readonly AreaSummary[], lang: Locale): CodeGroup[] {
  const groups: CodeGroup[] = [];
  for (const area of areas) {
    const center = lang === 'en' ? area.centerNameEn || area.centerNameJa : area.centerNameJa;
    let group = groups.find((candidate) => candidate.code === area.centerNameJa);
    if (!group) {
      group = { code: area.centerNameJa, label: center, options: [] };
      groups.push(group);
    }
    group.options.push({ code: area.id, label: lang === 'en' ? area.nameEn || area.nameJa : area.nameJa });
  }
  return groups;
}
