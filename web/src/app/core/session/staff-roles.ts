import { Role, type Viewer } from '@tsunagu/contracts';

/** Staff: コーディネーター or 管理者. They work with residents' records (always audited). */
export function isStaff(viewer: Viewer | null): boolean {
  return !!viewer?.roles.some((grant) => grant.role === Role.Coordinator || grant.role === Role.Admin);
}

/** 管理者: may also read the 監査ログ. */
export function isAdmin(viewer: Viewer | null): boolean {
  return !!viewer?.roles.some((grant) => grant.role === Role.Admin);
}

/**
 * The center a coordinator registers people for unless they choose another: the center of their
 * first coordinator grant. Null for staff without one (an admin covers every center and picks).
 */
export function defaultCenterId(viewer: Viewer | null): string | null {
  return viewer?.roles.find((grant) => grant.role === Role.Coordinator && grant.centerId)?.centerId ?? null;
}
