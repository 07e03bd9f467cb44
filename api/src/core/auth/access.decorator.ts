import { SetMetadata } from '@nestjs/common';
import type { Role } from '@tsunagu/contracts';

export const ACCESS_RULE = 'tsunagu:access-rule';

/** Every route states who may call it; a route without a rule is refused (deny by default). */
export type AccessRule = { kind: 'public' } | { kind: 'signed-in'; roles: readonly Role[] };

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** A signed-in person; with roles, only someone holding one of them. */
export const SignedIn = (...roles: Role[]) => SetMetadata(ACCESS_RULE, { kind: 'signed-in', roles } satisfies AccessRule);
