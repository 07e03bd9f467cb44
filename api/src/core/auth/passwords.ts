import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 defaults to argon2id with OWASP's minimum cost (19 MiB, 2 passes).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A hash to verify against when no account matches, so a wrong email takes as long as a wrong password. */
const NO_ACCOUNT_HASH = hash('no account has this password');

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  const matched = await verify(passwordHash ?? (await NO_ACCOUNT_HASH), password).catch(() => false);
  return passwordHash !== null && matched;
}
