/** Pages a person should not be sent back to after logging in (they would loop or make no sense). */
const NOT_AFTER_LOGIN = ['/login', '/signup', '/verify-email', '/password-reset'];
const PROBE_ORIGIN = 'https://tsunagu.invalid';

/**
 * The `returnUrl` query parameter as a path inside this site, or null. Only a plain path that
 * starts with one slash is kept: `//evil.example`, `/\evil.example`, `https://…`, `javascript:…`
 * and anything with control characters (which browsers strip, turning `/\t/x` into `//x`) are
 * dropped, so the login page can never send the person to another site.
 */
export function safeReturnUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 2000) return null;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\') || hasControlCharacter(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN) return null;
  if (NOT_AFTER_LOGIN.some((page) => url.pathname === page || url.pathname.startsWith(`${page}/`))) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

function hasControlCharacter(text: string): boolean {
  return Array.from(text).some((ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
  });
}
