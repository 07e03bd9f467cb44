import type { Role } from './accounts';

/** Admin: open a center (e.g. a 災害ボランティアセンター when disaster strikes) or rename one. */
export interface CenterRequest {
  /** Stable, lower-case code such as `district-aoba` or `disaster-2026-typhoon`. */
  code: string;
  kind: 'district' | 'disaster';
  nameJa: string;
  nameKana: string;
  nameEn: string;
}

export type CenterUpdateRequest = Partial<Pick<CenterRequest, 'nameJa' | 'nameKana' | 'nameEn'>>;

export interface AreaRequest {
  code: string;
  nameJa: string;
  nameKana: string;
  nameEn: string;
}

/** Admin: make an account staff of a center (coordinator) or an admin. */
export interface RoleGrantRequest {
  email: string;
  role: Role.Coordinator | Role.Admin;
  /** Required for a coordinator: the center they cover (the ward center covers all districts). */
  centerId?: string;
}

export interface StaffGrant {
  id: string;
  accountId: string;
  email: string;
  name: string;
  role: Role;
  centerId: string | null;
  centerNameJa: string | null;
  createdAt: string;
}
