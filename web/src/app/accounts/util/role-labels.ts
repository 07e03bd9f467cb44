import { type Locale, Role, type RoleGrantSummary } from '@tsunagu/contracts';

/** One line of 「あなたの役割」: a translation key, and the center for a coordinator. */
export interface RoleLabel {
  key: string;
  center: string | null;
}

const ORDER: readonly Role[] = [Role.Resident, Role.OrganisationMember, Role.CompanyMember, Role.Coordinator, Role.Admin];

/**
 * The person's roles in a fixed, plain order (住民 first, 管理者 last), one line per role and
 * center, the center named in the reader's language (Japanese when there is no English name).
 */
export function roleLabels(grants: readonly RoleGrantSummary[], lang: Locale): RoleLabel[] {
  const seen = new Set<string>();
  const labels: { order: number; label: RoleLabel }[] = [];
  for (const grant of grants) {
    const center = (lang === 'en' ? grant.centerNameEn || grant.centerNameJa : grant.centerNameJa) || null;
    const id = `${grant.role}|${grant.centerId ?? ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const order = ORDER.indexOf(grant.role);
    labels.push({ order: order === -1 ? ORDER.length : order, label: { key: `accounts.roles.${grant.role}`, center } });
  }
  return labels.sort((a, b) => a.order - b.order).map(({ label }) => label);
}
