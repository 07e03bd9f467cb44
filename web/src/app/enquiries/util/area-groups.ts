import type { AreaSummary, Locale } from '@tsunagu/contracts';

export interface AreaOption {
  id: string;
  label: string;
}

/** One <optgroup>: a district center and its areas. */
export interface AreaGroup {
  label: string;
  options: AreaOption[];
}

/** Groups areas under their center, keeping the API's order, labelled in the UI language. */
export function groupAreasByCenter(areas: readonly AreaSummary[], lang: Locale): AreaGroup[] {
  const groups = new Map<string, AreaGroup>();
  for (const area of areas) {
    let group = groups.get(area.centerNameJa);
    if (!group) {
      group = { label: lang === 'en' ? area.centerNameEn : area.centerNameJa, options: [] };
      groups.set(area.centerNameJa, group);
    }
    group.options.push({ id: area.id, label: lang === 'en' ? area.nameEn : area.nameJa });
  }
  return [...groups.values()];
}
