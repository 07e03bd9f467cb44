/** 団体・企業の種類: what kind of group or business applies. */
export enum OrganisationKind {
  /** 町会・自治会 */
  NeighbourhoodAssociation = 'neighbourhood-association',
  /** NPO */
  Npo = 'npo',
  /** 社会福祉法人 */
  SocialWelfareCorporation = 'social-welfare-corporation',
  /** 施設 */
  Facility = 'facility',
  /** 学校 */
  School = 'school',
  /** ボランティアグループ */
  VolunteerGroup = 'volunteer-group',
  /** 企業 */
  Company = 'company',
  /** 商店 */
  Shop = 'shop',
}

const COMPANY_KINDS: readonly OrganisationKind[] = [OrganisationKind.Company, OrganisationKind.Shop];

/** 企業・商店 are companies (they offer donations); the other kinds are organisations (団体). */
export function isCompanyKind(kind: OrganisationKind): boolean {
  return COMPANY_KINDS.includes(kind);
}

export const ORGANISATION_STATUSES = ['pending', 'approved', 'rejected'] as const;
/** 審査中 → 承認 or 非承認, decided once by a coordinator of the group's center. */
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

/** Limits shared by the form and the API so both refuse the same input. */
export const ORGANISATION_LIMITS = {
  nameMaxLength: 100,
  nameKanaMaxLength: 100,
  representativeNameMaxLength: 100,
  phoneMaxLength: 20,
  emailMaxLength: 254,
  addressMaxLength: 200,
  descriptionMaxLength: 2000,
  reasonMaxLength: 1000,
} as const;

/** 団体・企業の登録申請: a signed-in member applies on behalf of the group. */
export interface OrganisationApplicationRequest {
  kind: OrganisationKind;
  name: string;
  /** ふりがな of the name, in hiragana or katakana. */
  nameKana?: string;
  /** The center whose area the group is in; its coordinators decide. */
  centerId: string;
  representativeName: string;
  phone: string;
  email: string;
  address?: string;
  /** What the group does, in its own words. */
  description: string;
}

/** A group as its members and the coordinators see it in lists. */
export interface OrganisationSummary {
  id: string;
  kind: OrganisationKind;
  name: string;
  centerId: string;
  centerNameJa: string;
  centerNameEn: string;
  status: OrganisationStatus;
  /** Why it was rejected; on approval, the coordinator's optional note. */
  decisionReason: string | null;
  createdAt: string;
  decidedAt: string | null;
}

/** An application as the deciding coordinator sees it: the summary and what was sent. */
export interface OrganisationApplication extends OrganisationSummary {
  nameKana: string | null;
  representativeName: string;
  phone: string;
  email: string;
  address: string | null;
  description: string;
  /** The member who applied; null once their registration was deleted. */
  applicantName: string | null;
}

/** Approve or reject an application: the reason is required to reject, optional to approve. */
export interface DecisionRequest {
  reason?: string;
}
