import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CSRF_COOKIE, CSRF_HEADER } from '@tsunagu/contracts';
import type { LightMyRequestResponse } from 'fastify';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A browser stand-in over the real HTTP app: keeps cookies (session, CSRF secret) and sends the
 * CSRF header on unsafe requests the way Angular's HttpClient does.
 */
export class TestClient {
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly app: NestFastifyApplication,
    private readonly language = 'ja',
  ) {}

  get(url: string): Promise<LightMyRequestResponse> {
    return this.request('GET', url);
  }

  post(url: string, body?: unknown): Promise<LightMyRequestResponse> {
    return this.request('POST', url, body);
  }

  delete(url: string): Promise<LightMyRequestResponse> {
    return this.request('DELETE', url);
  }

  /** Sends raw text as JSON, for malformed bodies. */
  postRaw(url: string, payload: string): Promise<LightMyRequestResponse> {
    return this.request('POST', url, undefined, payload);
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  forgetCookie(name: string): void {
    this.cookies.delete(name);
  }

  put(url: string, body?: unknown): Promise<LightMyRequestResponse> {
    return this.request('PUT', url, body);
  }

  patch(url: string, body?: unknown): Promise<LightMyRequestResponse> {
    return this.request('PATCH', url, body);
  }

  async request(method: HttpMethod, url: string, body?: unknown, raw?: string): Promise<LightMyRequestResponse> {
    if (method !== 'GET' && !this.cookies.has(CSRF_COOKIE)) await this.get('/api/health');
    const headers: Record<string, string> = { 'accept-language': this.language };
    if (this.cookies.size > 0) {
      headers['cookie'] = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    const csrf = this.cookies.get(CSRF_COOKIE);
    if (method !== 'GET' && csrf) headers[CSRF_HEADER] = csrf;
    if (body !== undefined || raw !== undefined) headers['content-type'] = 'application/json';
    const response = await this.app.inject({
      method,
      url,
      headers,
      payload: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = cookie.maxAge === 0 || (cookie.expires && cookie.expires.getTime() <= Date.now()) || cookie.value === '';
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }
}
