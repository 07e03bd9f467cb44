import { Role, type RoleGrantRequest, type StaffGrant } from '@tsunagu/contracts';
import { emailProblem } from '../../accounts/util/account-rules';
import { cleanEmail } from '../../shared/util/text-input';

/** The staff roles an admin can grant: コーディネーター (of a center) and 管理者. */
export type StaffRole = Role.Coordinator | Role.Admin;
export const STAFF_ROLES: readonly StaffRole[] = [Role.Coordinator, Role.Admin];

/** 職員を登録する, as typed. */
export interface StaffGrantDraft {
  email: string;
  role: StaffRole | '';
  centerId: string;
}
export type StaffGrantField = keyof StaffGrantDraft;
export const STAFF_GRANT_FIELDS: readonly StaffGrantField[] = ['email', 'role', 'centerId'];

export type StaffGrantErrorKind = 'required' | 'email' | 'tooLong';

export function emptyStaffGrantDraft(): StaffGrantDraft {
  return { email: '', role: '', centerId: '' };
}

/** A coordinator needs a center; an admin covers every center and has none. */
export function centerNeeded(role: StaffGrantDraft['role']): boolean {
  return role === Role.Coordinator;
}

export function staffGrantProblem(draft: StaffGrantDraft, field: StaffGrantField): StaffGrantErrorKind | null {
  switch (field) {
    case 'email': {
      const kind = emailProblem(draft.email);
      return kind === 'required' || kind === 'email' || kind === 'tooLong' ? kind : null;
    }
    case 'role':
      return STAFF_ROLES.includes(draft.role as StaffRole) ? null : 'required';
    case 'centerId':
      return centerNeeded(draft.role) && draft.centerId === '' ? 'required' : null;
  }
}

export function staffGrantProblems(draft: StaffGrantDraft): StaffGrantField[] {
  return STAFF_GRANT_FIELDS.filter((field) => staffGrantProblem(draft, field) !== null);
}

export function staffGrantFieldOfApiField(apiField: string): StaffGrantField | null {
  return STAFF_GRANT_FIELDS.includes(apiField as StaffGrantField) ? (apiField as StaffGrantField) : null;
}

/** The body of POST /api/staff-grants: a center only for a coordinator. */
export function toRoleGrantRequest(draft: StaffGrantDraft): RoleGrantRequest {
  if (draft.role === '') throw new Error('The role must be chosen before sending.');
  return {
    email: cleanEmail(draft.email),
    role: draft.role,
    ...(centerNeeded(draft.role) ? { centerId: draft.centerId } : {}),
  };
}

/** The grant a request made (or found already there), in the list the API answers with. */
export function grantFor(grants: readonly StaffGrant[], request: RoleGrantRequest): StaffGrant | null {
  const email = request.email.toLowerCase();
  return (
    grants.find(
      (grant) =>
        grant.email.toLowerCase() === email && grant.role === request.role && (grant.centerId ?? null) === (request.centerId ?? null),
    ) ?? null
  );
}
