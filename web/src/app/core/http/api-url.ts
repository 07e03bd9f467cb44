import { API_PREFIX } from '@tsunagu/contracts';

const API_URL = new RegExp(`^/${API_PREFIX}(/|$|\\?)`);

/** True for a call to our own API (same origin, under /api). */
export function isApiUrl(url: string): boolean {
  return API_URL.test(url);
}
