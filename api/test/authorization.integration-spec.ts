import './test-env';
import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Role } from '@tsunagu/contracts';
import { DataSource } from 'typeorm';
import { loadDemoData } from '../src/demo-data/load-demo-data';
import { Person } from '../src/people/person.entity';
import { centerByCode, signedInClient } from './factories/account.factory';
import { createHttpApp, type RegisteredRoute } from './http-app';
import { type HttpMethod, TestClient } from './test-client';

type Actor = 'anonymous' | 'resident' | 'coordinatorOwnCenter' | 'coordinatorOtherCenter' | 'admin';
/** `pass`: the access rule lets the request through (it may still fail validation, 400). */
type Outcome = 'pass' | 401 | 403;

const ALL_PASS: Record<Actor, Outcome> = {
  anonymous: 'pass',
  resident: 'pass',
  coordinatorOwnCenter: 'pass',
  coordinatorOtherCenter: 'pass',
  admin: 'pass',
};
const SIGNED_IN: Record<Actor, Outcome> = { ...ALL_PASS, anonymous: 401 };
/** Staff routes on the people of a center: the other district's coordinator is refused. */
const STAFF_OWN_CENTER: Record<Actor, Outcome> = {
  anonymous: 401,
  resident: 403,
  coordinatorOwnCenter: 'pass',
  coordinatorOtherCenter: 403,
  admin: 'pass',
};
const STAFF: Record<Actor, Outcome> = { ...STAFF_OWN_CENTER, coordinatorOtherCenter: 'pass' };
const ADMIN_ONLY: Record<Actor, Outcome> = { ...STAFF_OWN_CENTER, coordinatorOwnCenter: 403 };

/**
 * Every API route, who may call it, and what each kind of person gets. Deny by default: a route
 * that is not listed here fails this suite, so no route ships without a decision.
 */
interface RouteRow {
  method: string;
  /** The route as the app registers it. */
  url: string;
  /** The concrete request, for routes with parameters (a person of Aoba's center). */
  request?: (aobaPersonId: string) => string;
  /** A valid body, where input validation would otherwise answer before the center check. */
  body?: () => unknown;
  outcomes: Record<Actor, Outcome>;
}

const ROUTE_TABLE: RouteRow[] = [
  { method: 'GET', url: '/api/health', outcomes: ALL_PASS },
  { method: 'GET', url: '/api/areas', outcomes: ALL_PASS },
  { method: 'POST', url: '/api/volunteer-enquiries', outcomes: ALL_PASS },
  { method: 'POST', url: '/api/accounts', outcomes: ALL_PASS },
  { method: 'POST', url: '/api/accounts/verify-email', outcomes: ALL_PASS },
  { method: 'GET', url: '/api/me', outcomes: SIGNED_IN },
  { method: 'POST', url: '/api/sessions', outcomes: ALL_PASS },
  { method: 'DELETE', url: '/api/sessions/current', outcomes: SIGNED_IN },
  { method: 'DELETE', url: '/api/sessions', outcomes: SIGNED_IN },
  { method: 'POST', url: '/api/password-resets', outcomes: ALL_PASS },
  { method: 'POST', url: '/api/password-resets/confirm', outcomes: ALL_PASS },
  { method: 'GET', url: '/api/centers', outcomes: ALL_PASS },
  { method: 'GET', url: '/api/me/data', outcomes: SIGNED_IN },
  { method: 'DELETE', url: '/api/me', outcomes: SIGNED_IN },
  { method: 'GET', url: '/api/me/consents', outcomes: SIGNED_IN },
  { method: 'POST', url: '/api/me/consents', outcomes: SIGNED_IN },
  { method: 'DELETE', url: '/api/me/consents/:purpose', request: () => '/api/me/consents/sensitive-data', outcomes: SIGNED_IN },
  { method: 'POST', url: '/api/people/duplicate-check', outcomes: STAFF },
  { method: 'POST', url: '/api/people', outcomes: STAFF },
  { method: 'GET', url: '/api/people', outcomes: STAFF },
  {
    method: 'GET',
    url: '/api/people/:id',
    request: (id) => `/api/people/${id}?reason=coordination`,
    outcomes: STAFF_OWN_CENTER,
  },
  {
    method: 'GET',
    url: '/api/people/:id/export',
    request: (id) => `/api/people/${id}/export?reason=persons-request`,
    outcomes: STAFF_OWN_CENTER,
  },
  {
    method: 'DELETE',
    url: '/api/people/:id',
    request: (id) => `/api/people/${id}?reason=persons-request`,
    outcomes: STAFF_OWN_CENTER,
  },
  {
    method: 'POST',
    url: '/api/people/:id/claim-invitation',
    request: (id) => `/api/people/${id}/claim-invitation`,
    body: () => ({ email: `claim.${randomUUID()}@example.jp` }),
    outcomes: STAFF_OWN_CENTER,
  },
  { method: 'GET', url: '/api/audit-log', outcomes: ADMIN_ONLY },
  { method: 'POST', url: '/api/centers', outcomes: ADMIN_ONLY },
  { method: 'PATCH', url: '/api/centers/:id', outcomes: ADMIN_ONLY },
  { method: 'POST', url: '/api/centers/:id/areas', outcomes: ADMIN_ONLY },
  { method: 'PATCH', url: '/api/areas/:id', outcomes: ADMIN_ONLY },
  { method: 'GET', url: '/api/staff-grants', outcomes: ADMIN_ONLY },
  { method: 'POST', url: '/api/staff-grants', outcomes: ADMIN_ONLY },
  { method: 'DELETE', url: '/api/staff-grants/:id', outcomes: ADMIN_ONLY },
  { method: 'POST', url: '/api/organisations', outcomes: SIGNED_IN },
  { method: 'GET', url: '/api/me/organisations', outcomes: SIGNED_IN },
  { method: 'GET', url: '/api/organisations', request: () => '/api/organisations?status=pending', outcomes: STAFF },
  // The route lets any coordinator through; the service checks the application's center
  // (organisations.integration-spec.ts). The id here is a person's, so no application: 404.
  {
    method: 'POST',
    url: '/api/organisations/:id/approve',
    request: (id) => `/api/organisations/${id}/approve`,
    outcomes: STAFF,
  },
  {
    method: 'POST',
    url: '/api/organisations/:id/reject',
    request: (id) => `/api/organisations/${id}/reject`,
    outcomes: STAFF,
  },
];

/** Served by Swagger, not by our controllers: the OpenAPI document is public by design. */
const isDocs = (route: RegisteredRoute) => route.url.startsWith('/api/docs');

describe('authorization: every route × every kind of person', () => {
  const routes: RegisteredRoute[] = [];
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createHttpApp(routes);
    await loadDemoData(app.get(DataSource));
  });
  afterAll(() => app.close());

  it('has a decision for every API route the app serves', () => {
    const served = routes
      .filter((route) => route.url.startsWith('/api/') && route.method !== 'HEAD' && !isDocs(route))
      .map((route) => `${route.method} ${route.url}`)
      .sort();
    expect(served).toEqual(ROUTE_TABLE.map((row) => `${row.method} ${row.url}`).sort());
  });

  it.each(ROUTE_TABLE)('$method $url', async ({ method, url, request, body, outcomes }) => {
    // The record under test belongs to Aoba, so Aoba's coordinator is "own center".
    const aoba = await centerByCode(app, 'district-aoba');
    const kawabe = await centerByCode(app, 'district-kawabe');
    const actors: Record<Actor, () => Promise<TestClient>> = {
      anonymous: async () => new TestClient(app),
      resident: async () => (await signedInClient(app, [{ role: Role.Resident }])).client,
      coordinatorOwnCenter: async () => (await signedInClient(app, [{ role: Role.Coordinator, centerId: aoba.id }])).client,
      coordinatorOtherCenter: async () => (await signedInClient(app, [{ role: Role.Coordinator, centerId: kawabe.id }])).client,
      admin: async () => (await signedInClient(app, [{ role: Role.Admin }])).client,
    };
    for (const [actor, expected] of Object.entries(outcomes) as [Actor, Outcome][]) {
      const client = await actors[actor]();
      // A fresh Aoba record for each actor: an earlier actor may have erased the last one.
      const person = await app
        .get(DataSource)
        .getRepository(Person)
        .save({ centerId: aoba.id, name: '青葉 太郎', nameKana: 'あおば たろう' });
      const requestUrl = request ? request(person.id) : url;
      const payload = method === 'GET' || method === 'DELETE' ? undefined : (body?.() ?? {});
      const response = await client.request(method as HttpMethod, requestUrl, payload);
      const outcome: Outcome = response.statusCode === 401 || response.statusCode === 403 ? response.statusCode : 'pass';
      expect({ actor, outcome }).toEqual({ actor, outcome: expected });
      expect(response.statusCode).toBeLessThan(500);
    }
  });
});
