import { type CenterSummary, type Locale, OrganisationKind, type OrganisationStatus, type OrganisationSummary } from '@tsunagu/contracts';

/**
 * 団体・企業の種類 in the order the form offers them: the groups (団体) first, then the
 * businesses (企業・商店). Each has its Japanese and English name in the i18n files under
 * organisations.kinds.<kind>.
 */
export const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  OrganisationKind.NeighbourhoodAssociation,
  OrganisationKind.Npo,
  OrganisationKind.SocialWelfareCorporation,
  OrganisationKind.Facility,
  OrganisationKind.School,
  OrganisationKind.VolunteerGroup,
  OrganisationKind.Company,
  OrganisationKind.Shop,
];

export function isOrganisationKind(value: unknown): value is OrganisationKind {
  return ORGANISATION_KINDS.includes(value as OrganisationKind);
}

/** 審査中 / 承認済み / 承認されませんでした: what a status is called, per reader. */
export type StatusWording = 'applicant' | 'staff';

/** The translation key for a status: the applicant reads 「承認されませんでした」, staff 「承認しなかった」. */
export function statusKey(status: OrganisationStatus, wording: StatusWording): string {
  return `organisations.status.${wording}.${status}`;
}

/** A center's name in the reader's language (Japanese when there is no English name). */
export function centerLabel(center: Pick<CenterSummary, 'nameJa' | 'nameEn'>, lang: Locale): string {
  return lang === 'en' ? center.nameEn || center.nameJa : center.nameJa;
}

/** The center of a group, in the reader's language. */
export function organisationCenterLabel(organisation: Pick<OrganisationSummary, 'centerNameJa' | 'centerNameEn'>, lang: Locale): string {
  return lang === 'en' ? organisation.centerNameEn || organisation.centerNameJa : organisation.centerNameJa;
}

export interface CenterChoice {
  id: string;
  label: string;
}

export interface ApplicationCenterChoices {
  /** 地区ボランティアセンター, in the API's order. */
  districts: CenterChoice[];
  /** The 区 center, for a group active across the ward or unsure of its district; null if none. */
  ward: CenterChoice | null;
}

/**
 * The centers a group can apply to: the district centers, and the ward center for groups active
 * across the whole ward. Disaster centers are not where groups register (the API refuses them).
 */
export function applicationCenterChoices(centers: readonly CenterSummary[], lang: Locale): ApplicationCenterChoices {
  const choice = (center: CenterSummary): CenterChoice => ({
    id: center.id,
    label: centerLabel(center, lang),
  });
  const ward = centers.find((center) => center.kind === 'ward');
  return {
    districts: centers.filter((center) => center.kind === 'district').map(choice),
    ward: ward ? choice(ward) : null,
  };
}
